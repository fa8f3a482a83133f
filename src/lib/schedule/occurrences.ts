/**
 * Occurrences: the concrete meetings a schedule yields, with their instants in
 * the site time zone, minus (or, on request, marked with) their closures.
 */
import type { Closure, ScheduleRule } from "../content/model.ts";
import { fromEpochDay, toEpochDay } from "./civil-date.ts";
import { compileClosures, compiledClosureOn, type CompiledClosure } from "./closures.ts";
import { compileRule, compiledRuleDays, type CompiledRule } from "./rules.ts";
import { parseTime } from "./clock.ts";
import { instantOfEpochDay, today, zonedDateTime } from "./zone.ts";

/** One meeting of one rule on one civil date. */
export interface Occurrence {
  /** Site-local civil date, `YYYY-MM-DD`. */
  date: string;
  /** The rule's wall-clock `from`/`to`, `HH:MM`, as written in the content. */
  from: string;
  to: string;
  /** Instants of `from` and `to` on `date` in the site time zone (see `instantOf`). */
  start: Date;
  end: Date;
  /** Index of the rule in the schedule it came from. */
  ruleIndex: number;
  /** Set when the occurrence is cancelled by a closure (only with `includeClosed`). */
  closure?: Closure;
}

/** Options for the occurrence queries. */
export interface OccurrenceOptions {
  /**
   * Also return occurrences cancelled by a closure, each with its `closure`, so a
   * page can say "not this week: <note>". Default `false`.
   */
  includeClosed?: boolean;
}

/** Options for `nextOccurrences`. */
export interface NextOccurrenceOptions extends OccurrenceOptions {
  /** How many days ahead to look at most (default 731, about two years). */
  horizonDays?: number;
}

/** Anything with a schedule: an initiative (`schedule`) or a place (`openingHours`). */
export interface Schedulable {
  schedule?: readonly ScheduleRule[];
  openingHours?: readonly ScheduleRule[];
  closed?: readonly Closure[];
}

interface Prepared {
  rules: readonly ScheduleRule[];
  compiled: CompiledRule[];
  closed: CompiledClosure[];
}

function prepare(
  schedule: readonly ScheduleRule[],
  closed: readonly Closure[] | undefined,
): Prepared {
  return {
    rules: schedule,
    compiled: schedule.map(compileRule),
    closed: compileClosures(closed),
  };
}

function byStart(a: Occurrence, b: Occurrence): number {
  return (
    a.start.getTime() - b.start.getTime() ||
    a.end.getTime() - b.end.getTime() ||
    a.ruleIndex - b.ruleIndex
  );
}

function collect(
  prepared: Prepared,
  first: number,
  last: number,
  timeZone: string,
  includeClosed: boolean,
): Occurrence[] {
  const result: Occurrence[] = [];
  prepared.compiled.forEach((compiled, ruleIndex) => {
    const rule = prepared.rules[ruleIndex] as ScheduleRule;
    const days = compiledRuleDays(compiled, first, last);
    if (days.length === 0) return;
    const fromMinutes = parseTime(rule.from);
    const toMinutes = parseTime(rule.to);
    for (const epochDay of days) {
      const closure = compiledClosureOn(prepared.closed, epochDay);
      if (closure && !includeClosed) continue;
      const occurrence: Occurrence = {
        date: fromEpochDay(epochDay),
        from: rule.from,
        to: rule.to,
        start: instantOfEpochDay(epochDay, fromMinutes, timeZone),
        end: instantOfEpochDay(epochDay, toMinutes, timeZone),
        ruleIndex,
      };
      if (closure) occurrence.closure = closure;
      result.push(occurrence);
    }
  });
  return result.sort(byStart);
}

/**
 * All occurrences on the civil dates `fromDate`..`untilDate` (inclusive, site
 * dates), sorted by start. Closed occurrences are left out unless
 * `includeClosed`, when they come with their `closure`.
 *
 * @example
 * occurrencesBetween(
 *   [{ days: ["we"], from: "14:00", to: "16:00" }],
 *   [{ from: "2026-12-21", until: "2027-01-03", note: "Christmas break" }],
 *   "2026-12-14", "2027-01-10", "Europe/Amsterdam",
 * ).map((o) => o.date) // ["2026-12-16", "2027-01-06"]
 */
export function occurrencesBetween(
  schedule: readonly ScheduleRule[],
  closed: readonly Closure[] | undefined,
  fromDate: string,
  untilDate: string,
  timeZone: string,
  options: OccurrenceOptions = {},
): Occurrence[] {
  return collect(
    prepare(schedule, closed),
    toEpochDay(fromDate),
    toEpochDay(untilDate),
    timeZone,
    options.includeClosed ?? false,
  );
}

/**
 * Only the occurrences cancelled by a closure on `fromDate`..`untilDate`, each
 * with its `closure`: what a page shows as "not this week: <note>".
 *
 * @example
 * skippedOccurrencesBetween(rules, [{ on: "2026-12-09", note: "Sinterklaas" }],
 *   "2026-12-07", "2026-12-13", "Europe/Amsterdam")[0]?.closure?.note // "Sinterklaas"
 */
export function skippedOccurrencesBetween(
  schedule: readonly ScheduleRule[],
  closed: readonly Closure[] | undefined,
  fromDate: string,
  untilDate: string,
  timeZone: string,
): Occurrence[] {
  if (!closed || closed.length === 0) return [];
  return occurrencesBetween(schedule, closed, fromDate, untilDate, timeZone, {
    includeClosed: true,
  }).filter((o) => o.closure !== undefined);
}

/**
 * The next `count` occurrences that have not ended at `now`: one in progress
 * comes first. Looks at most `horizonDays` (default about two years) ahead and
 * stops at the last `validUntil` when every rule has one, so it returns fewer
 * than `count` (possibly none) for a schedule that ends, without searching long.
 *
 * @example
 * nextOccurrences([{ days: ["su"], from: "10:00", to: "11:00" }], [],
 *   new Date("2027-03-28T08:30:00Z"), "Europe/Amsterdam", 1)[0]?.date // "2027-03-28" (in progress)
 */
export function nextOccurrences(
  schedule: readonly ScheduleRule[],
  closed: readonly Closure[] | undefined,
  now: Date,
  timeZone: string,
  count: number,
  options: NextOccurrenceOptions = {},
): Occurrence[] {
  const result: Occurrence[] = [];
  if (count <= 0 || schedule.length === 0) return result;
  const prepared = prepare(schedule, closed);
  const includeClosed = options.includeClosed ?? false;
  const nowMs = now.getTime();
  const first = toEpochDay(today(now, timeZone));
  const lastValid = Math.max(...prepared.compiled.map((rule) => rule.last));
  const last = Math.min(first + (options.horizonDays ?? 731), lastValid);
  let chunk = 14;
  for (let from = first; from <= last; from += chunk, chunk = Math.min(chunk * 2, 366)) {
    const until = Math.min(from + chunk - 1, last);
    for (const occurrence of collect(prepared, from, until, timeZone, includeClosed)) {
      if (occurrence.end.getTime() <= nowMs) continue;
      result.push(occurrence);
      if (result.length >= count) return result;
    }
  }
  return result;
}

/**
 * The occurrence in progress at `instant` (start ≤ instant < end), judged by the
 * site's wall clock, or `undefined`. Closed occurrences never count. When two
 * overlap, the one that started first is returned.
 *
 * @example
 * isOpenAt([{ days: ["su"], from: "10:00", to: "11:00" }], [],
 *   new Date("2027-03-28T08:30:00Z"), "Europe/Amsterdam") // the 10:00 CEST occurrence
 */
export function isOpenAt(
  schedule: readonly ScheduleRule[],
  closed: readonly Closure[] | undefined,
  instant: Date,
  timeZone: string,
): Occurrence | undefined {
  const { date } = zonedDateTime(instant, timeZone);
  const ms = instant.getTime();
  return occurrencesBetween(schedule, closed, date, date, timeZone).find(
    (o) => o.start.getTime() <= ms && ms < o.end.getTime(),
  );
}

/**
 * Occurrences of many entries in one pass, so a page computes each entry's
 * schedule once and then filters or groups the result. Uses `schedule` (an
 * initiative) or else `openingHours` (a place), and `closed`.
 *
 * @example
 * const week = occurrencesForMany(guide.initiatives, monday, sunday, site.timeZone);
 * week.get(initiative) // that initiative's occurrences, sorted by start
 */
export function occurrencesForMany<T extends Schedulable>(
  entries: Iterable<T>,
  fromDate: string,
  untilDate: string,
  timeZone: string,
  options: OccurrenceOptions = {},
): Map<T, Occurrence[]> {
  const first = toEpochDay(fromDate);
  const last = toEpochDay(untilDate);
  const includeClosed = options.includeClosed ?? false;
  const result = new Map<T, Occurrence[]>();
  for (const entry of entries) {
    const prepared = prepare(entry.schedule ?? entry.openingHours ?? [], entry.closed);
    result.set(entry, collect(prepared, first, last, timeZone, includeClosed));
  }
  return result;
}

/**
 * Flattens the result of `occurrencesForMany` into one list sorted by start
 * (ties keep entry order): the "this week" or "today" timeline.
 *
 * @example timeline(occurrencesForMany(entries, day, day, tz)).map((x) => x.entry.slug)
 */
export function timeline<T>(
  byEntry: ReadonlyMap<T, readonly Occurrence[]>,
): Array<{ entry: T; occurrence: Occurrence }> {
  const all: Array<{ entry: T; occurrence: Occurrence }> = [];
  for (const [entry, occurrences] of byEntry) {
    for (const occurrence of occurrences) all.push({ entry, occurrence });
  }
  // Array#sort is stable, so equal starts keep entry order.
  return all.sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime());
}
