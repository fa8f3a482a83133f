/**
 * The text blocks of a poster, one per poster language, each set in its own `lang`
 * and `dir`. A language without a translation falls back to the default-language
 * text (marked with that `lang`), unless the default language is on the poster too:
 * then the block keeps only what the UI strings say in that language (type, days).
 */
import type { EntryText } from "../content/model.ts";
import { localizedText, type LocalizedText } from "../guide/localize.ts";
import { textDirection } from "../i18n/locales.ts";

export interface PosterTextBlock {
  locale: string;
  dir: "ltr" | "rtl";
  text: LocalizedText;
  /** The first poster language: its title is the poster's headline. */
  primary: boolean;
  /** False when the title and summary would only repeat default-language text already shown. */
  showText: boolean;
}

/** One block per language in `languages` (the first is the headline language). */
export function posterTextBlocks(
  entry: { text: Record<string, EntryText>; slug: string },
  languages: readonly string[],
  defaultLocale: string,
): PosterTextBlock[] {
  return languages.map((locale, index) => {
    const text = localizedText(entry, locale, defaultLocale);
    const primary = index === 0;
    const repeats = text.isFallback && !primary && languages.includes(defaultLocale);
    return { locale, dir: textDirection(locale), text, primary, showText: !repeats };
  });
}
