/** Where the calendar files live, and the absolute URL of an entry page for URL properties. */
import { joinBase, localeHref } from "../guide/links.ts";

/**
 * The site-internal href of an initiative's .ics file, or of all.ics without a slug.
 *
 * @example calendarHref("/", "koffieochtend") // "/calendar/koffieochtend.ics"
 * @example calendarHref("/gids/") // "/gids/calendar/all.ics"
 */
export function calendarHref(base: string, slug?: string): string {
  return joinBase(base, `calendar/${slug ?? "all"}.ics`);
}

/**
 * The absolute URL of an initiative page, or `undefined` when the site has no
 * absolute URL configured (astro.config `site`): a relative URL means nothing
 * inside a calendar app.
 *
 * @example entryUrl("https://gids.example.org", "/", "nl", "koffieochtend")
 * // "https://gids.example.org/nl/initiatives/koffieochtend/"
 */
export function entryUrl(
  siteUrl: string | undefined,
  base: string,
  locale: string,
  slug: string,
): string | undefined {
  if (!siteUrl) return undefined;
  return new URL(localeHref(base, locale, "initiatives", slug), siteUrl).href;
}
