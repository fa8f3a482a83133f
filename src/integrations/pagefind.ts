import type { AstroIntegration } from "astro";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as pagefind from "pagefind";
import { isKnownLocale } from "../lib/i18n/locales.ts";
import { htmlLang, prepareForIndex } from "../lib/search/index-html.ts";
import { allFeelingWords } from "../lib/search/feelings/index.ts";
import { wordListText } from "../lib/search/typos.ts";
import { handingPagesTo } from "./search-prerenderer.ts";
import { SearchIndexThread } from "./search-index-thread.ts";
import { OneAtATime } from "../lib/async/one-at-a-time.ts";

const utf8 = new TextDecoder();

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

/** One language's index while its pages come in. */
interface OpenLanguage {
  folder: string;
  index: Promise<SearchIndex>;
  /** On how many pages each word stands (for "did you mean"). */
  counts: Map<string, number>;
}

/**
 * The search index of one build, written into `<site>/pagefind/`. Pages come in as
 * the build renders them (see `search-prerenderer.ts`) or, for a site already on disk, from
 * its files; each is prepared for the index (`prepareForIndex`: feeling words, folded
 * twins) and sent to Pagefind, which indexes in its own process while this one goes
 * on. Only pages in a locale folder with a part to search (entry pages) are indexed:
 * posters and short links, two thirds of a large site, are not even read.
 *
 * The entry pages of one language come one after the other (one route builds them
 * language by language), so each language gets its own Pagefind service, written and
 * stopped when the next language's first page comes in: only one language is ever
 * in memory, on top of the build's own. The languages' entries are joined into one
 * `pagefind-entry.json`, and each locale searches only its own pages.
 */
export class SearchIndexer {
  readonly #site: string;
  readonly #engine: SearchEngine;
  #open: OpenLanguage | undefined;
  readonly #written = new Set<string>();
  #joined: PagefindEntry | undefined;
  readonly #inFlight = new Set<Promise<void>>();
  #failed: Error | undefined;
  #pages = 0;

  constructor(site: string, engine: SearchEngine = pagefind) {
    this.#site = site;
    this.#engine = engine;
  }

  /**
   * Adds one built page; resolves when Pagefind has room for the next. Pages are
   * taken in the order given, even when the next is given before this one resolves.
   * Bytes (UTF-8) are decoded only when the page's turn comes: pages that wait stay
   * half the memory of text.
   */
  add(url: string, html: string | Uint8Array): Promise<void> {
    return this.#line.run(() =>
      this.#add(url, typeof html === "string" ? html : utf8.decode(html)),
    );
  }

  /** The pages given so far, taken one after the other. */
  readonly #line = new OneAtATime();

  async #add(url: string, html: string): Promise<void> {
    const folder = localeFolder(url);
    // Pages without an indexed part would not be indexed anyway.
    if (!folder || !html.includes("data-pagefind-body")) return;
    if (this.#failed) throw this.#failed;
    if (this.#open?.folder !== folder) await this.#openLanguage(folder, url);
    const open = this.#open!;
    const locale = htmlLang(html) ?? folder;
    const { content, words } = prepareForIndex(html, locale);
    const sent: Promise<void> = open.index
      .then((index) => index.addHTMLFile({ url, content }))
      .then((added) => {
        if (added.errors.length > 0) this.#failed ??= failure(`indexing ${url}`, added.errors);
      })
      .catch((error: unknown) => {
        this.#failed ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => this.#inFlight.delete(sent));
    this.#inFlight.add(sent);
    this.#pages += 1;
    for (const word of new Set(words.map((w) => w.toLocaleLowerCase(locale)))) {
      open.counts.set(word, (open.counts.get(word) ?? 0) + 1);
    }
    // A few in flight: both cores work, and pages waiting for Pagefind stay few.
    if (this.#inFlight.size >= pagesInFlight) await Promise.race(this.#inFlight);
    if (this.#failed) throw this.#failed;
  }

  /** Adds the pages of the locale folders of the built site, read from disk. */
  async addFiles(): Promise<void> {
    const folders = (await readdir(this.#site, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && isKnownLocale(e.name))
      .map((e) => e.name)
      .sort();
    for (const folder of folders) {
      for (const file of (await htmlFiles(path.join(this.#site, folder))).sort()) {
        await this.add(pageUrl(this.#site, file), await readFile(file, "utf8"));
      }
    }
  }

  /**
   * Writes the last language and the joined `pagefind-entry.json`; returns the pages
   * indexed per language. When no page came in while the build rendered, the site's
   * files are read first. Throws with Pagefind's messages on any error, and always
   * stops Pagefind's service.
   */
  async finish(): Promise<Record<string, number>> {
    try {
      // After every page given so far.
      await this.#line.idle();
      if (this.#failed) throw this.#failed;
      if (this.#pages === 0) await this.addFiles();
      await this.#closeLanguage();
      if (this.#pages === 0 || !this.#joined) {
        throw failure("indexing", [
          `no page with a data-pagefind-body element to search in ${this.#site}`,
        ]);
      }
      const entryFile = path.join(this.#site, "pagefind", "pagefind-entry.json");
      await writeFile(entryFile, JSON.stringify(this.#joined));
      return Object.fromEntries(
        Object.entries(this.#joined.languages).map(([lang, info]) => [lang, info.page_count]),
      );
    } finally {
      await this.#engine.close();
    }
  }

  /** Writes the language in progress, then starts `folder`'s (whose first page is `url`). */
  async #openLanguage(folder: string, url: string): Promise<void> {
    await this.#closeLanguage();
    if (this.#written.has(folder)) {
      throw failure("indexing", [
        `${url} came after the other "${folder}" pages were written: a language's entry pages must be built one after the other`,
      ]);
    }
    const index = withChunkSize(() => this.#engine.createIndex({ excludeSelectors })).then(
      ({ index, errors }) => {
        if (!index || errors.length > 0) throw failure("starting", errors);
        return index;
      },
    );
    // Reported by the page that waits for it; never an unhandled rejection meanwhile.
    index.catch(() => {});
    this.#open = { folder, index, counts: new Map() };
  }

  /** Writes the open language's index and word list, and stops its Pagefind service. */
  async #closeLanguage(): Promise<void> {
    const open = this.#open;
    if (!open) return;
    this.#open = undefined;
    await Promise.all(this.#inFlight);
    if (this.#failed) throw this.#failed;
    const index = await open.index;
    await writeWordList(this.#site, open.folder, open.counts);
    const outputPath = path.join(this.#site, "pagefind");
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw failure("writing", written.errors);
    const entryFile = path.join(outputPath, "pagefind-entry.json");
    const entry = JSON.parse(await readFile(entryFile, "utf8")) as PagefindEntry;
    this.#joined = { ...entry, languages: { ...this.#joined?.languages, ...entry.languages } };
    this.#written.add(open.folder);
    await this.#engine.close();
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
  return new SearchIndexer(site, engine).finish();
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
  let outDir: string | undefined;
  let base = "/";
  return {
    name: "buurtgids:pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      "astro:build:start": ({ setPrerenderer }) => {
        const thread = new SearchIndexThread(outDir!);
        indexer = thread;
        setPrerenderer((rendering) => handingPagesTo(thread, rendering, base));
      },
      "astro:build:done": async ({ dir, logger }) => {
        const pages = await (indexer ?? new SearchIndexThread(fileURLToPath(dir))).finish();
        indexer = undefined;
        const summary = Object.entries(pages).map(([lang, n]) => `${lang} ${n}`);
        logger.info(`Search index: ${summary.join(", ")} pages`);
      },
    },
  };
}
