/** The sitemap: every page in every language, each with all its alternates and x-default. */
import { expect, test } from "vitest";
import { sitemapUrls, sitemapXml } from "../../../src/lib/export/sitemap.ts";
import { ogLocale } from "../../../src/lib/export/open-graph.ts";

const urls = sitemapUrls({
  siteUrl: "https://gids.example.org",
  base: "/wijk/",
  locales: ["nl", "ar"],
  localePaths: ["", "week", "initiatives/koffie&thee", "week"],
});

test("each locale path once per locale, plus the language chooser", () => {
  expect(urls.map((u) => u.loc)).toEqual([
    "https://gids.example.org/wijk/",
    "https://gids.example.org/wijk/nl/",
    "https://gids.example.org/wijk/ar/",
    "https://gids.example.org/wijk/nl/initiatives/koffie&thee/",
    "https://gids.example.org/wijk/ar/initiatives/koffie&thee/",
    "https://gids.example.org/wijk/nl/week/",
    "https://gids.example.org/wijk/ar/week/",
  ]);
});

test("every URL lists all its languages and x-default", () => {
  const week = urls.find((u) => u.loc.endsWith("/ar/week/"))!;
  expect(week.alternates).toEqual([
    { hreflang: "nl", href: "https://gids.example.org/wijk/nl/week/" },
    { hreflang: "ar", href: "https://gids.example.org/wijk/ar/week/" },
    { hreflang: "x-default", href: "https://gids.example.org/wijk/" },
  ]);
});

test("the XML escapes & and declares the xhtml namespace", () => {
  const xml = sitemapXml(urls);
  expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  expect(xml).toContain("<loc>https://gids.example.org/wijk/nl/initiatives/koffie&amp;thee/</loc>");
  expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  expect(xml.match(/<url>/g)).toHaveLength(urls.length);
});

test("og:locale is the language with its likely region", () => {
  expect(["nl", "ar", "tr", "pl", "uk"].map(ogLocale)).toEqual([
    "nl_NL",
    "ar_EG",
    "tr_TR",
    "pl_PL",
    "uk_UA",
  ]);
});
