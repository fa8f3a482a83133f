/**
 * The second thread of the content check (see `content-check-threads.ts`): it takes
 * folders from the shared counter and checks each, reporting to its own report.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadEntry, type LoadedEntry } from "../lib/content/check/entry.ts";
import { Report } from "../lib/content/check/report.ts";
import { entryContext } from "../lib/content/validate.ts";
import type { FromCheckWorker, ToCheckWorker } from "./content-check-threads.ts";

const port = parentPort;
if (!port) throw new Error("content-check-worker.ts runs as a worker thread only");
const { root, today, facts, folders, placeSlugs, next } = workerData as ToCheckWorker;
const counter = new Int32Array(next);
const report = new Report();
let reply: FromCheckWorker;
try {
  const context = entryContext(root, report, facts, today);
  const loaded: [number, LoadedEntry][] = [];
  for (let i = Atomics.add(counter, 0, 1); i < folders.length; i = Atomics.add(counter, 0, 1)) {
    loaded.push([i, loadEntry(context, folders[i]!, placeSlugs)]);
  }
  reply = { loaded, problems: report.problems };
} catch (error) {
  reply = { failed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
port.postMessage(reply);
