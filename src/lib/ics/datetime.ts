/**
 * Date-time values as iCalendar writes them (RFC 5545 §3.3.5): local wall-clock
 * `YYYYMMDDTHHMMSS` for use with a TZID, UTC `YYYYMMDDTHHMMSSZ`, and UTC offsets.
 */
import { addDays } from "../schedule/index.ts";
import { parseTime } from "../schedule/clock.ts";

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/**
 * A civil date and an `HH:MM` wall-clock time as a local DATE-TIME. `24:00`
 * becomes midnight at the start of the next day (iCalendar has no hour 24).
 *
 * @example localDateTime("2026-10-25", "10:00") // "20261025T100000"
 * @example localDateTime("2026-10-25", "24:00") // "20261026T000000"
 */
export function localDateTime(date: string, time: string): string {
  const minutes = parseTime(time);
  const day = minutes === 1440 ? addDays(date, 1) : date;
  const hhmm = minutes % 1440;
  return `${day.replaceAll("-", "")}T${pad(Math.floor(hhmm / 60))}${pad(hhmm % 60)}00`;
}

/**
 * An instant as a UTC DATE-TIME, whole seconds.
 *
 * @example utcDateTime(new Date("2027-03-31T21:59:59Z")) // "20270331T215959Z"
 */
export function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/**
 * A UTC offset in minutes as a UTC-OFFSET value (`+0100`, `-0330`).
 *
 * @example utcOffset(-210) // "-0330"
 */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}
