/** Open Graph values that the layout derives from the locale registry. */

/** Every page asks; the answer per locale never changes. */
const ogLocales = new Map<string, string>();

/**
 * The `og:locale` of a BCP-47 tag: language and likely region, joined by "_".
 *
 * @example ogLocale("nl") // "nl_NL"
 * @example ogLocale("uk") // "uk_UA"
 */
export function ogLocale(code: string): string {
  let found = ogLocales.get(code);
  if (found === undefined) {
    const locale = new Intl.Locale(code).maximize();
    found = locale.region ? `${locale.language}_${locale.region}` : locale.language;
    ogLocales.set(code, found);
  }
  return found;
}
