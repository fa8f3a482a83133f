/**
 * The built site's search index: one per locale, holding exactly the entry pages;
 * each initiative page carries the same language-neutral filter values in every
 * locale and its result text in the reader's language; the search page's CSP lets
 * Pagefind's WebAssembly run and nothing more.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadGuide } from "../../src/lib/content/validate.ts";
import { contentDir } from "../../src/lib/content/content-dir.ts";
import { filterAttributes } from "../../src/lib/facets/pagefind.ts";
import { facetValues } from "../../src/lib/facets/values.ts";
import { buildNow } from "../../src/lib/guide/build-now.ts";
import { today } from "../../src/lib/schedule/zone.ts";
import { allFiles, distDir, page } from "./dist.ts";
import { allFeelingWords } from "../../src/lib/search/feelings/index.ts";
import { parseWordList, queryWords, wordKey } from "../../src/lib/search/typos.ts";
import { htmlLang, prepareForIndex, textWords } from "../../src/lib/search/index-html.ts";
import { parse } from "node-html-parser";

const guide = loadGuide(contentDir());
const { site } = guide;
/** The build's today (the same BUURTGIDS_NOW), for the rules that have not ended. */
const buildToday = today(buildNow(), site.timeZone);

test("one index per locale, each holding every initiative and place page and nothing else", () => {
  const entry = JSON.parse(
    readFileSync(path.join(distDir, "pagefind/pagefind-entry.json"), "utf8"),
  ) as { languages: Record<string, { page_count: number }> };
  expect(Object.keys(entry.languages).sort()).toEqual([...site.locales].sort());
  for (const locale of site.locales) {
    expect(entry.languages[locale]?.page_count, locale).toBe(
      guide.initiatives.length + guide.places.length,
    );
  }
  expect(existsSync(path.join(distDir, "pagefind/pagefind.js"))).toBe(true);
});

describe("initiative pages", () => {
  const filtersOf = (locale: string, slug: string) =>
    page(`/${locale}/initiatives/${slug}/`)
      .querySelectorAll("[data-pagefind-body] [data-pagefind-filter]")
      .map((el) => el.getAttribute("data-pagefind-filter"));
  const metaOf = (locale: string, slug: string) =>
    Object.fromEntries(
      page(`/${locale}/initiatives/${slug}/`)
        .querySelectorAll("[data-pagefind-meta]")
        .map((el) => (el.getAttribute("data-pagefind-meta") ?? "").split(/:(.*)/s).slice(0, 2)),
    );

  test("filter values are the entry's facts, the same in every locale", () => {
    for (const initiative of guide.initiatives) {
      const expected = filterAttributes(facetValues(initiative, buildToday));
      for (const locale of site.locales) {
        expect(filtersOf(locale, initiative.slug), `${locale} ${initiative.slug}`).toEqual(
          expected,
        );
      }
    }
  });

  test("result meta (when, where) is written in the reader's language", () => {
    const initiative = guide.initiatives.find((i) => i.place && i.place !== "online")!;
    const nl = metaOf("nl", initiative.slug);
    const ar = metaOf("ar", initiative.slug);
    expect(nl.when).toBeTruthy();
    expect(ar.when).toBeTruthy();
    expect(ar.when).not.toBe(nl.when);
    expect(ar.when).toMatch(/\p{Script=Arabic}/u);
    expect(nl.where).toBeTruthy();
  });

  test("the fallback notice, the footer and the filter values are not searchable text", () => {
    const untranslated = guide.initiatives.find((i) => !i.text.ar)!;
    const doc = page(`/ar/initiatives/${untranslated.slug}/`);
    expect(doc.querySelector(".fallback-notice")?.hasAttribute("data-pagefind-ignore")).toBe(true);
    expect(doc.querySelector("footer")?.closest("[data-pagefind-body]")).toBeFalsy();
    const values = doc.querySelector("[data-pagefind-filter]")?.closest("[data-pagefind-ignore]");
    expect(values?.hasAttribute("hidden")).toBe(true);
  });
});

describe("what search understands but pages never say", () => {
  test("each entry page names its needs in its own order for the index, and no feeling word", () => {
    for (const initiative of guide.initiatives) {
      for (const locale of site.locales) {
        const doc = page(`/${locale}/initiatives/${initiative.slug}/`);
        const needs = doc.querySelector("[data-search-needs]")?.getAttribute("data-search-needs");
        expect(needs, `${locale} ${initiative.slug}`).toBe(initiative.needs.join(" "));
      }
    }
    // The feeling words are added to what the index reads, never to a page on disk.
    const pages = allFiles().filter((file) => file.endsWith(".html"));
    for (const file of pages) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(/data-pagefind-meta="feel/);
    }
  });

  test("each locale has a word list for 'did you mean': its pages' words, then its feeling words", () => {
    for (const locale of site.locales) {
      const list = parseWordList(
        readFileSync(path.join(distDir, "search-words", `${locale}.txt`), "utf8"),
      );
      const keys = new Set(list.words.map((word) => wordKey(word, locale)));
      // Every long word of a translated title is in it.
      for (const initiative of guide.initiatives) {
        const title = initiative.text[locale]?.title ?? "";
        for (const word of title.match(/[\p{L}\p{M}]{5,}/gu) ?? []) {
          expect(keys.has(wordKey(word, locale)), `${locale}: ${word}`).toBe(true);
        }
      }
      const feelings = allFeelingWords(locale).flatMap(queryWords);
      for (const word of feelings.filter((w) => [...w].length >= 4)) {
        expect(keys.has(wordKey(word, locale)), `${locale}: ${word}`).toBe(true);
      }
      // Only words: no code, no numbers.
      expect(list.words.filter((word) => !/^[\p{L}\p{M}\p{N}]+$/u.test(word))).toEqual([]);
      expect(list.words).not.toContain("addeventlistener");
    }
  });
});

test("every locale has a search page; its CSP allows WebAssembly, not eval", () => {
  for (const locale of site.locales) {
    const doc = page(`/${locale}/search/`);
    expect(doc.querySelector("html")?.getAttribute("lang")).toBe(locale);
    const csp =
      doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ??
      "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
  }
});

test("the index reads the same words from every built entry page as a full HTML parser does", () => {
  // node-html-parser, the oracle: the indexed part with the same parts removed, tags as spaces.
  const parserWords = (html: string) => {
    const body = parse(html).querySelector("[data-pagefind-body]")!;
    const unread =
      '[data-pagefind-ignore], [aria-hidden="true"], script, style, template, noscript';
    for (const ignored of body.querySelectorAll(unread)) ignored.remove();
    return textWords(parse(body.innerHTML.replace(/<[^>]*>/g, " ")).text);
  };
  const entryPages = allFiles().filter((file) => {
    const [locale, kind, slug, name] = path.relative(distDir, file).split(path.sep);
    const entry = kind === "initiatives" || kind === "places";
    return site.locales.includes(locale ?? "") && entry && slug && name === "index.html";
  });
  expect(entryPages.length).toBeGreaterThan(0);
  for (const file of entryPages) {
    const html = readFileSync(file, "utf8");
    const locale = htmlLang(html) ?? "";
    const { content, words } = prepareForIndex(html, locale);
    expect(words, file).toEqual(parserWords(html));
    // What the index is given: the page's language and its whole indexed part, plus
    // only the hidden feeling words and folded twins.
    expect(htmlLang(content), file).toBe(locale);
    const given = parse(content).querySelector("[data-pagefind-body]")!;
    for (const added of given.querySelectorAll("[data-search-fold], [data-pagefind-meta^=feel]")) {
      added.remove();
    }
    // Less the decorative parts (icons) the index is told to skip, unless they hold its
    // filters (ignored parts are given whole).
    const original = parse(html).querySelector("[data-pagefind-body]")!;
    for (const hidden of original.querySelectorAll('[aria-hidden="true"]')) {
      if (hidden.parentNode?.closest("[data-pagefind-ignore]")) continue;
      if (!hidden.querySelector("[data-pagefind-filter], [data-pagefind-meta]")) hidden.remove();
    }
    expect(given.outerHTML === original.outerHTML, `${file}: indexed part changed`).toBe(true);
  }
});
