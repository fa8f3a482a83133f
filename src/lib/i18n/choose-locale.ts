/**
 * Picks the site locale a reader's browser asks for (`navigator.languages`), for the
 * short links on posters: a QR code must open the page in the reader's language.
 */

function primary(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? "";
}

/**
 * The first of `preferred` (in the browser's order) that the site offers, matched
 * exactly (`ar-SY` → `ar-SY`) or by its language (`en-GB` → `en`); `fallback` when
 * none matches (`fr-FR` → the default locale). Returns the site's own spelling.
 */
export function chooseLocale(
  preferred: readonly string[],
  available: readonly string[],
  fallback: string,
): string {
  for (const tag of preferred) {
    const wanted = tag.trim().toLowerCase();
    if (!wanted) continue;
    const exact = available.find((code) => code.toLowerCase() === wanted);
    if (exact) return exact;
    const sameLanguage = available.find((code) => primary(code) === primary(wanted));
    if (sameLanguage) return sameLanguage;
  }
  return fallback;
}
