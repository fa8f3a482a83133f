/**
 * `/sitemap.xml` with the languages of each page as `xhtml:link` alternates
 * (hreflang), plus `x-default` for the language chooser. Sitemaps need absolute
 * URLs, so it is only made when the site's address is configured.
 */
import { joinBase, localeHref } from "../guide/links.ts";

/** Page paths under each locale ("" is the locale's home), from the guide and the routes. */
export interface SitemapInput {
  siteUrl: string;
  base?: string;
  locales: readonly string[];
  /** Paths after `/<locale>/`, e.g. "week", "initiatives/koffieochtend". */
  localePaths: readonly string[];
}

export interface SitemapUrl {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );
}

/**
 * Every URL of the sitemap: the chooser, and each locale path in every locale, each
 * listing all its language versions and the chooser as `x-default`.
 */
export function sitemapUrls(input: SitemapInput): SitemapUrl[] {
  const base = input.base ?? "/";
  const absolute = (path: string) => new URL(path, input.siteUrl).href;
  const chooser = absolute(joinBase(base, ""));
  const paths = [...new Set(input.localePaths)].sort();
  const urls: SitemapUrl[] = [];
  for (const path of paths) {
    const alternates = [
      ...input.locales.map((locale) => ({
        hreflang: locale,
        href: absolute(localeHref(base, locale, ...path.split("/"))),
      })),
      { hreflang: "x-default", href: chooser },
    ];
    if (path === "") urls.push({ loc: chooser, alternates });
    for (const alternate of alternates.slice(0, input.locales.length)) {
      urls.push({ loc: alternate.href, alternates });
    }
  }
  return urls;
}

/** The sitemap document (sitemaps.org 0.9 with the xhtml namespace for alternates). */
export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const body = urls
    .map((url) =>
      [
        "  <url>",
        `    <loc>${escapeXml(url.loc)}</loc>`,
        ...url.alternates.map(
          (a) =>
            `    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`,
        ),
        "  </url>",
      ].join("\n"),
    )
    .join("\n");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    body,
    "</urlset>",
    "",
  ].join("\n");
}
