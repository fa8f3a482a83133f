/**
 * Which writing system a search is typed in, so that Arabic letters on the Dutch
 * search page can be answered with "this word is in another script" and a link to
 * the Arabic search. Script codes are ISO 15924 (`Latn`, `Arab`, `Cyrl`), as Intl
 * and Unicode regular expressions name them.
 */

/**
 * The usual script of a language, from Intl's likely subtags.
 *
 * @example localeScript("ar") // "Arab"
 * @example localeScript("uk") // "Cyrl"
 * @example localeScript("nl") // "Latn"
 */
export function localeScript(locale: string): string {
  return new Intl.Locale(locale).maximize().script ?? "Latn";
}

/**
 * The script among `scripts` that most letters of `text` are written in, or
 * undefined when none of its letters is in any of them.
 *
 * @example textScript("وحدة", ["Latn", "Arab", "Cyrl"]) // "Arab"
 * @example textScript("eenzaam", ["Latn", "Arab"]) // "Latn"
 * @example textScript("123", ["Latn"]) // undefined
 */
export function textScript(text: string, scripts: readonly string[]): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const script of new Set(scripts)) {
    const count = text.match(new RegExp(`\\p{Script=${script}}`, "gu"))?.length ?? 0;
    if (count > most) {
      best = script;
      most = count;
    }
  }
  return best;
}
