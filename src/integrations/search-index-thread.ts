/**
 * The build's search index in a worker thread (`search-index-worker.ts`): the pages
 * are handed over as they are rendered and prepared and indexed there, with Pagefind
 * in its own process, while this thread renders the next pages. On two cores that
 * takes the index off the build's critical path.
 */
import { Worker } from "node:worker_threads";
import { isKnownLocale } from "../lib/i18n/locales.ts";
import type { SearchSink } from "./search-prerenderer.ts";

/** A page on its way to the index: its URL and its HTML as UTF-8. */
export interface PageForIndex {
  url: string;
  html: Uint8Array;
}

export type ToSearchWorker = { kind: "add"; pages: PageForIndex[] } | { kind: "finish" };

export type FromSearchWorker =
  | { kind: "added"; count: number }
  | { kind: "finished"; pages: Record<string, number> }
  | { kind: "failed"; message: string };

/**
 * Pages handed over but not yet indexed. Enough that rendering goes on while the worker
 * writes a language (about two seconds at 1,000 entries, some 250 pages; with 32 the
 * build stood still each time), and at 40-60 KB of UTF-8 a page, at most some 15 MB.
 */
const pagesWaiting = 256;

/**
 * Pages sent to the worker in one message. One message a page (6,600 at 1,000
 * entries, and as many answers) took 0.94 s of the rendering thread in `postMessage`
 * alone, in one profile.
 */
const pagesPerMessage = 16;

export class SearchIndexThread implements SearchSink {
  readonly #worker: Worker;

  #waiting = 0;
  /** Pages handed over but not yet sent (see `pagesPerMessage`). */
  #unsent: PageForIndex[] = [];
  /** Pages waiting for room (the build may render a few at once). */
  #waiters: (() => void)[] = [];
  #failure: Error | undefined;
  #finished: ((pages: Record<string, number>) => void) | undefined;

  /** `site`: the folder the site is built into (the index goes to its `pagefind/`). */
  constructor(site: string) {
    this.#worker = new Worker(new URL("./search-index-worker.ts", import.meta.url), {
      workerData: { site },
      // Node options the build itself was started with, except those only a script
      // given as text may have (`node --input-type=module -e …`, as the bench starts it).
      execArgv: process.execArgv.filter((option) => !option.startsWith("--input-type")),
    });
    this.#worker.on("message", (message: FromSearchWorker) => {
      if (message.kind === "added") this.#waiting -= message.count;
      else if (message.kind === "finished") this.#finished?.(message.pages);
      else this.#fail(new Error(message.message));
      this.#wake();
    });
    this.#worker.on("error", (error) => this.#fail(error));
  }

  /** Entry pages only (`/<locale>/initiatives/<slug>/`, `/<locale>/places/<slug>/`): the others have nothing to search, and are not even read. */
  wants(url: string): boolean {
    const [, locale = "", kind, slug, rest] = url.split("/");
    return (
      isKnownLocale(locale) &&
      (kind === "initiatives" || kind === "places") &&
      !!slug &&
      rest === ""
    );
  }

  async add(url: string, html: Uint8Array<ArrayBuffer>): Promise<void> {
    if (this.#failure) throw this.#failure;
    this.#waiting += 1;
    this.#unsent.push({ url, html });
    if (this.#unsent.length >= pagesPerMessage) this.#send();
    while (this.#waiting >= pagesWaiting && !this.#failure) {
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
    if (this.#failure) throw this.#failure;
  }

  /** Sends the pages not yet sent, moved to the worker, not copied (they are ours: see `SearchSink.add`). */
  #send(): void {
    if (this.#unsent.length === 0) return;
    const pages = this.#unsent;
    this.#unsent = [];
    this.#worker.postMessage(
      { kind: "add", pages } satisfies ToSearchWorker,
      pages.map((page) => page.html.buffer as ArrayBuffer),
    );
  }

  /** Starts writing the index now; `finish` waits for it (see `SearchSink.end`). */
  end(): void {
    this.#writing ??= this.#write();
    // Reported by `finish`; never an unhandled rejection meanwhile.
    this.#writing.catch(() => {});
  }

  /** Writes the index (see `SearchIndexer.finish`), if `end` has not, and stops the worker. */
  async finish(): Promise<Record<string, number>> {
    try {
      return await (this.#writing ??= this.#write());
    } finally {
      await this.#worker.terminate();
    }
  }

  #writing: Promise<Record<string, number>> | undefined;

  async #write(): Promise<Record<string, number>> {
    if (this.#failure) throw this.#failure;
    const done = new Promise<Record<string, number>>((resolve, reject) => {
      this.#finished = resolve;
      this.#rejectFinish = reject;
    });
    this.#send();
    this.#worker.postMessage({ kind: "finish" } satisfies ToSearchWorker);
    try {
      return await done;
    } finally {
      // Its memory back now, not at the end of the build: pages still render after `end`.
      await this.#worker.terminate();
    }
  }

  #rejectFinish: ((error: Error) => void) | undefined;

  #fail(error: Error) {
    this.#failure ??= error;
    this.#rejectFinish?.(this.#failure);
    this.#wake();
  }

  /** Wakes every waiting page; each checks again whether there is room. */
  #wake() {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }
}
