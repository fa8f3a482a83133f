/**
 * Plural strings for a script that has no i18next: the page writes one template per
 * CLDR plural category of its locale, and the script picks with Intl.PluralRules, the
 * same rules i18next uses.
 */
import type { Translate } from "../i18n/translator.ts";

/** `{ one: "{{count}} result", other: "{{count}} results" }` for a plural key. */
export function pluralTemplates(key: string, locale: string, t: Translate): Record<string, string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return Object.fromEntries(categories.map((category) => [category, t(`${key}_${category}`)]));
}

/**
 * The template for `count`, with the count filled in (Latin digits, as everywhere).
 *
 * @example pluralText({ one: "{{count}} result", other: "{{count}} results" }, 2, "en") // "2 results"
 */
export function pluralText(
  templates: Record<string, string>,
  count: number,
  locale: string,
): string {
  const category = new Intl.PluralRules(locale).select(count);
  const template = templates[category] ?? templates.other ?? "{{count}}";
  return template.replace(/\{\{\s*count\s*\}\}/g, String(count));
}
