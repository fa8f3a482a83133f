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
const utf8 = new TextDecoder();

/** Settles after every page given so far: each is decoded only when its turn comes (bytes are half the memory of text). */
let given: Promise<unknown> = Promise.resolve();

port.on("message", (message: ToSearchWorker) => {
  const work = given.then(() =>
    message.kind === "add"
      ? indexer.add(message.url, utf8.decode(message.html)).then(() => reply({ kind: "added" }))
      : indexer.finish().then((pages) => reply({ kind: "finished", pages })),
  );
  // A failure is the indexer's to keep (it refuses what comes after); the line goes on.
  given = work.catch(() => {});
  work.catch((error: unknown) =>
    reply({ kind: "failed", message: error instanceof Error ? error.message : String(error) }),
  );
});
