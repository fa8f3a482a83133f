/** What every exporter needs: the checked guide and where the site lives. */
import type { Initiative, Place, SiteConfig } from "../content/model.ts";
import { localeHref } from "../guide/links.ts";

export interface ExportContext {
  site: SiteConfig;
  places: readonly Place[];
  initiatives: readonly Initiative[];
  /** The site's base path (`import.meta.env.BASE_URL`), default `/`. */
  base?: string;
  /** Absolute site URL (astro.config `site`); without it links are site-relative paths. */
  siteUrl?: string;
}

/**
 * The link to a page of the site: absolute when the site URL is known, else a path.
 *
 * @example pageUrl({ ...context, siteUrl: "https://gids.example.org" }, "nl", "initiatives", "x")
 * // "https://gids.example.org/nl/initiatives/x/"
 */
export function pageUrl(context: ExportContext, locale: string, ...parts: string[]): string {
  const path = localeHref(context.base ?? "/", locale, ...parts);
  return context.siteUrl ? new URL(path, context.siteUrl).href : path;
}

/** Entries sorted by slug, so exports are the same on every build. */
export function bySlug<T extends { slug: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
