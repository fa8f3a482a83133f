/**
 * The text of an entry for a reader's locale. When the entry has no translation in
 * that locale the default-language text is used, marked as a fallback so the page
 * can say so and set `lang` on it; the facts are always shown in the reader's
 * language by the components.
 */
import type { EntryText } from "../content/model.ts";
import { translationKey, type EntryKind } from "../translations/key.ts";

export interface LocalizedText extends EntryText {
  /** True when `locale` differs from the reader's locale. */
  isFallback: boolean;
  /** Language of `directions`, which may fall back on its own. */
  directionsLocale: string;
  /** True when the translation is shown but its default-language text changed since. */
  isOutdated: boolean;
}

/**
 * Text of `entry` for `locale`, falling back to `defaultLocale`. `outdated` holds the
 * keys (`<kind>/<slug>/<locale>`) of translations whose source text changed since.
 */
export function localizedText(
  entry: { text: Record<string, EntryText>; slug: string; kind?: EntryKind },
  locale: string,
  defaultLocale: string,
  outdated?: ReadonlySet<string>,
): LocalizedText {
  const own = entry.text[locale];
  const fallback = entry.text[defaultLocale];
  if (!fallback) throw new Error(`"${entry.slug}" has no text in ${defaultLocale}`);
  if (!own)
    return { ...fallback, isFallback: true, directionsLocale: defaultLocale, isOutdated: false };
  const directions = own.directions ?? fallback.directions;
  return {
    ...own,
    directions,
    isFallback: false,
    directionsLocale: own.directions ? locale : defaultLocale,
    isOutdated:
      entry.kind !== undefined &&
      locale !== defaultLocale &&
      outdated?.has(translationKey({ kind: entry.kind, slug: entry.slug, locale })) === true,
  };
}
