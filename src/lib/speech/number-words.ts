/**
 * Numbers in words, so that every speech voice says them right. V8's Intl has no
 * spell-out (`numberingSystem: "spellout"` is ignored), hence our own tables.
 */
import { grammarFor } from "./locales/index.ts";

/**
 * A whole number from 0 to 99 in words, in the counting form of `locale`.
 * Larger numbers come back as digits.
 *
 * @example numberWords(21, "nl") // "eenentwintig"
 * @example numberWords(45, "uk") // "сорок пʼять"
 */
export function numberWords(n: number, locale: string): string {
  return grammarFor(locale).number(n);
}
