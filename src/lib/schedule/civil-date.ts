/**
 * Civil (calendar) dates as `YYYY-MM-DD` strings, with no time and no time zone.
 *
 * Everything here is plain integer arithmetic on "epoch days" (days since
 * 1970-01-01 in the proleptic Gregorian calendar), so nothing depends on the
 * device's time zone and no `Date` object is involved.
 */
import { weekdays, type Weekday } from "../facts.ts";

/** A civil date split into numbers; `month` and `day` are 1-based. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (`month` 1..12).
 *
 * @example daysInMonth(2028, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses a `YYYY-MM-DD` civil date and checks that the day exists.
 *
 * @throws RangeError for anything else (`2027-02-29`, `2027-2-3`, `03-02-2027`).
 * @example parseDate("2028-02-29") // { year: 2028, month: 2, day: 29 }
 */
export function parseDate(date: string): CivilDate {
  const match = datePattern.exec(date);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day };
    }
  }
  throw new RangeError(
    `Not a date (expected YYYY-MM-DD, e.g. 2027-03-28): ${JSON.stringify(date)}`,
  );
}

/** True when `value` is an existing `YYYY-MM-DD` civil date. */
export function isCivilDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    parseDate(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Formats numbers as a `YYYY-MM-DD` civil date (no range check).
 *
 * @example formatDate(2026, 12, 2) // "2026-12-02"
 */
export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Days since 1970-01-01 of a civil date given as numbers (H. Hinnant's
 * `days_from_civil`). Negative before 1970.
 */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date.
 *
 * @example toEpochDay("1970-01-02") // 1
 */
export function toEpochDay(date: string): number {
  const { year, month, day } = parseDate(date);
  return epochDayOf(year, month, day);
}

/** The civil date, as numbers, of a day count since 1970-01-01. */
export function civilOfEpochDay(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The `YYYY-MM-DD` date of a day count since 1970-01-01.
 *
 * @example fromEpochDay(0) // "1970-01-01"
 */
export function fromEpochDay(epochDay: number): string {
  const { year, month, day } = civilOfEpochDay(epochDay);
  return formatDate(year, month, day);
}

/**
 * Adds (or with a negative `days`, subtracts) whole days.
 *
 * @example addDays("2028-02-28", 1) // "2028-02-29"
 * @example addDays("2026-12-31", 1) // "2027-01-01"
 */
export function addDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example daysBetween("2028-02-28", "2028-03-01") // 2
 */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Weekday index (0 = Monday … 6 = Sunday) of a day count since 1970-01-01. */
export function weekdayIndexOfEpochDay(epochDay: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((epochDay + 3) % 7) + 7) % 7;
}

/**
 * Weekday index of a date: 0 = Monday … 6 = Sunday, the order of `weekdays`.
 *
 * @example weekdayIndex("2027-03-28") // 6 (a Sunday)
 */
export function weekdayIndex(date: string): number {
  return weekdayIndexOfEpochDay(toEpochDay(date));
}

/**
 * Weekday key (`mo` … `su`) of a date.
 *
 * @example weekdayOf("2026-12-02") // "we"
 */
export function weekdayOf(date: string): Weekday {
  return weekdays[weekdayIndex(date)] as Weekday;
}

/**
 * Which occurrence of its weekday in its month a date is: 1 for days 1–7, 2 for
 * days 8–14, … 5 for days 29–31.
 *
 * @example nthWeekdayOfMonth("2026-12-16") // 3 (the third Wednesday)
 */
export function nthWeekdayOfMonth(date: string): number {
  return Math.ceil(parseDate(date).day / 7);
}

/**
 * True when no later day of the same month has the same weekday.
 *
 * @example isLastWeekdayOfMonth("2028-02-29") // true (last Tuesday of Feb 2028)
 * @example isLastWeekdayOfMonth("2027-02-23") // true (Feb 2027 has four Tuesdays)
 */
export function isLastWeekdayOfMonth(date: string): boolean {
  const { year, month, day } = parseDate(date);
  return day + 7 > daysInMonth(year, month);
}

/**
 * True when `date` is the `n`th such weekday of its month (`n` 1..5), or the last
 * one when `n` is -1. Any other `n` never matches.
 *
 * @example isNthWeekdayOfMonth("2027-01-29", -1) // true (the 5th and last Friday)
 */
export function isNthWeekdayOfMonth(date: string, n: number): boolean {
  if (n === -1) return isLastWeekdayOfMonth(date);
  return nthWeekdayOfMonth(date) === n;
}

/**
 * The Monday of the (Monday-based) week that contains `date`.
 *
 * @example weekStart("2027-03-28") // "2027-03-22"
 */
export function weekStart(date: string): string {
  const epochDay = toEpochDay(date);
  return fromEpochDay(epochDay - weekdayIndexOfEpochDay(epochDay));
}

/**
 * The seven dates, Monday to Sunday, of the week that contains `date`.
 *
 * @example weekDates("2027-01-01") // ["2026-12-28", …, "2027-01-03"]
 */
export function weekDates(date: string): string[] {
  const epochDay = toEpochDay(date);
  const monday = epochDay - weekdayIndexOfEpochDay(epochDay);
  return Array.from({ length: 7 }, (_, i) => fromEpochDay(monday + i));
}
