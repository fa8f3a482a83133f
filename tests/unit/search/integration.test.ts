/**
 * The search-index build step fails the build, with Pagefind's own messages, when
 * Pagefind reports any error; and it always stops Pagefind's service.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import {
  buildSearchIndex,
  SearchIndexer,
  type SearchEngine,
} from "../../../src/integrations/pagefind.ts";

const site = mkdtempSync(path.join(os.tmpdir(), "buurtgids-search-"));
mkdirSync(path.join(site, "nl/x"), { recursive: true });
mkdirSync(path.join(site, "tr/x"), { recursive: true });
writeFileSync(
  path.join(site, "nl/x/index.html"),
  `<html lang="nl"><body><article data-pagefind-body><h1>Koffie</h1></article></body></html>`,
);
writeFileSync(
  path.join(site, "tr/x/index.html"),
  `<html lang="tr"><body><article data-pagefind-body><h1>Kahve sabahı</h1></article></body></html>`,
);
// Posters and short links have nothing to search; a big site has thousands of them.
mkdirSync(path.join(site, "posters/x"), { recursive: true });
writeFileSync(
  path.join(site, "posters/x/index.html"),
  `<html lang="nl"><body>Poster</body></html>`,
);
afterAll(() => rmSync(site, { recursive: true, force: true }));

type Step = "create" | "directory" | "html" | "write";

/**
 * A Pagefind stand-in that reports `errors` at `failAt`, and records what it was given.
 * Like Pagefind, each index writes an entry file naming only the languages it holds.
 */
function engine(failAt?: Step, errors = ["something broke"]) {
  const seen = {
    closes: 0,
    indexes: 0,
    events: [] as string[],
    html: [] as string[],
    globs: [] as string[],
  };
  const err = (step: Step) => (step === failAt ? errors : []);
  const makeIndex = () => {
    const languages = new Set<string>();
    return {
      addDirectory: async ({ glob }: { glob?: string }) => {
        seen.globs.push(glob ?? "");
        languages.add((glob ?? "").split("/")[0] ?? "");
        return { errors: err("directory"), page_count: 1 };
      },
      addHTMLFile: async ({ url, content }: { url: string; content: string }) => {
        seen.html.push(content);
        languages.add(url.split("/")[1] ?? "");
        return { errors: err("html"), file: { uniqueWords: 1, url, meta: {} } };
      },
      writeFiles: async ({ outputPath }: { outputPath: string }) => {
        mkdirSync(outputPath, { recursive: true });
        const entry = Object.fromEntries([...languages].map((l) => [l, { page_count: 1 }]));
        writeFileSync(
          path.join(outputPath, "pagefind-entry.json"),
          JSON.stringify({ version: "1.6.0", languages: entry }),
        );
        return { errors: err("write"), outputPath };
      },
    };
  };
  const fake = {
    createIndex: async () => {
      seen.indexes += 1;
      seen.events.push("start");
      return { errors: err("create"), index: makeIndex() };
    },
    close: async () => {
      seen.closes += 1;
      seen.events.push("stop");
      return null;
    },
  } as unknown as SearchEngine;
  return { fake, seen };
}

test("a good run indexes the entry pages of each locale folder (not posters), Turkish with folded twins", async () => {
  const { fake, seen } = engine();
  await expect(buildSearchIndex(site, fake)).resolves.toEqual({ nl: 1, tr: 1 });
  // Page by page, as prepared for the index; posters and pages without an indexed part never.
  expect(seen.globs).toEqual([]);
  expect(seen.html).toHaveLength(2);
  expect(seen.html[0]).toContain("Koffie");
  expect(seen.html[1]).toContain("<div hidden data-search-fold>sabahi</div></article>");
});

test("each locale gets a word list for 'did you mean': its pages' words, then its feeling words", async () => {
  const { fake } = engine();
  await buildSearchIndex(site, fake);
  const nl = readFileSync(path.join(site, "search-words/nl.txt"), "utf8");
  const [words, feelings] = nl.split("\n\n");
  expect(words?.split("\n")).toEqual(["koffie"]);
  expect(feelings?.split("\n")).toContain("eenzaam");
  expect(readFileSync(path.join(site, "search-words/tr.txt"), "utf8")).toMatch(/^kahve\nsabahı\n/);
  expect(existsSync(path.join(site, "search-words/posters.txt"))).toBe(false);
});

test("each language is indexed by its own Pagefind service, and one entry file names all", async () => {
  const { fake, seen } = engine();
  await buildSearchIndex(site, fake);
  expect(seen.indexes).toBe(2);
  // Stopped after each language, before the next starts: only one is ever in memory.
  expect(seen.events.slice(0, 4)).toEqual(["start", "stop", "start", "stop"]);
  const entry = JSON.parse(readFileSync(path.join(site, "pagefind/pagefind-entry.json"), "utf8"));
  expect(Object.keys(entry.languages).sort()).toEqual(["nl", "tr"]);
  expect(entry.version).toBe("1.6.0");
});

test("a page of a language already written fails the build, naming it", async () => {
  const { fake } = engine();
  const indexer = new SearchIndexer(site, fake);
  const entryPage = (lang: string) =>
    `<html lang="${lang}"><body><article data-pagefind-body><h1>Koffie</h1></article></body></html>`;
  await indexer.add("/nl/initiatives/a/", entryPage("nl"));
  await indexer.add("/tr/initiatives/a/", entryPage("tr"));
  await expect(indexer.add("/nl/places/b/", entryPage("nl"))).rejects.toThrow(
    /\/nl\/places\/b\/ came after the other "nl" pages were written/,
  );
});

test("pages handed over while the build renders are indexed without reading the site's files", async () => {
  const { fake, seen } = engine();
  const indexer = new SearchIndexer(site, fake);
  await indexer.add(
    "/nl/initiatives/thee/",
    `<html lang="nl"><head><title>Thee</title></head><body><header>Menu</header><article data-pagefind-body><h1>Theemiddag</h1></article></body></html>`,
  );
  // Not an entry page: nothing to index.
  await indexer.add("/nl/week/", `<html lang="nl"><body><h1>Deze week</h1></body></html>`);
  await expect(indexer.finish()).resolves.toEqual({ nl: 1 });
  // The folder's own nl/x and tr/x pages were not read: only the page handed over.
  expect(seen.html).toEqual([
    `<!DOCTYPE html><html lang="nl"><head><title>Thee</title></head><body><article data-pagefind-body><h1>Theemiddag</h1></article></body></html>`,
  ]);
  const nl = readFileSync(path.join(site, "search-words/nl.txt"), "utf8");
  expect(nl.split("\n\n")[0]?.split("\n")).toEqual(["theemiddag"]);
});

test.each<Step>(["create", "html", "write"])(
  "an error while %s fails the build with Pagefind's message",
  async (step) => {
    const { fake, seen } = engine(step, ["Pagefind says: disk full"]);
    await expect(buildSearchIndex(site, fake)).rejects.toThrow(/Pagefind says: disk full/);
    expect(seen.closes).toBeGreaterThanOrEqual(seen.indexes);
  },
);
