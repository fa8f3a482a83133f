/**
 * The site time zone: converting between instants (`Date`) and the site's local
 * wall clock, using only `Intl.DateTimeFormat` with an explicit `timeZone`. The
 * device's time zone (the `TZ` environment variable, `Date#getHours` and friends)
 * is never consulted.
 */
import type { Weekday } from "../facts.ts";
import { epochDayOf, fromEpochDay, toEpochDay, weekdayOf } from "./civil-date.ts";
import { formatTime, parseTime } from "./clock.ts";

/** The local wall clock of an instant in a time zone. */
export interface ZonedDateTime {
  /** Local civil date, `YYYY-MM-DD`. */
  date: string;
  /** Local time, `HH:MM` (seconds dropped). */
  time: string;
  weekday: Weekday;
}

const msPerMinute = 60_000;
const msPerDay = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown time zone, which is what we want.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Local wall clock of the instant `ms` (whole seconds) as "milliseconds since
 * 1970-01-01T00:00 as if that wall clock were UTC".
 */
function wallClockMs(ms: number, timeZone: string): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    switch (part.type) {
      case "year":
        year = Number(part.value);
        break;
      case "month":
        month = Number(part.value);
        break;
      case "day":
        day = Number(part.value);
        break;
      case "hour":
        // Some engines wrote midnight as "24" before hourCycle was honoured.
        hour = Number(part.value) % 24;
        break;
      case "minute":
        minute = Number(part.value);
        break;
      case "second":
        second = Number(part.value);
        break;
    }
  }
  return epochDayOf(year, month, day) * msPerDay + ((hour * 60 + minute) * 60 + second) * 1000;
}

/** UTC offset in milliseconds (local minus UTC) at the instant `ms`. */
function offsetMsAt(ms: number, timeZone: string): number {
  const wholeSeconds = Math.floor(ms / 1000) * 1000;
  return wallClockMs(wholeSeconds, timeZone) - wholeSeconds;
}

function checkInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Invalid Date");
  return ms;
}

/**
 * The UTC offset, in minutes, of a time zone at an instant (local minus UTC).
 *
 * @example offsetMinutes(new Date("2027-03-28T01:00:00Z"), "Europe/Amsterdam") // 120
 */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return offsetMsAt(checkInstant(instant), timeZone) / msPerMinute;
}

/**
 * The site-local wall clock (date, `HH:MM`, weekday) of an instant.
 *
 * @example
 * zonedDateTime(new Date("2026-07-01T22:30:00Z"), "Europe/Amsterdam")
 * // { date: "2026-07-02", time: "00:30", weekday: "th" }
 */
export function zonedDateTime(instant: Date, timeZone: string): ZonedDateTime {
  const wall = wallClockMs(checkInstant(instant), timeZone);
  const epochDay = Math.floor(wall / msPerDay);
  const date = fromEpochDay(epochDay);
  const minutes = Math.floor((wall - epochDay * msPerDay) / msPerMinute);
  return { date, time: formatTime(minutes), weekday: weekdayOf(date) };
}

/**
 * The site time zone when site.yaml names none: the schema's default and every
 * fallback before site.yaml is read use this one constant.
 */
export const defaultTimeZone = "Europe/Amsterdam";

/**
 * The site-local civil date at an instant: what "today" means on the site, for the
 * pages, the content check, `npm run stale`, `npm run new` and read-aloud alike
 * (each passes `buildNow()`, so `BUURTGIDS_NOW` pins it everywhere).
 *
 * @example today(new Date("2026-12-31T23:30:00Z"), "Europe/Amsterdam") // "2027-01-01"
 */
export function today(now: Date, timeZone: string): string {
  return zonedDateTime(now, timeZone).date;
}

/*
 * Per zone and civil day: the offsets in force well before local midnight and
 * well after the local end of the day. When they are equal (nearly every day)
 * the day has no transition and a wall-clock time converts with one subtraction.
 */
const dayOffsets = new Map<string, Map<number, readonly [number, number]>>();
const maxCachedDaysPerZone = 20_000;

function offsetsAroundDay(epochDay: number, timeZone: string): readonly [number, number] {
  let byDay = dayOffsets.get(timeZone);
  if (!byDay) {
    byDay = new Map();
    dayOffsets.set(timeZone, byDay);
  }
  let offsets = byDay.get(epochDay);
  if (!offsets) {
    const midnightAsUtc = epochDay * msPerDay;
    // Offsets lie within -12h..+14h, so local midnight is after `midnight - 14h`
    // and the end of the local day (24:00) is before `midnight + 36h`.
    offsets = [
      offsetMsAt(midnightAsUtc - 14 * 3_600_000, timeZone),
      offsetMsAt(midnightAsUtc + 36 * 3_600_000, timeZone),
    ];
    if (byDay.size >= maxCachedDaysPerZone) byDay.clear();
    byDay.set(epochDay, offsets);
  }
  return offsets;
}

/**
 * The instant at which the site's wall clock shows `time` on `date`.
 *
 * Daylight-saving transitions are resolved like RFC 5545 and Temporal's
 * `"compatible"` disambiguation:
 * - a time that is skipped (spring forward, e.g. 02:30 on 2027-03-28 in
 *   Europe/Amsterdam) is moved forward by the length of the gap (03:30 CEST);
 * - a time that occurs twice (fall back, e.g. 02:30 on 2026-10-25) means the
 *   first, earlier instant (02:30 CEST, 00:30 UTC).
 * `24:00` means midnight at the end of `date`. Assumes at most one transition
 * within about a day and a half around `date`, true for every real zone.
 *
 * @example instantOf("2027-03-28", "10:00", "Europe/Amsterdam") // 2027-03-28T08:00:00Z
 * @example instantOf("2027-03-21", "10:00", "Europe/Amsterdam") // 2027-03-21T09:00:00Z
 */
export function instantOf(date: string, time: string, timeZone: string): Date {
  return instantOfEpochDay(toEpochDay(date), parseTime(time), timeZone);
}

/**
 * `instantOf` for an epoch day (see civil-date.ts) and minutes since midnight
 * (0..1440): the form the occurrence loops use, to parse each rule only once.
 */
export function instantOfEpochDay(epochDay: number, minutes: number, timeZone: string): Date {
  const wall = epochDay * msPerDay + minutes * msPerMinute;
  const [before, after] = offsetsAroundDay(epochDay, timeZone);
  if (before === after) return new Date(wall - before);
  const early = wall - before;
  const late = wall - after;
  const earlyFits = offsetMsAt(early, timeZone) === before;
  const lateFits = offsetMsAt(late, timeZone) === after;
  if (earlyFits && lateFits) return new Date(Math.min(early, late));
  if (lateFits) return new Date(late);
  // Either only the old offset fits, or the time falls in a gap: with the
  // offset from before the transition a skipped time lands after the gap.
  return new Date(early);
}
