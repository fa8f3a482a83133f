/**
 * How long ago a person checked an entry ("last checked 3 weeks ago"), and whether
 * it may be out of date. Computed at build time from the build's "today"
 * (`build-now.ts`), in the reader's language through Intl.RelativeTimeFormat.
 */
import { daysBetween, daysInMonth, formatDate, parseDate } from "../schedule/civil-date.ts";

/** An entry nobody checked for this many months shows "this may be out of date". */
export const staleAfterMonths = 6;

/** What a note on an entry's freshness is drawn from. */
export interface FreshnessProps {
  /** When a volunteer last checked the entry (YYYY-MM-DD). */
  lastVerified: string;
  /** The build's today in the site time zone. */
  today: string;
  /** The reader's language. */
  locale: string;
}

/**
 * The date `months` calendar months before `date`; a day the month lacks becomes its
 * last day (six months before 31 August is 28 or 29 February).
 *
 * @example monthsBefore("2026-08-31", 6) // "2026-02-28"
 */
export function monthsBefore(date: string, months: number): string {
  const { year, month, day } = parseDate(date);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** True when `lastVerified` is more than `staleAfterMonths` months before `today`. */
export function isStale(lastVerified: string, today: string, months = staleAfterMonths): boolean {
  return lastVerified < monthsBefore(today, months);
}

/** Whole days from `lastVerified` to `today`; 0 for today or a later date. */
export function daysSince(lastVerified: string, today: string): number {
  return Math.max(0, daysBetween(lastVerified, today));
}

/** An age in the largest unit that reads naturally. */
export interface Age {
  value: number;
  unit: "day" | "week" | "month" | "year";
}

/**
 * Days as a rounded age: under a week in days, under a month in weeks, under a
 * year in months, then years.
 *
 * @example ageOf(21) // { value: 3, unit: "week" }
 */
export function ageOf(days: number): Age {
  if (days < 7) return { value: days, unit: "day" };
  if (days < 31) return { value: Math.min(4, Math.round(days / 7)), unit: "week" };
  if (days < 365) return { value: Math.max(1, Math.floor(days / 30.4375)), unit: "month" };
  return { value: Math.floor(days / 365.25), unit: "year" };
}

const formats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string, numeric: "auto" | "always"): Intl.RelativeTimeFormat {
  const key = `${locale}|${numeric}`;
  let found = formats.get(key);
  if (!found) {
    // Latin digits, as everywhere on the site (see format/intl.ts).
    found = new Intl.RelativeTimeFormat(locale, {
      numeric,
      numberingSystem: "latn",
    } as Intl.RelativeTimeFormatOptions);
    formats.set(key, found);
  }
  return found;
}

/**
 * "3 weeks ago" / "3 weken geleden" / "منذ 3 أسابيع": how long before `today` the
 * entry was checked, in `locale`. Today and yesterday are said in words.
 */
export function relativeAge(lastVerified: string, today: string, locale: string): string {
  const age = ageOf(daysSince(lastVerified, today));
  return relativeFormat(locale, age.unit === "day" ? "auto" : "always").format(
    -age.value,
    age.unit,
  );
}
