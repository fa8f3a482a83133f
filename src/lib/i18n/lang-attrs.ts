/**
 * `lang` and `dir` for a piece of text in another language than its surroundings
 * (e.g. Dutch fallback text on an Arabic poster): both are needed, or the Dutch
 * sentence's full stop lands on the wrong side in a right-to-left block.
 */
import { textDirection } from "./locales.ts";

export interface LangAttrs {
  lang?: string;
  dir?: "ltr" | "rtl";
}

/** `{ lang, dir }` when `textLocale` differs from `aroundLocale`, else nothing. */
export function langAttrs(textLocale: string, aroundLocale: string): LangAttrs {
  return textLocale === aroundLocale ? {} : { lang: textLocale, dir: textDirection(textLocale) };
}
