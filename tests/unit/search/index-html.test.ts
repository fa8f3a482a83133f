import { expect, test } from "vitest";
import { htmlLang, prepareForIndex } from "../../../src/lib/search/index-html.ts";

const page = (body: string, lang = "tr") =>
  `<!doctype html><html lang="${lang}" dir="ltr"><head><title>x</title><link rel="stylesheet" href="/a.css"></head><body><header>Yardım</header><main>${body}</main><footer>Acil durum yardımı</footer></body></html>`;

/** What the index is given: the page's language, its title and the indexed part alone. */
const indexed = (part: string, lang = "tr") =>
  `<!DOCTYPE html><html lang="${lang}" dir="ltr"><head><title>x</title></head><body>${part}</body></html>`;

test("a Turkish page gets the folded twins of its indexed words, hidden, inside the indexed part", () => {
  const article = `<article data-pagefind-body><p data-pagefind-ignore>Bu metin henüz sizin dilinizde değil, yazılı</p><h1>Kahve sabahı</h1><p>Yalnız&nbsp;değilsiniz</p></article>`;
  const html = page(article);
  const { content } = prepareForIndex(html, htmlLang(html) ?? "");
  expect(content).toContain(
    `<p>Yalnız&nbsp;değilsiniz</p><div hidden data-search-fold>sabahi yalniz</div></article>`,
  );
  // Nothing else changes but the chrome left out; ignored parts and chrome give no twins.
  expect(content.replace(/<div hidden data-search-fold>[^<]*<\/div>/, "")).toBe(indexed(article));
  expect(content).not.toContain("yazili");
  expect(content).not.toContain("yardimi");
});

test("pages without an indexed part, or without dotless ı or needs, stay as they are", () => {
  const plain = page("<h1>Kahve sabahı</h1>");
  expect(prepareForIndex(plain, "tr")).toEqual({ content: plain, words: [] });
  const article = "<article data-pagefind-body><h1>Çay ve sohbet</h1></article>";
  const none = page(article);
  expect(prepareForIndex(none, "tr").content).toBe(indexed(article));
  expect(htmlLang(none)).toBe("tr");
});

test("an entry gets the feeling words of its needs as hidden metadata: its first need apart", () => {
  const html = page(
    `<article data-pagefind-body><h1>Koffieochtend</h1><p>Samen koffie drinken.</p><script type="module">addEventListener("x", f)</script><noscript>Luister</noscript><div hidden data-pagefind-ignore data-search-needs="meet talk"><span data-pagefind-filter="need:meet"></span></div></article>`,
    "nl",
  );
  const { content, words } = prepareForIndex(html, "nl");
  const meta = (key: string) =>
    new RegExp(`data-pagefind-meta="${key}:([^"]*)"`).exec(content)?.[1]?.split(" ") ?? [];
  // "eenzaam" points to meeting people, the entry's first need; "depressie" to talking.
  expect(meta("feel")).toContain("eenzaam");
  expect(meta("feelAlso")).toContain("depressie");
  expect(meta("feelAlso")).not.toContain("eenzaam");
  // Inside the indexed part, never as text: the words are not among the page's words.
  expect(content.indexOf('data-pagefind-meta="feel:')).toBeLessThan(content.indexOf("</article>"));
  expect(words).toEqual(["Koffieochtend", "Samen", "koffie", "drinken"]);
});

test("Turkish feeling words are stored as written and folded, as the search page folds queries", () => {
  const html = page(
    `<article data-pagefind-body><h1>Kahve</h1><div hidden data-pagefind-ignore data-search-needs="meet"></div></article>`,
  );
  const { content } = prepareForIndex(html, "tr");
  const feel = /data-pagefind-meta="feel:([^"]*)"/.exec(content)?.[1]?.split(" ") ?? [];
  expect(feel).toEqual(expect.arrayContaining(["yalnız", "yalniz"]));
});

test("a place page (no needs) gets no feeling words", () => {
  const article = `<article data-pagefind-body><h1>Buurthuis De Linde</h1></article>`;
  const html = page(article, "nl");
  expect(prepareForIndex(html, "nl").content).toBe(indexed(article, "nl"));
});

test("the index is not given decorative icons, only what it reads", () => {
  const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" class="size-6" aria-hidden="true" focusable="false"><path d="M3 12h18"/></svg>`;
  const labelled = `<svg viewBox="0 0 24 24" role="img" aria-label="Rolstoel"><path d="M1 1"/></svg>`;
  const strip = `<div aria-hidden="true"><span data-pagefind-filter="day:mo"></span></div>`;
  const html = page(
    `<article data-pagefind-body><h2>${icon}Wanneer</h2><p>${labelled}Maandag ${icon}</p>${strip}</article>`,
    "nl",
  );
  const { content, words } = prepareForIndex(html, "nl");
  expect(content).toBe(
    indexed(
      `<article data-pagefind-body><h2>Wanneer</h2><p>${labelled}Maandag </p>${strip}</article>`,
      "nl",
    ),
  );
  expect(words).toEqual(["Wanneer", "Maandag"]);
});
