/** Helpers for the word tables of the grammar modules. */
import { weekdays, type Weekday } from "../../facts.ts";

/** A space-separated list of words as an array (keeps long tables readable). */
export function words(list: string): string[] {
  return list.trim().split(/\s+/);
}

/** Seven space-separated words, Monday first, as a table by weekday. */
export function byWeekday(list: string | readonly string[]): Record<Weekday, string> {
  const items = typeof list === "string" ? words(list) : list;
  if (items.length !== 7) throw new Error(`Expected 7 day words, got ${items.length}`);
  return Object.fromEntries(weekdays.map((d, i) => [d, items[i]])) as Record<Weekday, string>;
}

/**
 * 0–99 in words, from the words below the first ten with a compound (`ones`: 0–19, or
 * 0–9) and the tens; other numbers as digits. `join` writes a ten with its unit; the
 * default is "ten unit" ("dwadzieścia jeden").
 */
export function numberWords(
  ones: readonly string[],
  tens: readonly string[],
  join: (ten: string, unit: number) => string = (ten, unit) => `${ten} ${ones[unit]}`,
): (n: number) => string {
  return (n) => {
    if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
    if (n < ones.length) return ones[n] as string;
    const unit = n % 10;
    const ten = tens[Math.floor(n / 10)] as string;
    return unit === 0 ? ten : join(ten, unit);
  };
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The noun form after the number `n`, by the CLDR plural rules of `locale` (the same
 * rules i18next uses): Polish 1 "tydzień", 2–4 "tygodnie", 5 "tygodni".
 */
export function pluralWord(
  locale: string,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return forms[rules.select(n)] ?? forms.other;
}
