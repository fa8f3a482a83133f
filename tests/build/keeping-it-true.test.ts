/**
 * The built sample site (dist/): every entry page says when it was last checked and
 * how to report a problem; every page has the quick-exit link, in its language,
 * that works as a plain link without JavaScript.
 */
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadGuide } from "../../src/lib/content/validate.ts";
import { contentDir } from "../../src/lib/content/content-dir.ts";
import { translator } from "../../src/lib/i18n/translator.ts";
import { quickExitOf } from "../../src/lib/quick-exit.ts";
import { allFiles, distDir, page } from "./dist.ts";

const guide = loadGuide(contentDir());
const { site } = guide;
const entries = [...guide.initiatives, ...guide.places];
const folder = (kind: string) => (kind === "place" ? "places" : "initiatives");

describe.each(site.locales)("entry pages in %s", (locale) => {
  const t = translator(locale);

  test("say when someone last checked them: in words and as a <time>", () => {
    for (const entry of entries) {
      const route = `/${locale}/${folder(entry.kind)}/${entry.slug}/`;
      const line = page(route).querySelector("[data-last-checked]");
      expect(line, route).not.toBeNull();
      expect(line!.text, route).toContain(t("fresh.lastChecked"));
      expect(line!.querySelector("strong")?.text.trim(), route).toBeTruthy();
      expect(line!.querySelector("time")?.getAttribute("datetime"), route).toBe(entry.lastVerified);
    }
  });

  test("offer one-tap reports that open the prefilled issue form, and an email", () => {
    for (const entry of entries) {
      const route = `/${locale}/${folder(entry.kind)}/${entry.slug}/`;
      const section = page(route).querySelector("[data-report]");
      expect(section, route).not.toBeNull();
      const links = section!.querySelectorAll("a[data-reason]");
      expect(links.map((a) => a.getAttribute("data-reason"))).toEqual([
        "time",
        "closed",
        "address",
        "other",
      ]);
      for (const link of links) {
        expect(link.text.trim()).toBe(t(`report.reason.${link.getAttribute("data-reason")}`));
        const url = new URL(link.getAttribute("href")!);
        expect(`${url.origin}${url.pathname}`).toBe(`${site.repository}/issues/new`);
        expect(url.searchParams.get("template")).toBe("something-wrong.yml");
        expect(url.searchParams.get("entry")).toBe(`${folder(entry.kind)}/${entry.slug}`);
        expect(url.searchParams.get("page")).toBe(route);
        expect(url.searchParams.get("title")).toContain(entry.text[site.defaultLocale]!.title);
      }
      const mail = section!.querySelector("a[data-report-email]")?.getAttribute("href");
      expect(mail, route).toMatch(new RegExp(`^mailto:${site.email}\\?`));
    }
  });
});

test("every page has one quick-exit link, in its language, that works without JS", () => {
  const { url } = quickExitOf(site);
  const htmlFiles = allFiles().filter((f) => f.endsWith(".html"));
  // Posters are for paper, and /go/ pages only forward to the reader's language.
  const pages = htmlFiles.filter(
    (f) => !f.includes(`${path.sep}posters${path.sep}`) && !f.includes(`${path.sep}go${path.sep}`),
  );
  expect(pages.length).toBeGreaterThan(50);
  for (const file of pages) {
    const doc = page(path.relative(distDir, file));
    const lang = doc.querySelector("html")?.getAttribute("lang") ?? site.defaultLocale;
    const links = doc.querySelectorAll("a[data-quick-exit]");
    expect(links, file).toHaveLength(1);
    const link = links[0]!;
    expect(link.getAttribute("href")).toBe(url);
    expect(link.getAttribute("rel")?.split(" ")).toContain("noreferrer");
    expect(link.text.trim()).toBe(translator(lang)("quickExit.label"));
  }
});

test("the about page explains quick exit honestly in every language", () => {
  for (const locale of site.locales) {
    const t = translator(locale);
    const section = page(`/${locale}/about/`).querySelector("#quick-exit")?.closest("section");
    expect(section?.text, locale).toContain(t("about.quickExitHistory"));
  }
});
