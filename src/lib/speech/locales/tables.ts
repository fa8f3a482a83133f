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
