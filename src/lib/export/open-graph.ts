/** Open Graph values that the layout derives from the locale registry. */

/**
 * The `og:locale` of a BCP-47 tag: language and likely region, joined by "_".
 *
 * @example ogLocale("nl") // "nl_NL"
 * @example ogLocale("uk") // "uk_UA"
 */
export function ogLocale(code: string): string {
  const locale = new Intl.Locale(code).maximize();
  return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}
