/**
 * The build's search index in its worker thread, with the real Pagefind: pages handed
 * over faster than they are indexed all get in (none is left waiting), and the
 * index written names every language.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { SearchIndexThread } from "../../../src/integrations/search-index-thread.ts";

const site = mkdtempSync(path.join(os.tmpdir(), "buurtgids-thread-"));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const utf8 = new TextEncoder();
const entryPage = (locale: string, n: number) =>
  utf8.encode(
    `<!DOCTYPE html><html lang="${locale}"><head><title>Entry ${n}</title></head><body><header>Menu</header>` +
      `<article data-pagefind-body><h1>Koffie ${n}</h1><p>Samen koffie drinken op dag ${n}.</p></article></body></html>`,
  );

test("a hundred pages handed over faster than they are indexed are all indexed", async () => {
  const thread = new SearchIndexThread(site);
  expect(thread.wants("/nl/initiatives/koffie-1/")).toBe(true);
  expect(thread.wants("/ar/places/de-linde/")).toBe(true);
  expect(thread.wants("/posters/koffie-1/")).toBe(false);
  expect(thread.wants("/nl/week/")).toBe(false);
  expect(thread.wants("/nl/places/de-linde/2/")).toBe(false);
  // Language by language, as the build renders them.
  const pages = Array.from({ length: 100 }, (_, n) => ({
    url: `/${n < 50 ? "en" : "nl"}/initiatives/koffie-${n}/`,
    html: entryPage(n < 50 ? "en" : "nl", n),
  }));
  // Two renders at a time, each handing over its page and waiting for room.
  const lanes = [0, 1].map(async (lane) => {
    for (const page of pages.filter((_, n) => n % 2 === lane))
      await thread.add(page.url, page.html);
  });
  await Promise.all(lanes);
  await expect(thread.finish()).resolves.toEqual({ en: 50, nl: 50 });
  // Each page's bytes were moved to the worker, not copied: the sender's are gone.
  expect(pages.every((page) => page.html.byteLength === 0)).toBe(true);
  const words = readFileSync(path.join(site, "search-words/nl.txt"), "utf8");
  expect(words.split("\n\n")[0]?.split("\n")).toEqual(expect.arrayContaining(["koffie", "samen"]));
}, 60_000);

test("a failure in the worker fails the build with its message instead of hanging", async () => {
  // The site folder given is a file: the word lists cannot be written into it.
  const thread = new SearchIndexThread(path.join(site, "search-words/nl.txt"));
  await thread.add("/nl/initiatives/x/", entryPage("nl", 1));
  await expect(thread.finish()).rejects.toThrow(/ENOTDIR|not a directory/);
}, 60_000);

test("told that no more pages will come, the worker writes the index before the build finishes it", async () => {
  const early = mkdtempSync(path.join(os.tmpdir(), "buurtgids-thread-end-"));
  try {
    const thread = new SearchIndexThread(early);
    await thread.add("/nl/initiatives/koffie-1/", entryPage("nl", 1));
    await thread.add("/en/initiatives/koffie-2/", entryPage("en", 2));
    thread.end();
    // The last language's word list is written when its index is: wait for it, unasked.
    const lastWords = path.join(early, "search-words/en.txt");
    await expect.poll(() => existsSync(lastWords), { timeout: 30_000 }).toBe(true);
    await expect(thread.finish()).resolves.toEqual({ en: 1, nl: 1 });
  } finally {
    rmSync(early, { recursive: true, force: true });
  }
}, 60_000);
