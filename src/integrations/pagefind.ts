import type { AstroIntegration } from "astro";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as pagefind from "pagefind";
import { isKnownLocale } from "../lib/i18n/locales.ts";
import { htmlLang, prepareForIndex } from "../lib/search/index-html.ts";
import { allFeelingWords } from "../lib/search/feelings/index.ts";
import { wordListText } from "../lib/search/typos.ts";

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

/**
 * Adds the pages of one locale folder that have a part to search (entry pages), as
 * `prepareForIndex` rewrites them (feeling words, folded twins); returns how many
 * were added and on how many pages each of their words stands.
 */
async function addLocaleFolder(
  index: SearchIndex,
  site: string,
  folder: string,
): Promise<{ pages: number; counts: Map<string, number> }> {
  let pages = 0;
  const counts = new Map<string, number>();
  // Pagefind indexes in its own process: while it works on the pages sent, this one
  // prepares the next (a few in flight, so both cores work and memory stays small).
  const inFlight = new Set<Promise<void>>();
  let failed: Error | undefined;
  for (const file of await htmlFiles(path.join(site, folder))) {
    const html = await readFile(file, "utf8");
    // Pages without an indexed part would not be indexed anyway: skip them unread.
    if (!html.includes("data-pagefind-body")) continue;
    const locale = htmlLang(html) ?? folder;
    const { content, words } = prepareForIndex(html, locale);
    const sent: Promise<void> = index
      .addHTMLFile({ url: pageUrl(site, file), content })
      .then((added) => {
        if (added.errors.length > 0) failed ??= failure(`indexing ${file}`, added.errors);
      })
      .catch((error: unknown) => {
        failed ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => inFlight.delete(sent));
    inFlight.add(sent);
    if (inFlight.size >= pagesInFlight) await Promise.race(inFlight);
    if (failed) throw failed;
    pages += 1;
    for (const word of new Set(words.map((w) => w.toLocaleLowerCase(locale)))) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  await Promise.all(inFlight);
  if (failed) throw failed;
  return { pages, counts };
}

/** Writes a locale's word list (see lib/search/typos.ts) to `<site>/search-words/`. */
async function writeWordList(site: string, folder: string, counts: Map<string, number>) {
  const dir = path.join(site, wordListFolder);
  await mkdir(dir, { recursive: true });
  const text = wordListText(counts, allFeelingWords(folder), folder);
  await writeFile(path.join(dir, `${folder}.txt`), text);
}

/**
 * Indexes the built site in `site` and writes `<site>/pagefind/`. Returns the pages
 * indexed per language; throws with Pagefind's messages on any error.
 *
 * Each locale folder gets its own Pagefind service, stopped before the next one
 * starts: Pagefind keeps one index per language anyway, and a city-sized guide would
 * otherwise hold all six in memory at once, on top of the build's own memory. The
 * languages' entries are then joined into one `pagefind-entry.json`.
 */
export async function buildSearchIndex(
  site: string,
  engine: SearchEngine = pagefind,
): Promise<Record<string, number>> {
  const outputPath = path.join(site, "pagefind");
  const entryFile = path.join(outputPath, "pagefind-entry.json");
  try {
    // Only `/<locale>/…` pages have a part to search: posters and short links (two
    // thirds of a large site's pages) are not even read.
    const folders = (await readdir(site, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && isKnownLocale(e.name))
      .map((e) => e.name)
      .sort();
    let files = 0;
    let joined: PagefindEntry | undefined;
    for (const folder of folders) {
      const { index, errors } = await withChunkSize(() => engine.createIndex({ excludeSelectors }));
      if (!index || errors.length > 0) throw failure("starting", errors);
      const { pages: added, counts } = await addLocaleFolder(index, site, folder);
      files += added;
      if (added === 0) {
        await engine.close();
        continue;
      }
      await writeWordList(site, folder, counts);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0) throw failure("writing", written.errors);
      const entry = JSON.parse(await readFile(entryFile, "utf8")) as PagefindEntry;
      joined = { ...entry, languages: { ...joined?.languages, ...entry.languages } };
      await engine.close();
    }
    if (files === 0 || !joined) {
      throw failure("indexing", [`no page with a data-pagefind-body element to search in ${site}`]);
    }
    await writeFile(entryFile, JSON.stringify(joined));
    const pages = Object.fromEntries(
      Object.entries(joined.languages).map(([lang, info]) => [lang, info.page_count]),
    );
    if (Object.values(pages).every((n) => n === 0)) {
      throw failure("indexing", ["no page has a data-pagefind-body element to search"]);
    }
    return pages;
  } finally {
    await engine.close();
  }
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once the site is written.
 * Pagefind makes one index per `<html lang>`, so each locale searches only its own
 * pages; only the parts marked `data-pagefind-body` (entry pages) are indexed, with
 * the feeling words of their needs as hidden metadata and, for Turkish, folded twins
 * (see lib/search/index-html.ts). Each locale's words go to `<outDir>/search-words/`
 * for "did you mean" (lib/search/typos.ts).
 * Any error fails the build: a site whose search silently broke must not ship.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: "buurtgids:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const pages = await buildSearchIndex(fileURLToPath(dir));
        const summary = Object.entries(pages).map(([lang, n]) => `${lang} ${n}`);
        logger.info(`Search index: ${summary.join(", ")} pages`);
      },
    },
  };
}
