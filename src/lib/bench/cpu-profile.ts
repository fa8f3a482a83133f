/**
 * Where a build spends its CPU: self time of a V8 CPU profile (`node --cpu-prof`,
 * `.cpuprofile` JSON) summed by module, so the top costs read as packages and our
 * own files rather than thousands of functions. Pure: takes parsed profiles.
 */

/** The parts of a `.cpuprofile` this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string } }[];
  /** The node sampled at each tick. */
  samples: number[];
  /** Microseconds since the previous sample, one per sample. */
  timeDeltas: number[];
}

export interface ModuleCost {
  module: string;
  /** Self time in milliseconds. */
  ms: number;
  /** Share of all sampled time, 0..1. */
  share: number;
}

export interface Grouping {
  /** The project folder: its files are named relative to it. */
  root?: string;
  /** Name the file inside a package too (`vite/dist/node/chunks/dep.js`). */
  files?: boolean;
}

/**
 * What a script URL belongs to: a package (`vite`, `@astrojs/mdx`) wherever its
 * node_modules is, a Node built-in (`node:fs`), or a file of the project relative to
 * `root` (`src/lib/schedule/expand.ts`); V8's own work (`(garbage collector)`) by name.
 */
export function moduleOf(url: string, functionName: string, grouping: Grouping = {}): string {
  const root = grouping.root ?? "";
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return url.split("/")[0]!;
  const file = url.replace(/^file:\/\//, "").replace(/[?#].*$/, "");
  const inPackage = file.lastIndexOf("/node_modules/");
  if (inPackage >= 0) {
    const inside = file.slice(inPackage + "/node_modules/".length);
    if (grouping.files) return inside;
    const [first = "", second = ""] = inside.split("/");
    return first.startsWith("@") ? `${first}/${second}` : first;
  }
  const prefix = root.endsWith("/") ? root : `${root}/`;
  return root && file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

/** Self time by module over one or more profiles, most first. */
export function selfTimeByModule(
  profiles: readonly CpuProfile[],
  grouping: Grouping = {},
): ModuleCost[] {
  const totals = new Map<string, number>();
  let all = 0;
  for (const profile of profiles) {
    const moduleOfNode = new Map(
      profile.nodes.map((n) => [
        n.id,
        moduleOf(n.callFrame.url, n.callFrame.functionName, grouping),
      ]),
    );
    profile.samples.forEach((id, index) => {
      const micros = profile.timeDeltas[index] ?? 0;
      const module = moduleOfNode.get(id) ?? "(unknown)";
      totals.set(module, (totals.get(module) ?? 0) + micros);
      all += micros;
    });
  }
  return [...totals]
    .map(([module, micros]) => ({ module, ms: micros / 1000, share: all ? micros / all : 0 }))
    .sort((a, b) => b.ms - a.ms);
}

/** The top `count` costs as lines: seconds, share, module. */
export function formatCosts(costs: readonly ModuleCost[], count = 10): string {
  return costs
    .slice(0, count)
    .map(
      (c, i) =>
        `${String(i + 1).padStart(2)}. ${(c.ms / 1000).toFixed(1).padStart(6)} s ${(c.share * 100).toFixed(1).padStart(5)} %  ${c.module}`,
    )
    .join("\n");
}
