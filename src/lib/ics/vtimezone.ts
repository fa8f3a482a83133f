/**
 * A VTIMEZONE (RFC 5545 §3.6.5) for the site time zone, generated from the
 * engine's time-zone data (Intl) instead of a hand-kept table.
 *
 * We look up every UTC-offset change of the zone in a span of years and require
 * them to follow one yearly rule per direction ("last Sunday of March at 02:00",
 * "2nd Sunday of March", "1st Sunday of October"), which holds for the EU, the
 * US, Australia and most zones with daylight saving, or no change at all. A zone
 * whose rules changed within the span (or that uses fixed dates) cannot be one
 * STANDARD + one DAYLIGHT with an RRULE, so it gets a clear error instead of a
 * subtly wrong calendar.
 */
import { weekdays } from "../facts.ts";
import { civilOfEpochDay, daysInMonth, weekdayIndexOfEpochDay } from "../schedule/civil-date.ts";
import { offsetMinutes } from "../schedule/zone.ts";
import { utcOffset } from "./datetime.ts";

/** One STANDARD or DAYLIGHT sub-component. */
export interface Observance {
  kind: "STANDARD" | "DAYLIGHT";
  /** Local wall clock (in `offsetFrom`) of the first change, `YYYYMMDDTHHMMSS`. */
  dtstart: string;
  /** UTC offsets in minutes before and after the change. */
  offsetFrom: number;
  offsetTo: number;
  /** `FREQ=YEARLY;BYMONTH=…;BYDAY=…`, absent for a zone without changes. */
  rrule?: string;
}

interface Change {
  year: number;
  month: number;
  day: number;
  weekday: number;
  /** `HHMMSS` local time (in the old offset) at which the change happens. */
  time: string;
  dtstart: string;
  from: number;
  to: number;
  /** BYDAY values that describe this day: `2SU` (the 2nd) and/or `-1SU` (the last). */
  byDay: string[];
}

const msPerMinute = 60_000;
const msPerDay = 86_400_000;

function offsetAt(ms: number, timeZone: string): number {
  return offsetMinutes(new Date(ms), timeZone);
}

/** The first whole minute after `lo` with the offset of `hi` (offsets differ at lo and hi). */
function changeInstant(lo: number, hi: number, timeZone: string): number {
  const before = offsetAt(lo, timeZone);
  while (hi - lo > msPerMinute) {
    const mid = lo + Math.floor((hi - lo) / 2 / msPerMinute) * msPerMinute;
    if (offsetAt(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function describe(at: number, from: number, to: number): Change {
  const wall = at + from * msPerMinute;
  const epochDay = Math.floor(wall / msPerDay);
  const { year, month, day } = civilOfEpochDay(epochDay);
  const seconds = Math.round((wall - epochDay * msPerDay) / 1000);
  const time = `${pad(Math.floor(seconds / 3600))}${pad(Math.floor(seconds / 60) % 60)}${pad(seconds % 60)}`;
  const weekday = weekdayIndexOfEpochDay(epochDay);
  const code = (weekdays[weekday] as string).toUpperCase();
  const byDay: string[] = [];
  if (day <= 28) byDay.push(`${Math.ceil(day / 7)}${code}`);
  if (day + 7 > daysInMonth(year, month)) byDay.push(`-1${code}`);
  return {
    year,
    month,
    day,
    weekday,
    time,
    dtstart: `${year}${pad(month)}${pad(day)}T${time}`,
    from,
    to,
    byDay,
  };
}

/** Every offset change whose local date falls in `fromYear`..`toYear`. */
function changesIn(timeZone: string, fromYear: number, toYear: number): Change[] {
  const changes: Change[] = [];
  const start = Date.UTC(fromYear, 0, 1) - 2 * msPerDay;
  const end = Date.UTC(toYear + 1, 0, 1) + 2 * msPerDay;
  let previous = offsetAt(start, timeZone);
  for (let t = start + msPerDay; t <= end; t += msPerDay) {
    const current = offsetAt(t, timeZone);
    if (current === previous) continue;
    const at = changeInstant(t - msPerDay, t, timeZone);
    const change = describe(at, previous, current);
    if (change.year >= fromYear && change.year <= toYear) changes.push(change);
    previous = current;
  }
  return changes;
}

function unsupported(timeZone: string, fromYear: number, toYear: number, why: string): Error {
  return new Error(
    `Time zone "${timeZone}" cannot be written to a calendar file for ${fromYear}-${toYear}: ${why}. ` +
      "Calendars support zones with a fixed UTC offset or one daylight-saving rule per year " +
      "(such as Europe/Amsterdam); set timeZone in site.yaml to such a zone.",
  );
}

function yearlyRule(
  changes: Change[],
  years: number,
  fail: (why: string) => Error,
): Observance | undefined {
  const first = changes[0];
  if (!first) return undefined;
  const kind = first.to > first.from ? "DAYLIGHT" : "STANDARD";
  if (changes.length !== years) {
    throw fail(`it has ${changes.length} ${kind.toLowerCase()} changes in ${years} years`);
  }
  const byDay = first.byDay.filter((code) =>
    changes.every(
      (c) =>
        c.byDay.includes(code) &&
        c.month === first.month &&
        c.time === first.time &&
        c.from === first.from &&
        c.to === first.to,
    ),
  );
  // Prefer "last" over "nth" when both always hold (only possible by chance).
  const code = byDay.find((c) => c.startsWith("-1")) ?? byDay[0];
  if (code === undefined) {
    throw fail(`its ${kind.toLowerCase()} change is not on the same weekday of a month every year`);
  }
  return {
    kind,
    dtstart: first.dtstart,
    offsetFrom: first.from,
    offsetTo: first.to,
    rrule: `FREQ=YEARLY;BYMONTH=${first.month};BYDAY=${code}`,
  };
}

const cache = new Map<string, Observance[]>();

/**
 * The STANDARD/DAYLIGHT observances of a zone, valid from `fromYear` through
 * `toYear` (inclusive), checked against Intl for every year in between.
 *
 * @throws Error when the zone's changes do not follow one yearly rule.
 * @example zoneObservances("Europe/Amsterdam", 2025, 2055)[0]
 * // { kind: "DAYLIGHT", dtstart: "20250330T020000", offsetFrom: 60, offsetTo: 120,
 * //   rrule: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" }
 */
export function zoneObservances(timeZone: string, fromYear: number, toYear: number): Observance[] {
  const key = `${timeZone} ${fromYear} ${toYear}`;
  const known = cache.get(key);
  if (known) return known;
  const fail = (why: string) => unsupported(timeZone, fromYear, toYear, why);
  const changes = changesIn(timeZone, fromYear, toYear);
  let observances: Observance[];
  if (changes.length === 0) {
    const offset = offsetAt(Date.UTC(fromYear, 0, 1), timeZone);
    observances = [
      { kind: "STANDARD", dtstart: `${fromYear}0101T000000`, offsetFrom: offset, offsetTo: offset },
    ];
  } else {
    const years = toYear - fromYear + 1;
    const daylight = yearlyRule(
      changes.filter((c) => c.to > c.from),
      years,
      fail,
    );
    const standard = yearlyRule(
      changes.filter((c) => c.to < c.from),
      years,
      fail,
    );
    if (!daylight || !standard || daylight.offsetTo !== standard.offsetFrom) {
      throw fail("its offset changes do not alternate between two offsets");
    }
    observances = [daylight, standard].sort((a, b) => a.dtstart.localeCompare(b.dtstart));
  }
  cache.set(key, observances);
  return observances;
}

/**
 * The VTIMEZONE content lines for `timeZone`, valid from `fromYear` through
 * `toYear` (default 30 years on). Start a year before the first event, so
 * every event lies after the first observance.
 *
 * @throws Error for a zone that cannot be written as yearly rules (see above).
 */
export function vtimezoneLines(
  timeZone: string,
  fromYear: number,
  toYear = fromYear + 30,
): string[] {
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  for (const o of zoneObservances(timeZone, fromYear, toYear)) {
    lines.push(
      `BEGIN:${o.kind}`,
      `TZOFFSETFROM:${utcOffset(o.offsetFrom)}`,
      `TZOFFSETTO:${utcOffset(o.offsetTo)}`,
      `DTSTART:${o.dtstart}`,
    );
    if (o.rrule) lines.push(`RRULE:${o.rrule}`);
    lines.push(`END:${o.kind}`);
  }
  lines.push("END:VTIMEZONE");
  return lines;
}
