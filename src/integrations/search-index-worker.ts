/**
 * The worker thread that builds the search index (see `search-index-thread.ts`): it
 * prepares each page and talks to Pagefind, so the thread that renders pages only
 * hands them over.
 */
import { parentPort, workerData } from "node:worker_threads";
import { SearchIndexer } from "./pagefind.ts";
import type { FromSearchWorker, ToSearchWorker } from "./search-index-thread.ts";

const port = parentPort;
if (!port) throw new Error("search-index-worker.ts runs as a worker thread only");
const indexer = new SearchIndexer((workerData as { site: string }).site);
const reply = (message: FromSearchWorker) => port.postMessage(message);

port.on("message", (message: ToSearchWorker) => {
  // The indexer takes pages one after the other, in the order they arrive, and
  // finishes after the last; a failure is its to keep (it refuses what comes after).
  const work =
    message.kind === "add"
      ? indexer.add(message.url, message.html).then(() => reply({ kind: "added" }))
      : indexer.finish().then((pages) => reply({ kind: "finished", pages }));
  work.catch((error: unknown) =>
    reply({ kind: "failed", message: error instanceof Error ? error.message : String(error) }),
  );
});
