/**
 * The built posters and short links: one poster page per entry and per place, holding
 * every variant (the poster languages, shown; each locale alone, hidden until the
 * page's query asks for it), each with its own lang/dir and a QR code holding the
 * absolute short link; the old per-size and per-language pages are gone. Pages per
 * entry: 6 locales + 1 poster + the short link. The short links choose the language in
 * a script, never with a meta refresh; entry pages carry the link for print, a "Print a
 * poster" link, and every page's footer links the poster list.
 */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadGuide } from "../../src/lib/content/validate.ts";
import { contentDir } from "../../src/lib/content/content-dir.ts";
import { localeInfo } from "../../src/lib/i18n/locales.ts";
import { translator } from "../../src/lib/i18n/translator.ts";
import { posterHref, posterRoutes } from "../../src/lib/posters/routes.ts";
import { allFiles, distDir, distFile, hasRoute, page } from "./dist.ts";

const guide = loadGuide(contentDir());
const { site } = guide;
const routes = posterRoutes(
  guide.initiatives.map((i) => i.slug),
  guide.places.map((p) => p.slug),
);
const shortLink = (kind: string, slug: string) =>
  new URL(kind === "place" ? `go/places/${slug}/` : `go/${slug}/`, site.siteUrl).href;
const primary = site.posterLanguages[0]!;

test("the sample site has a public address, so printed codes are absolute", () => {
  expect(site.siteUrl).toBe("https://lindenhof.example.org/");
});

describe("one poster page per entry and per place", () => {
  test("each is built, in the first poster language, A4 until its script says otherwise", () => {
    const missing = routes.filter((r) => !hasRoute(`/posters/${r.path}/`)).map((r) => r.path);
    expect(missing).toEqual([]);
    for (const route of routes) {
      const doc = page(`/posters/${route.path}/`);
      expect(doc.querySelector("html")?.getAttribute("lang"), route.path).toBe(primary);
      expect(doc.querySelector("html")?.getAttribute("dir"), route.path).toBe(
        localeInfo(primary).dir,
      );
      expect(doc.querySelector("main")?.getAttribute("data-size"), route.path).toBe("a4");
    }
  });

  test("holds every variant: the poster languages shown, each locale alone hidden", () => {
    for (const route of routes) {
      const doc = page(`/posters/${route.path}/`);
      const variants = doc.querySelectorAll(".poster-variant");
      expect(
        variants.map((v) => v.getAttribute("data-variant")),
        route.path,
      ).toEqual(["", ...site.locales]);
      for (const variant of variants) {
        const key = variant.getAttribute("data-variant")!;
        expect(variant.hasAttribute("hidden"), `${route.path} ${key}`).toBe(key !== "");
        const lang = key || primary;
        expect(variant.closest("[lang]")?.getAttribute("lang"), `${route.path} ${key}`).toBe(lang);
        expect(variant.closest("[dir]")?.getAttribute("dir"), `${route.path} ${key}`).toBe(
          localeInfo(lang).dir,
        );
        expect(variant.querySelectorAll(".sheet"), `${route.path} ${key}`).toHaveLength(1);
        const qr = variant.querySelector(".pq-code");
        expect(qr?.getAttribute("data-qr"), route.path).toBe(shortLink(route.kind, route.slug));
        expect(qr?.querySelector("svg")?.getAttribute("viewBox"), route.path).toMatch(
          /^0 0 \d+ \d+$/,
        );
      }
    }
  });

  test("the old pages per size and per language are not built", () => {
    const posterPages = allFiles(path.join(distDir, "posters")).filter((f) =>
      f.endsWith("index.html"),
    );
    expect(posterPages).toHaveLength(routes.length);
    const entry = guide.initiatives[0]!.slug;
    expect(hasRoute(`/posters/a3/${entry}/`)).toBe(false);
    expect(hasRoute(`/posters/${entry}/${site.locales[1]}/`)).toBe(false);
    expect(hasRoute(`/posters/a3/places/${guide.places[0]!.slug}/`)).toBe(false);
  });

  test("pages built per entry: one per locale, one poster, the short link", () => {
    const pages = allFiles(distDir)
      .filter((f) => f.endsWith(".html"))
      .map((f) => path.relative(distDir, f).split(path.sep));
    for (const entry of guide.initiatives) {
      const own = pages.filter((parts) => parts.includes(entry.slug)).map((p) => p.join("/"));
      expect(own.sort(), entry.slug).toEqual(
        [
          ...site.locales.map((l) => `${l}/initiatives/${entry.slug}/index.html`),
          `posters/${entry.slug}/index.html`,
          `go/${entry.slug}/index.html`,
        ].sort(),
      );
    }
    expect(site.locales.length + 2).toBe(8);
  });

  test("use no site header or footer, no meta refresh and no inline style", () => {
    for (const route of routes) {
      const html = readFileSync(distFile(`/posters/${route.path}/`), "utf8");
      const doc = page(`/posters/${route.path}/`);
      expect(doc.querySelector("body > header, body > footer, .fictional-notice")).toBeNull();
      expect(doc.querySelector('meta[http-equiv="refresh" i]')).toBeNull();
      expect(html).not.toMatch(/\sstyle=/i);
    }
  });

  test("with the site's address, no notice about a missing QR code", () => {
    expect(page(`/posters/${routes[0]!.path}/`).querySelector("[data-no-qr]")).toBeNull();
  });

  test("the toolbar's choices are links that set the query", () => {
    const route = routes.find((r) => r.kind === "place")!;
    const doc = page(`/posters/${route.path}/`);
    const sizes = doc.querySelectorAll("a[data-choose-size]").map((a) => a.getAttribute("href"));
    expect(sizes).toEqual([`/posters/${route.path}/`, `/posters/${route.path}/?size=a3`]);
    const langs = doc.querySelectorAll("a[data-choose-lang]").map((a) => a.getAttribute("href"));
    expect(langs).toEqual([
      `/posters/${route.path}/`,
      ...site.locales.map((l) => `/posters/${route.path}/?lang=${l}`),
    ]);
  });
});

describe("the multilingual entry poster", () => {
  const entry = guide.initiatives.find((i) => site.posterLanguages.every((l) => i.text[l]))!;
  const doc = page(`/posters/${entry.slug}/`).querySelector('.poster-variant[data-variant=""]')!;

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

test("a one-language variant of an untranslated entry shows the default text, marked", () => {
  const locale = site.locales.find((l) => guide.initiatives.some((i) => !i.text[l]))!;
  const entry = guide.initiatives.find((i) => !i.text[locale])!;
  const variant = page(`/posters/${entry.slug}/`).querySelector(
    `.poster-variant[data-variant="${locale}"]`,
  );
  const title = variant?.querySelector("h1");
  expect(title?.text.replaceAll("\u00ad", "").trim()).toBe(entry.text[site.defaultLocale]!.title);
  expect(title?.getAttribute("lang")).toBe(site.defaultLocale);
});

describe("place posters", () => {
  test("say 'every week', with the period, never 'this week'; names carry no soft hyphen", () => {
    for (const place of guide.places) {
      const doc = page(`/posters/places/${place.slug}/`);
      for (const variant of doc.querySelectorAll(".poster-variant")) {
        const lang = variant.getAttribute("data-variant") || primary;
        const t = translator(lang);
        const h1 = variant.querySelector("h1")!;
        const [before] = t("poster.everyWeekAt", { place: "\u0001" }).split("\u0001");
        expect(h1.text.trim().startsWith(before!.trim()), `${place.slug} ${lang}`).toBe(true);
        expect(variant.querySelector(".pp-period")?.text, `${place.slug} ${lang}`).toMatch(/\d{4}/);
        expect(variant.text, `${place.slug} ${lang}`).not.toContain("\u00ad");
        const sheet = variant.querySelector(".sheet")!;
        for (const attr of ["data-body", "data-qr-size", "data-name", "data-columns"])
          expect(sheet.getAttribute(attr), `${place.slug} ${lang} ${attr}`).toMatch(/^[\d.]+$/);
      }
    }
  });
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

describe("finding the posters", () => {
  test.each(site.locales)(
    "/%s/posters/ links every entry and place in A4 and A3, several languages and one",
    (locale) => {
      const doc = page(`/${locale}/posters/`);
      expect(doc.querySelector("html")?.getAttribute("lang")).toBe(locale);
      const hrefs = new Set(doc.querySelectorAll("a").map((a) => a.getAttribute("href")));
      for (const i of guide.initiatives) {
        expect(hrefs.has(`/posters/${i.slug}/`), i.slug).toBe(true);
        expect(hrefs.has(`/posters/${i.slug}/?size=a3`), i.slug).toBe(true);
        expect(hrefs.has(`/posters/${i.slug}/?lang=${locale}`), i.slug).toBe(true);
        expect(hrefs.has(`/posters/${i.slug}/?size=a3&lang=${locale}`), i.slug).toBe(true);
      }
      for (const p of guide.places)
        expect(hrefs.has(`/posters/places/${p.slug}/?size=a3`), p.slug).toBe(true);
    },
  );

  test.each(site.locales)("every %s page's footer links the poster list", (locale) => {
    const pages = allFiles(path.join(distDir, locale)).filter((f) => f.endsWith("index.html"));
    expect(pages.length).toBeGreaterThan(guide.initiatives.length);
    for (const file of pages) {
      const route = `/${path.relative(distDir, path.dirname(file)).split(path.sep).join("/")}/`;
      const link = page(route).querySelector(`body > footer a[href="/${locale}/posters/"]`);
      expect(link, route).not.toBeNull();
    }
  });

  test.each(site.locales)("every %s entry and place page has 'Print a poster'", (locale) => {
    const t = translator(locale);
    for (const target of [
      ...guide.initiatives.map((i) => ({ kind: "initiative" as const, slug: i.slug })),
      ...guide.places.map((p) => ({ kind: "place" as const, slug: p.slug })),
    ]) {
      const folder = target.kind === "place" ? "places" : "initiatives";
      const route = `/${locale}/${folder}/${target.slug}/`;
      const link = page(route).querySelector("[data-poster-link] a");
      const choice = site.posterLanguages.includes(locale) ? {} : { lang: locale };
      expect(link?.getAttribute("href"), route).toBe(posterHref("/", target, choice));
      expect(link?.text.trim(), route).toBe(t("poster.printThis"));
    }
  });

  test("the about page links to the list", () => {
    const doc = page(`/${site.defaultLocale}/about/`);
    expect(doc.querySelector(`main a[href="/${site.defaultLocale}/posters/"]`)).not.toBeNull();
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
