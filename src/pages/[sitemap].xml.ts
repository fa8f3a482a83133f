/**
 * `/sitemap.xml` with hreflang alternates (logic in src/lib/export/sitemap.ts).
 * Sitemaps need absolute URLs: without site.yaml `siteUrl` (or astro.config `site`)
 * no sitemap is made.
 * Locale pages without parameters are found from the files in src/pages/[locale]/;
 * pages with parameters are listed here from the guide.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { guideData } from "../data/guide.ts";
import { siteUrl } from "../data/export.ts";
import { needs } from "../lib/facts.ts";
import { sitemapUrls, sitemapXml } from "../lib/export/sitemap.ts";
import { extraListPaths } from "../lib/guide/list-routes.ts";

export const getStaticPaths = (async () =>
  (await siteUrl()) ? [{ params: { sitemap: "sitemap" } }] : []) satisfies GetStaticPaths;

/** "./[locale]/week.astro" -> "week"; "./[locale]/index.astro" -> "". */
const staticLocalePages = Object.keys(import.meta.glob("./*/*.astro"))
  .filter((file) => file.startsWith("./[locale]/") && !file.includes("[", 10))
  .map((file) => file.slice("./[locale]/".length, -".astro".length))
  .map((name) => (name === "index" ? "" : name));

export const GET: APIRoute = async () => {
  const data = await guideData();
  const { site, initiatives, places } = data;
  const localePaths = [
    ...staticLocalePages,
    ...needs.map((need) => `needs/${need}`),
    ...initiatives.map((i) => `initiatives/${i.slug}`),
    ...places.map((p) => `places/${p.slug}`),
    ...extraListPaths(data),
  ];
  const xml = sitemapXml(
    sitemapUrls({
      siteUrl: (await siteUrl())!,
      base: import.meta.env.BASE_URL,
      locales: site.locales,
      localePaths,
    }),
  );
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
