/**
 * The search-index build step fails the build, with Pagefind's own messages, when
 * Pagefind reports any error; and it always stops Pagefind's service.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { buildSearchIndex, type SearchEngine } from "../../../src/integrations/pagefind.ts";

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

/** A Pagefind stand-in that reports `errors` at `failAt`, and records what it was given. */
function engine(failAt?: Step, errors = ["something broke"]) {
  const seen = { closed: false, html: [] as string[], globs: [] as string[] };
  const err = (step: Step) => (step === failAt ? errors : []);
  const index = {
    addDirectory: async ({ glob }: { glob?: string }) => {
      seen.globs.push(glob ?? "");
      return { errors: err("directory"), page_count: 1 };
    },
    addHTMLFile: async ({ content }: { content: string }) => {
      seen.html.push(content);
      return { errors: err("html"), file: { uniqueWords: 1, url: "/", meta: {} } };
    },
    writeFiles: async ({ outputPath }: { outputPath: string }) => {
      mkdirSync(outputPath, { recursive: true });
      writeFileSync(
        path.join(outputPath, "pagefind-entry.json"),
        JSON.stringify({ languages: { nl: { page_count: 1 }, tr: { page_count: 1 } } }),
      );
      return { errors: err("write"), outputPath };
    },
  };
  const fake = {
    createIndex: async () => ({ errors: err("create"), index }),
    close: async () => {
      seen.closed = true;
      return null;
    },
  } as unknown as SearchEngine;
  return { fake, seen };
}

test("a good run indexes each locale folder (not posters), Turkish pages with folded twins", async () => {
  const { fake, seen } = engine();
  await expect(buildSearchIndex(site, fake)).resolves.toEqual({ nl: 1, tr: 1 });
  expect(seen.globs).toEqual(["nl/**/*.html"]);
  expect(seen.html).toHaveLength(1);
  expect(seen.html[0]).toContain("<div hidden data-search-fold>sabahi</div></article>");
  expect(seen.closed).toBe(true);
});

test.each<Step>(["create", "directory", "html", "write"])(
  "an error while %s fails the build with Pagefind's message",
  async (step) => {
    const { fake, seen } = engine(step, ["Pagefind says: disk full"]);
    await expect(buildSearchIndex(site, fake)).rejects.toThrow(/Pagefind says: disk full/);
    expect(seen.closed).toBe(true);
  },
);
