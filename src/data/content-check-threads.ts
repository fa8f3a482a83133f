/**
 * The content check in two threads: this one and a worker (`content-check-worker.ts`)
 * take entry folders from one shared counter until none is left, so both cores check
 * and neither waits for the other. At 1,000 entries the check is some seconds of a
 * build that nothing else can use yet; below that, one thread is faster. The result is the one `checkContent` gives.
 */
import { Worker } from "node:worker_threads";
import { loadEntry, type LoadedEntry } from "../lib/content/check/entry.ts";
import type { SiteFacts } from "../lib/content/check/context.ts";
import type { EntryFolder } from "../lib/content/check/files.ts";
import type { Problem } from "../lib/content/model.ts";
import {
  finishCheck,
  planCheck,
  type CheckOptions,
  type CheckResult,
} from "../lib/content/validate.ts";

/**
 * Below this many folders, starting a thread costs more than it saves. The second
 * thread spends its first half second loading the check's modules, and on this
 * two-core machine the two threads slow each other down (each checks an entry in about
 * 1.5 times the time one thread alone takes). Measured on generated content, one
 * thread against two (`checkContent` and this function, three runs each): 330 folders
 * 1.04 against 1.35 s, 550 folders 1.48 against 1.67 s, 1,100 folders 2.6 against 2.4 s.
 */
export const foldersForTwoThreads = 1000;

export interface TwoThreadOptions {
  /** Hears how many folders the second thread checked (for tests). */
  checked?: (bySecondThread: number) => void;
  /** From how many folders on a second thread helps (`foldersForTwoThreads`; for tests). */
  fromFolders?: number;
}

export interface ToCheckWorker {
  root: string;
  today: string;
  facts: SiteFacts;
  folders: EntryFolder[];
  placeSlugs: string[];
  /** One Int32: the index of the next folder to take (`Atomics.add`). */
  next: SharedArrayBuffer;
}

export type FromCheckWorker =
  { loaded: [index: number, entry: LoadedEntry][]; problems: Problem[] } | { failed: string };

/** `checkContent(dir, options)`, in two threads when there are many folders. */
export async function checkContentInTwoThreads(
  dir: string,
  options: CheckOptions = {},
  { checked, fromFolders = foldersForTwoThreads }: TwoThreadOptions = {},
): Promise<CheckResult> {
  const plan = planCheck(dir, options);
  if ("problems" in plan) return plan;
  const { folders, context, placeSlugs } = plan;
  if (folders.length < fromFolders) return finishCheck(plan);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const worker = new Worker(new URL("./content-check-worker.ts", import.meta.url), {
    workerData: {
      root: plan.root,
      today: plan.today,
      facts: plan.facts,
      folders,
      placeSlugs,
      next,
    } satisfies ToCheckWorker,
    // As the build was started, without what only a script given as text may have.
    execArgv: process.execArgv.filter((option) => !option.startsWith("--input-type")),
  });
  try {
    const theirs = new Promise<FromCheckWorker>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) =>
        reject(new Error(`The content check's second thread stopped early (exit code ${code}).`)),
      );
    });
    const loaded: (LoadedEntry | undefined)[] = new Array<LoadedEntry>(folders.length);
    for (let i = Atomics.add(counter, 0, 1); i < folders.length; i = Atomics.add(counter, 0, 1)) {
      loaded[i] = loadEntry(context, folders[i]!, placeSlugs);
    }
    // If the other thread could not finish, `finishCheck` checks what it had taken: the
    // result is the same, only slower (and an entry that breaks the check breaks it here).
    const reply = await theirs.catch(() => undefined);
    const theirsLoaded = reply && "loaded" in reply ? reply : undefined;
    for (const [i, entry] of theirsLoaded?.loaded ?? []) loaded[i] = entry;
    checked?.(theirsLoaded?.loaded.length ?? 0);
    return finishCheck(plan, loaded, theirsLoaded?.problems ?? []);
  } finally {
    await worker.terminate();
  }
}
