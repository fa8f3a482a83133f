/**
 * The worker thread that builds the search index (see `search-index-thread.ts`): it
 * prepares each page and talks to Pagefind, so the thread that renders pages only
 * hands them over.
 */
import { parentPort, workerData } from "node:worker_threads";
import { SearchIndexer } from "./pagefind.ts";
import type { FromSearchWorker, PageForIndex, ToSearchWorker } from "./search-index-thread.ts";

const port = parentPort;
if (!port) throw new Error("search-index-worker.ts runs as a worker thread only");
const indexer = new SearchIndexer((workerData as { site: string }).site);
const reply = (message: FromSearchWorker) => port.postMessage(message);

/** All of `pages`, queued with the indexer at once (before any later message), in order. */
async function addAll(pages: PageForIndex[]): Promise<void> {
  await Promise.all(pages.map((page) => indexer.add(page.url, page.html)));
}

port.on("message", (message: ToSearchWorker) => {
  // The indexer takes pages one after the other, in the order they arrive, and
  // finishes after the last; a failure is its to keep (it refuses what comes after).
  const work =
    message.kind === "add"
      ? addAll(message.pages).then(() => reply({ kind: "added", count: message.pages.length }))
      : indexer.finish().then((pages) => reply({ kind: "finished", pages }));
  work.catch((error: unknown) =>
    reply({ kind: "failed", message: error instanceof Error ? error.message : String(error) }),
  );
});
