/**
 * The built posters and short links: every poster exists with the right lang/dir and
 * a QR code holding the absolute short link; the short links choose the language in
 * a script, never with a meta refresh; entry pages carry the link for print.
 */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { loadGuide } from "../../src/lib/content/validate.ts";
import { contentDir } from "../../src/lib/content/content-dir.ts";
import { localeInfo } from "../../src/lib/i18n/locales.ts";
import { posterRoutes } from "../../src/lib/posters/routes.ts";
import { distFile, hasRoute, page } from "./dist.ts";

const guide = loadGuide(contentDir());
const { site } = guide;
const routes = posterRoutes(
  guide.initiatives.map((i) => i.slug),
  guide.places.map((p) => p.slug),
  site.locales,
);
const shortLink = (kind: string, slug: string) =>
  new URL(kind === "place" ? `go/places/${slug}/` : `go/${slug}/`, site.siteUrl).href;

test("the sample site has a public address, so printed codes are absolute", () => {
  expect(site.siteUrl).toBe("https://lindenhof.example.org/");
});

test("every poster is built, in A4 and A3, with lang and dir of its first language", () => {
  const missing = routes.filter((r) => !hasRoute(`/posters/${r.path}/`)).map((r) => r.path);
  expect(missing).toEqual([]);
  for (const route of routes) {
    const doc = page(`/posters/${route.path}/`);
    const lang = route.locale ?? site.posterLanguages[0]!;
    expect(doc.querySelector("html")?.getAttribute("lang"), route.path).toBe(lang);
    expect(doc.querySelector("html")?.getAttribute("dir"), route.path).toBe(localeInfo(lang).dir);
    expect(doc.querySelector(".sheet")?.getAttribute("data-size"), route.path).toBe(route.size);
    const qr = doc.querySelector(".pq-code");
    expect(qr?.getAttribute("data-qr"), route.path).toBe(shortLink(route.kind, route.slug));
    expect(qr?.querySelector("svg")?.getAttribute("viewBox"), route.path).toMatch(/^0 0 \d+ \d+$/);
  }
});

test("posters use no site header or footer and set no meta refresh", () => {
  const doc = page(`/posters/${routes[0]!.path}/`);
  expect(doc.querySelector("body > header, body > footer, .fictional-notice")).toBeNull();
  expect(doc.querySelector('meta[http-equiv="refresh" i]')).toBeNull();
});

describe("the multilingual entry poster", () => {
  const entry = guide.initiatives.find((i) => site.posterLanguages.every((l) => i.text[l]))!;
  const doc = page(`/posters/${entry.slug}/`);

  test("has a text block per poster language, each with its own lang and dir", () => {
    const blocks = doc.querySelectorAll(".pe-text");
    expect(blocks.map((b) => b.getAttribute("lang"))).toEqual(site.posterLanguages);
    for (const block of blocks) {
      const lang = block.getAttribute("lang")!;
      expect(block.getAttribute("dir")).toBe(localeInfo(lang).dir);
      expect(block.text).toContain(entry.text[lang]!.summary);
    }
  });

  test("marks its days on the strip and says the time in digits", () => {
    const days = new Set(entry.schedule.flatMap((r) => r.days));
    expect(doc.querySelectorAll(".pw-on")).toHaveLength(days.size);
    expect(doc.querySelector(".pe-time")?.text).toContain(entry.schedule[0]!.from);
  });

  test("has tear-off strips with the phone number when there is one", () => {
    const strips = doc.querySelectorAll(".pt-strip");
    if (entry.contact.phone) {
      expect(strips.length).toBeGreaterThan(1);
      for (const strip of strips) expect(strip.text).toContain(entry.contact.phone);
    } else expect(strips).toHaveLength(0);
  });
});

test("a one-language poster of an untranslated entry shows the default text, marked", () => {
  const locale = site.locales.find((l) => guide.initiatives.some((i) => !i.text[l]))!;
  const entry = guide.initiatives.find((i) => !i.text[locale])!;
  const doc = page(`/posters/${entry.slug}/${locale}/`);
  const title = doc.querySelector("h1");
  expect(title?.text.replaceAll("\u00ad", "").trim()).toBe(entry.text[site.defaultLocale]!.title);
  expect(title?.getAttribute("lang")).toBe(site.defaultLocale);
});

describe("short links", () => {
  test("each entry and place has one, listing every language in its own script", () => {
    const targets = [
      ...guide.initiatives.map((i) => ({
        path: `/go/${i.slug}/`,
        folder: "initiatives",
        slug: i.slug,
      })),
      ...guide.places.map((p) => ({
        path: `/go/places/${p.slug}/`,
        folder: "places",
        slug: p.slug,
      })),
    ];
    for (const { path, folder, slug } of targets) {
      const doc = page(path);
      expect(doc.querySelector("html")?.getAttribute("lang"), path).toBe(site.defaultLocale);
      const links = doc.querySelectorAll("#go-languages a");
      expect(
        links.map((a) => a.getAttribute("hreflang")),
        path,
      ).toEqual(site.locales);
      for (const link of links) {
        const code = link.getAttribute("hreflang")!;
        expect(link.getAttribute("href")).toBe(`/${code}/${folder}/${slug}/`);
        expect(link.getAttribute("lang")).toBe(code);
        expect(link.text).toContain(localeInfo(code).label);
      }
      const alternates = doc.querySelectorAll('link[rel="alternate"]');
      expect(alternates.map((l) => l.getAttribute("hreflang")).sort(), path).toEqual(
        [...site.locales, "x-default"].sort(),
      );
    }
  });

  test("they never redirect with a meta refresh, and choose in a bundled script", () => {
    const html = readFileSync(distFile(`/go/${guide.initiatives[0]!.slug}/`), "utf8");
    expect(html).not.toMatch(/http-equiv=["']?refresh/i);
    const doc = page(`/go/${guide.initiatives[0]!.slug}/`);
    const scripts = doc.querySelectorAll("script");
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      if (script.text.trim()) expect(script.getAttribute("type")).toBe("module");
    }
  });
});

describe("the poster list for volunteers", () => {
  test.each(site.locales)("/%s/posters/ links every entry and place in A4 and A3", (locale) => {
    const doc = page(`/${locale}/posters/`);
    expect(doc.querySelector("html")?.getAttribute("lang")).toBe(locale);
    const hrefs = new Set(doc.querySelectorAll("a").map((a) => a.getAttribute("href")));
    for (const i of guide.initiatives) {
      expect(hrefs.has(`/posters/${i.slug}/`), i.slug).toBe(true);
      expect(hrefs.has(`/posters/a3/${i.slug}/`), i.slug).toBe(true);
      expect(hrefs.has(`/posters/${i.slug}/${locale}/`), i.slug).toBe(true);
    }
    for (const p of guide.places) expect(hrefs.has(`/posters/a3/places/${p.slug}/`)).toBe(true);
  });

  test("the about page links to it", () => {
    const doc = page(`/${site.defaultLocale}/about/`);
    expect(doc.querySelector(`a[href="/${site.defaultLocale}/posters/"]`)).not.toBeNull();
  });
});

test("a printed entry page ends with its short link and QR code (print only)", () => {
  for (const locale of site.locales) {
    const entry = guide.initiatives[0]!;
    const link = page(`/${locale}/initiatives/${entry.slug}/`).querySelector(".print-link");
    expect(link?.classList.contains("print-only")).toBe(true);
    expect(link?.text).toContain(shortLink("initiative", entry.slug).replace("https://", ""));
    expect(link?.querySelector("svg")).not.toBeNull();
  }
});
