/** The sample guide, read with the same loader the build uses, for choosing pages to visit. */
import { loadGuide } from "../../src/lib/content/validate.ts";
import { contentDir } from "../../src/lib/content/content-dir.ts";

export const guide = loadGuide(contentDir());

/** An initiative translated into `locale`, and one that is not (falls back). */
export function sampleInitiatives(locale: string) {
  const translated = guide.initiatives.find((i) => i.text[locale]);
  const untranslated = guide.initiatives.find((i) => !i.text[locale]);
  return { translated, untranslated };
}

/** Every page type for a locale, with real slugs. */
export function pageTypes(locale: string): string[] {
  const { translated, untranslated } = sampleInitiatives(locale);
  const place = guide.places[0]!;
  const initiative = guide.initiatives.find((i) => i.needs.length > 0)!;
  return [
    `/${locale}/`,
    `/${locale}/needs/${initiative.needs[0]}/`,
    ...[translated, untranslated].flatMap((i) => (i ? [`/${locale}/initiatives/${i.slug}/`] : [])),
    `/${locale}/places/${place.slug}/`,
    `/${locale}/week/`,
    `/${locale}/evenings-weekends/`,
    `/${locale}/about/`,
  ];
}
