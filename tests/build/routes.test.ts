/**
 * The built sample site: every page type exists in every locale with the right
 * `lang` and `dir`, and untranslated text falls back with a notice.
 */
import { describe, expect, test } from "vitest";
import { needs } from "../../src/lib/facts.ts";
import { localeInfo } from "../../src/lib/i18n/locales.ts";
import { loadGuide } from "../../src/lib/content/validate.ts";
import { contentDir } from "../../src/lib/content/content-dir.ts";
import { hasRoute, page } from "./dist.ts";

const guide = loadGuide(contentDir());
const { site } = guide;

describe.each(site.locales)("locale %s", (locale) => {
  const info = localeInfo(locale);
  const routes = [
    "",
    "week/",
    "evenings-weekends/",
    "about/",
    "posters/",
    ...needs.map((need) => `needs/${need}/`),
    ...guide.initiatives.map((i) => `initiatives/${i.slug}/`),
    ...guide.places.map((p) => `places/${p.slug}/`),
  ].map((route) => `/${locale}/${route}`);

  test("every page type is built", () => {
    const missing = routes.filter((route) => !hasRoute(route));
    expect(missing).toEqual([]);
  });

  test("every page has the locale's lang and dir", () => {
    for (const route of routes) {
      const html = page(route).querySelector("html");
      expect(html?.getAttribute("lang"), route).toBe(locale);
      expect(html?.getAttribute("dir"), route).toBe(info.dir);
    }
  });

  test("untranslated entries show the default text with a notice and its lang", () => {
    for (const entry of [...guide.initiatives, ...guide.places]) {
      const kind = entry.kind === "initiative" ? "initiatives" : "places";
      const doc = page(`/${locale}/${kind}/${entry.slug}/`);
      const notice = doc.querySelector(".fallback-notice");
      const h1 = doc.querySelector("h1");
      const translated = entry.text[locale];
      if (translated) {
        expect(notice, `${kind}/${entry.slug}`).toBeNull();
        expect(h1?.text.trim()).toBe(translated.title);
      } else {
        expect(notice, `${kind}/${entry.slug}`).not.toBeNull();
        expect(h1?.text.trim()).toBe(entry.text[site.defaultLocale]?.title);
        expect(h1?.closest("[lang]")?.getAttribute("lang")).toBe(site.defaultLocale);
      }
    }
  });
});

test("the root page offers every language, each named in its own script", () => {
  const doc = page("/");
  const links = doc.querySelectorAll("#language-list a");
  expect(links.map((a) => a.getAttribute("hreflang"))).toEqual(site.locales);
  for (const link of links) {
    const code = link.getAttribute("hreflang") ?? "";
    expect(link.getAttribute("lang")).toBe(code);
    expect(link.text).toContain(localeInfo(code).label);
  }
});

test("each entry page shows its hosts' roles in words", () => {
  const initiative = guide.initiatives[0]!;
  const doc = page(`/en/initiatives/${initiative.slug}/`);
  const who = doc.querySelector("#who")?.parentNode?.text ?? "";
  expect(who.length).toBeGreaterThan(0);
  expect(who).not.toContain("role.");
});

test("made-up sample content says so on every page", () => {
  expect(site.fictional).toBe(true);
  for (const locale of site.locales) {
    expect(page(`/${locale}/`).querySelector(".fictional-notice")?.text.trim()).toBeTruthy();
  }
});
