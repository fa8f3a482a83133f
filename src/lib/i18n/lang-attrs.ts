/**
 * `lang` and `dir` for a piece of text in another language than its surroundings
 * (e.g. Dutch fallback text on an Arabic poster): both are needed, or the Dutch
 * sentence's full stop lands on the wrong side in a right-to-left block. An element
 * with `dir` is a bidi isolate (HTML gives `[dir]` `unicode-bidi: isolate`), so its
 * text neither reorders nor is reordered by the sentence around it.
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

/**
 * `{ lang, dir }` for text marked with its own language only when it is not the
 * reader's (`Words.lang`, `text.isFallback ? text.locale : undefined`), else nothing.
 *
 * @example <span {...foreignLang(where.name.lang)}>…</span> // lang="nl" dir="ltr" on an Arabic page
 */
export function foreignLang(lang: string | undefined): LangAttrs {
  return lang ? { lang, dir: textDirection(lang) } : {};
}

/**
 * `dir="ltr"` for a run that is always written left to right whatever the page's
 * language: a postcode ("7777 LD"), a phone number, a time ("10:00–12:00"), a price,
 * a web address. On a right-to-left page "7777 LD" would otherwise read "LD 7777".
 */
export const ltrRun = { dir: "ltr" } as const satisfies LangAttrs;
