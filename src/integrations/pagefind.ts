import type { AstroIntegration } from "astro";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as pagefind from "pagefind";
import { isKnownLocale } from "../lib/i18n/locales.ts";
import { htmlLang, prepareForIndex } from "../lib/search/index-html.ts";
import { allFeelingWords } from "../lib/search/feelings/index.ts";
import { wordListText } from "../lib/search/typos.ts";
import { setSearchSink } from "./search-sink.ts";
import { SearchIndexThread } from "./search-index-thread.ts";

/** Where each locale's word list for "did you mean" is written: `<site>/search-words/nl.txt`. */
export const wordListFolder = "search-words";

/**
 * Word occurrences per index chunk (Pagefind's default is 20,000). A first search
 * downloads one chunk per word; at a quarter of the default a chunk is 4-10 KB
 * instead of 15-20 KB, which keeps the first search within 100 KB on a guide of a
 * thousand entries. (Pagefind reads it from this environment variable only.)
 */
const indexChunkSize = "5000";

/** Runs `start` (which starts Pagefind's service) with the chunk size in its environment. */
async function withChunkSize<T>(start: () => Promise<T>): Promise<T> {
  const name = "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE";
  const before = process.env[name];
  process.env[name] ??= indexChunkSize;
  try {
    return await start();
  } finally {
    if (before === undefined) delete process.env[name];
  }
}

/** Pages sent to Pagefind before waiting for the first of them to be indexed. */
const pagesInFlight = 16;

/** Decorative parts that screen readers skip are not searched either (the week strip). */
const excludeSelectors = ['[aria-hidden="true"]'];

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The URL Pagefind would give a file: `tr/x/index.html` → `/tr/x/`. */
function pageUrl(site: string, file: string): string {
  const rel = path.relative(site, file).split(path.sep).join("/");
  return `/${rel.replace(/(^|\/)index\.html$/, "$1")}`;
}

function failure(step: string, errors: string[]): Error {
  const error = new Error(`Search index (Pagefind) failed while ${step}:\n${errors.join("\n")}`);
  // The stack would only point at this file; the messages say what went wrong.
  error.stack = "";
  return error;
}

/** What this file uses of Pagefind's Node API (a stand-in in tests). */
export type SearchEngine = Pick<typeof pagefind, "createIndex" | "close">;

/** What Pagefind writes to `pagefind-entry.json`: its version and one entry per language. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
  [other: string]: unknown;
}

type SearchIndex = NonNullable<Awaited<ReturnType<SearchEngine["createIndex"]>>["index"]>;

/** The locale folder a page's URL starts with (`/tr/x/` → `tr`), if it is one. */
function localeFolder(url: string): string | undefined {
  const folder = url.split("/")[1] ?? "";
  return isKnownLocale(folder) ? folder : undefined;
}

/**
 * The search index of one build. Pages come in as the build renders them (see
 * `search-sink.ts`) or, for a site already on disk, from its files; each is
 * prepared for the index (`prepareForIndex`: feeling words, folded twins) and sent to
 * Pagefind, which indexes in its own process while this one goes on. Only pages in
 * a locale folder with a part to search (entry pages) are indexed: posters and
 * short links, two thirds of a large site, are not even read. Pagefind keeps one
 * index per `<html lang>`, so each locale searches only its own pages.
 */
export class SearchIndexer {
  readonly #engine: SearchEngine;
  #index: Promise<SearchIndex> | undefined;
  readonly #inFlight = new Set<Promise<void>>();
  #failed: Error | undefined;
  #pages = 0;
  /** Per locale folder, on how many pages each word stands (for "did you mean"). */
  readonly #counts = new Map<string, Map<string, number>>();

  constructor(engine: SearchEngine = pagefind) {
    this.#engine = engine;
  }

  wants(url: string): boolean {
    return localeFolder(url) !== undefined;
  }

  async add(url: string, html: string): Promise<void> {
    const folder = localeFolder(url);
    // Pages without an indexed part would not be indexed anyway.
    if (!folder || !html.includes("data-pagefind-body")) return;
    if (this.#failed) throw this.#failed;
    const locale = htmlLang(html) ?? folder;
    const { content, words } = prepareForIndex(html, locale);
    const index = await this.#start();
    const sent: Promise<void> = index
      .addHTMLFile({ url, content })
      .then((added) => {
        if (added.errors.length > 0) this.#failed ??= failure(`indexing ${url}`, added.errors);
      })
      .catch((error: unknown) => {
        this.#failed ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => this.#inFlight.delete(sent));
    this.#inFlight.add(sent);
    this.#pages += 1;
    const counts = this.#counts.get(folder) ?? new Map<string, number>();
    this.#counts.set(folder, counts);
    for (const word of new Set(words.map((w) => w.toLocaleLowerCase(locale)))) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    // A few in flight: both cores work, and pages waiting for Pagefind stay few.
    if (this.#inFlight.size >= pagesInFlight) await Promise.race(this.#inFlight);
    if (this.#failed) throw this.#failed;
  }

  /** Adds the pages of the locale folders of the built site in `site`, read from disk. */
  async addFiles(site: string): Promise<void> {
    const folders = (await readdir(site, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && isKnownLocale(e.name))
      .map((e) => e.name)
      .sort();
    for (const folder of folders) {
      for (const file of (await htmlFiles(path.join(site, folder))).sort()) {
        await this.add(pageUrl(site, file), await readFile(file, "utf8"));
      }
    }
  }

  /**
   * Writes the index to `<site>/pagefind/` and each locale's words to
   * `<site>/search-words/`; returns the pages indexed per language. When no page came
   * in while the build rendered, the site's files are read first. Throws with
   * Pagefind's messages on any error, and always stops Pagefind's service.
   */
  async finish(site: string): Promise<Record<string, number>> {
    try {
      if (this.#pages === 0) await this.addFiles(site);
      await Promise.all(this.#inFlight);
      if (this.#failed) throw this.#failed;
      if (this.#pages === 0 || !this.#index) {
        throw failure("indexing", [
          `no page with a data-pagefind-body element to search in ${site}`,
        ]);
      }
      const index = await this.#index;
      for (const [folder, counts] of this.#counts) await writeWordList(site, folder, counts);
      const outputPath = path.join(site, "pagefind");
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0) throw failure("writing", written.errors);
      const entryFile = path.join(outputPath, "pagefind-entry.json");
      const entry = JSON.parse(await readFile(entryFile, "utf8")) as PagefindEntry;
      return Object.fromEntries(
        Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]),
      );
    } finally {
      await this.#engine.close();
    }
  }

  /** Pagefind's service and index, started with the first page. */
  #start(): Promise<SearchIndex> {
    this.#index ??= withChunkSize(() => this.#engine.createIndex({ excludeSelectors })).then(
      ({ index, errors }) => {
        if (!index || errors.length > 0) throw failure("starting", errors);
        return index;
      },
    );
    return this.#index;
  }
}

/** Writes a locale's word list (see lib/search/typos.ts) to `<site>/search-words/`. */
async function writeWordList(site: string, folder: string, counts: Map<string, number>) {
  const dir = path.join(site, wordListFolder);
  await mkdir(dir, { recursive: true });
  const text = wordListText(counts, allFeelingWords(folder), folder);
  await writeFile(path.join(dir, `${folder}.txt`), text);
}

/** Indexes the built site in `site` from its files (see `SearchIndexer`). */
export function buildSearchIndex(
  site: string,
  engine: SearchEngine = pagefind,
): Promise<Record<string, number>> {
  return new SearchIndexer(engine).finish(site);
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` while the site is
 * rendered (see `SearchIndexer`), written once the site is. Pagefind makes one index per `<html lang>`, so each locale searches only its own
 * pages; only the parts marked `data-pagefind-body` (entry pages) are indexed, with
 * the feeling words of their needs as hidden metadata and, for Turkish, folded twins
 * (see lib/search/index-html.ts). Each locale's words go to `<outDir>/search-words/`
 * for "did you mean" (lib/search/typos.ts).
 * Any error fails the build: a site whose search silently broke must not ship.
 */
export function pagefindIndex(): AstroIntegration {
  let indexer: SearchIndexThread | undefined;
  return {
    name: "buurtgids:pagefind",
    hooks: {
      "astro:build:start": () => {
        indexer = new SearchIndexThread();
        setSearchSink(indexer);
      },
      "astro:build:done": async ({ dir, logger }) => {
        setSearchSink(undefined);
        const pages = await (indexer ?? new SearchIndexThread()).finish(fileURLToPath(dir));
        indexer = undefined;
        const summary = Object.entries(pages).map(([lang, n]) => `${lang} ${n}`);
        logger.info(`Search index: ${summary.join(", ")} pages`);
      },
    },
  };
}
