/**
 * Turkish dotted and dotless i for search. Turkish has four letters (I ı İ i) where
 * the search engine knows two: it lowercases "I" to "i" and keeps "ı" apart, so
 * "KADIN" (typed in capitals) or "kadin" (typed on a phone without Turkish letters)
 * would never find "Kadın". We fold both to "i": the query in the browser, and each
 * word of a page that holds a dotless ı gets a folded twin in that page's index.
 */

/** Locales whose alphabet has a dotless ı (Turkish, Azerbaijani). */
export const dotlessLocales: readonly string[] = ["tr", "az"];

/** True when `locale` (a BCP-47 tag) needs dotted/dotless folding. */
export function foldsDotlessI(locale: string): boolean {
  return dotlessLocales.includes(locale.toLowerCase().split("-")[0] ?? "");
}

/**
 * Lowercases text the way `locale` does and, for Turkish, maps ı and İ to plain i.
 *
 * @example foldForSearch("KADIN", "tr") // "kadin"
 * @example foldForSearch("Kadın", "tr") // "kadin"
 * @example foldForSearch("İçeri", "tr") // "içeri"
 */
export function foldForSearch(text: string, locale: string): string {
  if (!foldsDotlessI(locale)) return text;
  return text
    .toLocaleLowerCase(locale)
    .replace(/ı/g, "i")
    .replace(/i\u0307/g, "i");
}

/** Letter-and-digit runs of a text, as the search engine splits words. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * The folded twins a page needs in `locale`: each distinct word whose folded form
 * differs from what the engine itself stores (its plain lowercase), e.g. "sabahı" →
 * "sabahi". Empty for locales that need no folding.
 *
 * @example foldedTwins("Kahve sabahı. Kimseyi tanımasanız bile", "tr") // ["sabahi", "tanimasaniz"]
 */
export function foldedTwins(text: string, locale: string): string[] {
  if (!foldsDotlessI(locale)) return [];
  const twins = new Set<string>();
  for (const word of words(text)) {
    const folded = foldForSearch(word, locale);
    const engine = word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
    if (folded.normalize("NFD").replace(/\p{M}/gu, "") !== engine) twins.add(folded);
  }
  return [...twins];
}
