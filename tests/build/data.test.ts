/**
 * The built exports and search-engine data: open data files exist and parse (CSV
 * with a real parser, HSDS against the official schemas), JSON-LD on entry pages is
 * JSON of the right @type, the sitemap lists every page with its alternates, and the
 * providers' overview is a real table in every locale.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { loadGuide } from "../../src/lib/content/validate.ts";
import { contentDir } from "../../src/lib/content/content-dir.ts";
import { hsdsTables } from "../../src/lib/export/hsds.ts";
import { csvColumns } from "../../src/lib/export/initiatives-csv.ts";
import { providerColumns } from "../../src/lib/providers/rows.ts";
import { facetOptions } from "../../src/lib/facets/values.ts";
import { hsdsSchemaDir, hsdsValidator, schemaDirCandidates } from "../support/hsds-schemas.ts";
import { allFiles, distDir, distFile, hasRoute, page } from "./dist.ts";

const guide = loadGuide(contentDir());
const { site } = guide;
const slugs = guide.initiatives.map((i) => i.slug).sort();
const read = (route: string) => readFileSync(distFile(route), "utf8");

describe("open data", () => {
  test("every export file is built", () => {
    const files = [
      "/data/initiatives.json",
      "/data/initiatives.csv",
      "/data/hsds/index.json",
      ...hsdsTables.map((t) => `/data/hsds/${t.file}.json`),
    ];
    expect(files.filter((f) => !hasRoute(f))).toEqual([]);
  });

  test("the CSV has a BOM, the columns, and every initiative exactly once", () => {
    const text = read("/data/initiatives.csv");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...csvColumns]);
    expect(rows.map((r) => r["slug"]).sort()).toEqual(slugs);
    for (const row of rows) {
      const initiative = guide.initiatives.find((i) => i.slug === row["slug"])!;
      expect(row["title"]?.replace(/^'/, "")).toBe(initiative.text[site.defaultLocale]?.title);
      expect(row["rrule"]?.split("\n")).toHaveLength(initiative.schedule.length);
    }
  });

  test("the JSON has every initiative with its texts in every language it has", () => {
    const data = JSON.parse(read("/data/initiatives.json")) as {
      initiatives: { slug: string; text: Record<string, unknown> }[];
    };
    expect(data.initiatives.map((i) => i.slug)).toEqual(slugs);
    for (const item of data.initiatives) {
      const initiative = guide.initiatives.find((i) => i.slug === item.slug)!;
      expect(Object.keys(item.text).sort()).toEqual(Object.keys(initiative.text).sort());
    }
  });

  const schemaDir = hsdsSchemaDir();
  test.skipIf(!schemaDir)(
    `HSDS 3.0 tables are valid against the official schemas${schemaDir ? "" : ` (skipped: not found in ${schemaDirCandidates.join(" or ")})`}`,
    () => {
      const validate = hsdsValidator(schemaDir!);
      const errors = hsdsTables.flatMap((table) =>
        validate(table.schema, JSON.parse(read(`/data/hsds/${table.file}.json`)) as unknown[]),
      );
      expect(errors).toEqual([]);
    },
  );

  test("HSDS has one service per initiative, each with an assured date", () => {
    const services = JSON.parse(read("/data/hsds/services.json")) as Record<string, string>[];
    expect(services).toHaveLength(slugs.length);
    expect(services.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s["assured_date"] ?? ""))).toBe(true);
  });
});

describe("search engines and sharing", () => {
  function jsonLd(route: string): Record<string, unknown>[] {
    return page(route)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
  }

  test("initiative pages carry an Event with its schedule, place pages a Place", () => {
    for (const locale of site.locales) {
      for (const initiative of guide.initiatives) {
        const [event] = jsonLd(`/${locale}/initiatives/${initiative.slug}/`);
        expect(event?.["@type"], initiative.slug).toBe("Event");
        expect(event?.["eventSchedule"]).toHaveLength(initiative.schedule.length);
      }
      const [place] = jsonLd(`/${locale}/places/${guide.places[0]!.slug}/`);
      expect(place?.["@type"]).toBe("Place");
    }
  });

  test("every page names the language chooser as x-default and has Open Graph tags", () => {
    const doc = page(`/ar/initiatives/${slugs[0]}/`);
    const xDefault = doc.querySelector('link[rel="alternate"][hreflang="x-default"]');
    expect(xDefault?.getAttribute("href")).toMatch(/\/$/);
    expect(new URL(xDefault?.getAttribute("href") ?? "", "http://x/").pathname).toBe("/");
    expect(doc.querySelector('meta[property="og:locale"]')?.getAttribute("content")).toBe("ar_EG");
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute("content")).toBeTruthy();
    expect(doc.querySelector('meta[property="og:description"]')?.getAttribute("content")).toBe(
      doc.querySelector('meta[name="description"]')?.getAttribute("content"),
    );
  });

  test("entry pages have a share button, hidden until its script runs", () => {
    const doc = page(`/nl/initiatives/${slugs[0]}/`);
    const box = doc.querySelector("[data-share]");
    expect(box?.hasAttribute("hidden")).toBe(true);
    expect(box?.querySelector("button")?.text.trim()).toBe("Delen");
  });

  const siteUrl = site.siteUrl;
  test.runIf(!siteUrl)("without a site address there is no sitemap", () => {
    expect(hasRoute("/sitemap.xml")).toBe(false);
  });

  test.runIf(Boolean(siteUrl))("the sitemap lists every page, each with all its languages", () => {
    // Read with patterns: the HTML parser at hand does not know XML namespaces.
    const attr = (tag: string, name: string) =>
      new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1]?.replaceAll("&amp;", "&") ?? "";
    const entries = [...read("/sitemap.xml").matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
      loc: (/<loc>([^<]*)<\/loc>/.exec(m[1] ?? "")?.[1] ?? "").replaceAll("&amp;", "&"),
      alternates: [...(m[1] ?? "").matchAll(/<xhtml:link [^>]*\/>/g)].map(
        ([tag]) => [attr(tag, "hreflang"), attr(tag, "href")] as const,
      ),
    }));
    expect(entries.length).toBeGreaterThan(site.locales.length * guide.initiatives.length);
    const toRoute = (href: string) => new URL(href).pathname;
    const listed = new Set(entries.map((e) => toRoute(e.loc)));
    // Every HTML page except redirects, noindex pages and the 404 page.
    const pages = allFiles()
      .filter((f) => f.endsWith("index.html"))
      .map((f) => `/${path.relative(distDir, path.dirname(f))}/`.replace(/\/+/g, "/"))
      .filter((route) => {
        const doc = page(route);
        return (
          !doc.querySelector('meta[http-equiv="refresh"]') &&
          !/noindex/.test(doc.querySelector('meta[name="robots"]')?.getAttribute("content") ?? "")
        );
      });
    expect(pages.filter((route) => !listed.has(route))).toEqual([]);
    for (const entry of entries) {
      expect(toRoute(entry.loc) === "/" || hasRoute(toRoute(entry.loc)), entry.loc).toBe(true);
      expect(entry.loc.startsWith(new URL(siteUrl ?? "", "http://x").href)).toBe(true);
      expect(entry.alternates.map(([lang]) => lang)).toEqual([...site.locales, "x-default"]);
      for (const [, href] of entry.alternates) expect(hasRoute(toRoute(href ?? ""))).toBe(true);
    }
  });
});

describe.each(site.locales)("providers' overview in %s", (locale) => {
  const doc = page(`/${locale}/providers/`);
  const table = doc.querySelector("table#providers-table");

  test("is a full table with a caption, column and row headers", () => {
    expect(table?.querySelector("caption")?.text.trim()).toBeTruthy();
    const cols = table?.querySelectorAll("thead th[scope=col]") ?? [];
    expect(cols).toHaveLength(providerColumns.length);
    expect(cols.filter((th) => th.text.includes("providers."))).toEqual([]);
    const rows = table?.querySelectorAll("tbody tr") ?? [];
    expect(rows.map((r) => r.getAttribute("data-slug")).sort()).toEqual(slugs);
    for (const row of rows) expect(row.querySelectorAll("th[scope=row]")).toHaveLength(1);
    expect(rows.filter((r) => r.hasAttribute("hidden"))).toEqual([]);
  });

  test("has a GET form whose fields are the facets' query parameters", () => {
    const form = doc.querySelector("form#providers-filters");
    expect(form?.getAttribute("method")).toBe("get");
    const names = (form?.querySelectorAll("[name]") ?? []).map((f) => f.getAttribute("name"));
    // One choice per facet, then a checkbox per yes/no fact some initiative has.
    const flags = facetOptions(guide.initiatives).flag.map((option) => option.value);
    expect(names).toEqual(["need", "type", "day", "time", "language", ...flags]);
    for (const field of form?.querySelectorAll("select, input") ?? []) {
      expect(form?.querySelector(`label[for="${field.getAttribute("id")}"]`)).not.toBeNull();
    }
    expect(doc.querySelector("#providers-static-note")?.text.trim()).toBeTruthy();
    expect(doc.querySelector("#providers-count")?.getAttribute("role")).toBe("status");
  });

  test("is linked from the about page and the footer", () => {
    const about = page(`/${locale}/about/`);
    const links = about.querySelectorAll(`a[href="/${locale}/providers/"]`);
    expect(links.length).toBeGreaterThanOrEqual(2);
    expect(
      page(`/${locale}/`).querySelector(`footer a[href="/${locale}/providers/"]`),
    ).not.toBeNull();
  });
});

test("the providers page prints as a compact landscape hand-out", () => {
  // Its own styles, inlined by Astro or in the stylesheets it links.
  const doc = page("/nl/providers/");
  const css = [
    ...doc.querySelectorAll("style").map((style) => style.text),
    ...doc
      .querySelectorAll('link[rel="stylesheet"]')
      .map((link) => readFileSync(path.join(distDir, link.getAttribute("href") ?? ""), "utf8")),
  ].join("\n");
  expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4 landscape/);
  expect(css).toMatch(/thead\s*\{\s*display:\s*table-header-group/);
  expect(css).toMatch(/@media print/);
});
