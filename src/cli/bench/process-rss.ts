/**
 * Peak memory of a whole process tree (the build and every child it starts), read
 * from /proc every few milliseconds. Linux only; elsewhere it reports undefined.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Field 4 (ppid) comes after the parenthesised command name.
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = byParent.get(parent) ?? [];
      list.push(Number(name));
      byParent.set(parent, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return byParent;
}

function rssBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kib ? Number(kib) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Summed RSS of `root` and all its descendants now. */
export function treeRss(root: number): number {
  const byParent = children();
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rssBytes(pid);
    stack.push(...(byParent.get(pid) ?? []));
  }
  return total;
}

/** Samples the tree's RSS until `stop()`; returns the peak, or undefined without /proc. */
export function watchPeakRss(root: number, everyMs = 200): { stop: () => number | undefined } {
  if (!existsSync("/proc/self/status")) return { stop: () => undefined };
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(root));
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
