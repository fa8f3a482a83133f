/**
 * Civil dates as volunteers write them: `YYYY-MM-DD`. The `yaml` package (YAML 1.2
 * core schema) keeps `2026-11-02` as a string, so dates are checked here as text.
 */

import { msg, say, type Msg, type ToolKey } from "../messages/index.ts";
import { daysInMonth } from "../schedule/civil-date.ts";

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` has the form `YYYY-MM-DD` (it may still be a day that does not exist). */
export function hasDateForm(text: string): boolean {
  return isoDatePattern.test(text);
}

/**
 * Why `text` is not a real calendar date, as a message, or `undefined` when it is one.
 * Assumes the `YYYY-MM-DD` form was checked before.
 */
export function calendarDateMsg(text: string): Msg | undefined {
  const match = isoDatePattern.exec(text);
  if (!match) return msg("date.notDate", { text });
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return msg("date.badMonth", { text, month: match[2] ?? "" });
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return msg("date.badDay", {
      text,
      monthName: msg(`month.${month}` as ToolKey),
      year: String(year),
      days: last,
    });
  }
  return undefined;
}

/** Why `text` is not a real calendar date, in plain English words, or `undefined`. */
export function calendarDateProblem(text: string): string | undefined {
  const problem = calendarDateMsg(text);
  return problem && say(problem);
}

/** True when `text` is `YYYY-MM-DD` and a day that exists. */
export function isCalendarDate(text: string): boolean {
  return hasDateForm(text) && calendarDateMsg(text) === undefined;
}

/**
 * The time zone name as the runtime spells it (e.g. `Europe/Amsterdam` for
 * `europe/amsterdam`), or `undefined` when `timeZone` is not an IANA name.
 */
export function knownTimeZone(timeZone: string): string | undefined {
  if (!timeZone.includes("/") && timeZone.toUpperCase() !== "UTC") return undefined;
  try {
    return new Intl.DateTimeFormat("en", { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
