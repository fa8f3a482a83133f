/**
 * The text of an entry for a reader's locale. When the entry has no translation in
 * that locale the default-language text is used, marked as a fallback so the page
 * can say so and set `lang` on it; the facts are always shown in the reader's
 * language by the components.
 */
import type { EntryText } from "../content/types.ts";

export interface LocalizedText extends EntryText {
  /** True when `locale` differs from the reader's locale. */
  isFallback: boolean;
  /** Language of `directions`, which may fall back on its own. */
  directionsLocale: string;
}

/** Text of `entry` for `locale`, falling back to `defaultLocale`. */
export function localizedText(
  entry: { text: Record<string, EntryText>; slug: string },
  locale: string,
  defaultLocale: string,
): LocalizedText {
  const own = entry.text[locale];
  const fallback = entry.text[defaultLocale];
  if (!fallback) throw new Error(`"${entry.slug}" has no text in ${defaultLocale}`);
  if (!own) return { ...fallback, isFallback: true, directionsLocale: defaultLocale };
  const directions = own.directions ?? fallback.directions;
  return {
    ...own,
    directions,
    isFallback: false,
    directionsLocale: own.directions ? locale : defaultLocale,
  };
}
