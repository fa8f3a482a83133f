/** How the site names one translation: `initiative/koffie/en`. */
export type EntryKind = "initiative" | "place";

/** `<kind>/<slug>/<locale>`, the key of one translation in `outdatedTranslations()`. */
export function translationKey(ref: { kind: EntryKind; slug: string; locale: string }): string {
  return `${ref.kind}/${ref.slug}/${ref.locale}`;
}
