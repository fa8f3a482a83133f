/**
 * The schedule view: the questions every output asks of a schedule, answered in
 * one place, so the entry page, cards, week strip, posters, spoken text, `.ics`,
 * HSDS, JSON-LD, providers and search facets never disagree.
 *
 * - Which rules are current on a date: `ruleStatus`, `currentRules`. A rule whose
 *   `validUntil` lies before the date has ended and is left out everywhere a
 *   reader looks today; one whose `validFrom` lies ahead is `upcoming` (shown,
 *   with "from <date>").
 * - What shape a rule has: `ruleShape` (weekly, monthly nth weekday, every N
 *   weeks) and, from it, its iCalendar recurrence parts: `recurrenceParts`.
 * - Which closures are still ahead: `upcomingClosures`, and which meetings they
 *   cancel: `cancelledMeetings`.
 * - Whether a rule or an occurrence is in the evening or the weekend:
 *   `isEveningOrWeekend` (and its halves `isEvening`, `isWeekend`).
 * - All of it for one entry on one date: `scheduleView`, what a page renders.
 */
import type { Closure, ScheduleRule } from "../content/model.ts";
import { weekdays, type Weekday } from "../facts.ts";
import { weekdayOf } from "./civil-date.ts";
import { eveningStartsAt, parseTime } from "./clock.ts";
import { skippedOccurrencesBetween } from "./occurrences.ts";
import { activeWeekdays, compileRule } from "./rules.ts";

/* ------------------------------------------------------------------ current */

/**
 * Where a rule stands on a civil date: `ended` (its `validUntil` is before the
 * date), `upcoming` (its `validFrom` is after it) or `current`.
 *
 * @example ruleStatus({ days: ["mo"], from: "10:00", to: "11:00", validUntil: "2026-10-31" }, "2026-11-25") // "ended"
 * @example ruleStatus({ days: ["mo"], from: "10:00", to: "11:00", validFrom: "2027-01-04" }, "2026-11-25") // "upcoming"
 */
export function ruleStatus(rule: ScheduleRule, date: string): "ended" | "upcoming" | "current" {
  if (rule.validUntil !== undefined && rule.validUntil < date) return "ended";
  if (rule.validFrom !== undefined && rule.validFrom > date) return "upcoming";
  return "current";
}

/**
 * The rules that have not ended on `date` (upcoming ones included), in their order:
 * the rules a page, a poster or read-aloud shows.
 *
 * @example currentRules([{ days: ["mo"], from: "10:00", to: "11:00", validUntil: "2026-10-31" }], "2026-11-25") // []
 */
export function currentRules<R extends ScheduleRule>(rules: readonly R[], date: string): R[] {
  return rules.filter((rule) => ruleStatus(rule, date) !== "ended");
}

/* -------------------------------------------------------------------- shape */

/** How a rule repeats: every week, on nth weekdays of the month, or every N weeks. */
export type RuleShape =
  | { kind: "weekly" }
  /** `weeks` in reading order (1..5, then -1 for the last), each once. */
  | { kind: "monthly"; weeks: number[] }
  /** `every` is 2 or more; weeks are counted from `starting` (or `validFrom`). */
  | { kind: "everyNWeeks"; every: number };

function isMonthWeek(week: number): boolean {
  return Number.isInteger(week) && ((week >= 1 && week <= 5) || week === -1);
}

/**
 * The shape of a rule. `weeks` makes it monthly; else an `every` above 1 makes it
 * every N weeks; else it is weekly (`every: 1` included).
 *
 * @example ruleShape({ days: ["we"], weeks: [3, 1], from: "14:00", to: "16:00" }) // { kind: "monthly", weeks: [1, 3] }
 * @example ruleShape({ days: ["mo"], every: 2, starting: "2026-09-07", from: "19:30", to: "21:00" }) // { kind: "everyNWeeks", every: 2 }
 */
export function ruleShape(rule: ScheduleRule): RuleShape {
  if (rule.weeks !== undefined && rule.weeks.length > 0) {
    const weeks = [...new Set(rule.weeks.filter(isMonthWeek))].sort(
      (a, b) => (a === -1 ? 99 : a) - (b === -1 ? 99 : b),
    );
    return { kind: "monthly", weeks };
  }
  if (rule.every !== undefined && rule.every > 1) return { kind: "everyNWeeks", every: rule.every };
  return { kind: "weekly" };
}

/** The parts of an iCalendar RRULE (RFC 5545) that our rules use. */
export interface RecurrenceParts {
  freq: "WEEKLY" | "MONTHLY";
  /** 1 unless the rule repeats every N weeks. */
  interval: number;
  /** Days, Monday first, with an ordinal for monthly rules: ["TU", "TH"], ["1WE", "3WE"], ["-1FR"]. */
  byday: string[];
  /** Week start, set when `interval` > 1 (weeks are counted from Monday, as on the site). */
  wkst?: "MO";
}

/**
 * The recurrence of a rule as RRULE parts, or `undefined` when it never occurs (no
 * days, no possible week of the month, or every N weeks without a date to count from).
 *
 * @throws Error for `weeks` together with `every`, which the content check refuses
 *   and an RRULE cannot say.
 * @example recurrenceParts({ days: ["fr"], weeks: [-1], from: "18:00", to: "20:00" })
 * // { freq: "MONTHLY", interval: 1, byday: ["-1FR"] }
 */
export function recurrenceParts(rule: ScheduleRule): RecurrenceParts | undefined {
  const compiled = compileRule(rule);
  if (compiled.every === 0 || compiled.days.length === 0) return undefined;
  const codes = compiled.days.map((d) => (weekdays[d] as string).toUpperCase());
  const shape = ruleShape(rule);
  switch (shape.kind) {
    case "monthly":
      if (compiled.every > 1) {
        throw new Error("A rule with both `weeks` and `every` cannot be written as an RRULE");
      }
      if (shape.weeks.length === 0) return undefined;
      return {
        freq: "MONTHLY",
        interval: 1,
        byday: shape.weeks.flatMap((w) => codes.map((c) => `${w}${c}`)),
      };
    case "everyNWeeks":
      return { freq: "WEEKLY", interval: compiled.every, byday: codes, wkst: "MO" };
    case "weekly":
      return { freq: "WEEKLY", interval: 1, byday: codes };
  }
}

/* ----------------------------------------------------------------- closures */

/** The last day a closure covers. */
function closureEnd(closure: Closure): string {
  return "on" in closure ? closure.on : closure.until;
}

/**
 * The closures not over on `date` (one ending that day still counts), in the order
 * written: what a page lists under "closed" and the HSDS `alert` says.
 *
 * @example upcomingClosures([{ on: "2026-11-01" }, { on: "2026-12-25" }], "2026-11-25") // [{ on: "2026-12-25" }]
 */
export function upcomingClosures<C extends Closure>(
  closed: readonly C[] | undefined,
  date: string,
): C[] {
  return (closed ?? []).filter((closure) => closureEnd(closure) >= date);
}

/** A closure with the meetings it cancels. */
export interface CancelledMeetings {
  closure: Closure;
  /** Dates (`YYYY-MM-DD`, ascending) of the meetings it cancels in the window. */
  dates: string[];
}

/**
 * The upcoming closures that cancel at least one meeting from `fromDate` to
 * `untilDate` (inclusive), each with the dates it cancels, ordered by the first
 * date it cancels. A meeting covered by two closures counts for the first written.
 *
 * @example
 * cancelledMeetings([{ days: ["tu"], from: "10:00", to: "12:00" }],
 *   [{ on: "2026-12-08" }, { on: "2026-12-09" }], "2026-12-01", "2026-12-14")
 * // [{ closure: { on: "2026-12-08" }, dates: ["2026-12-08"] }]
 */
export function cancelledMeetings(
  schedule: readonly ScheduleRule[],
  closed: readonly Closure[] | undefined,
  fromDate: string,
  untilDate: string,
): CancelledMeetings[] {
  const upcoming = upcomingClosures(closed, fromDate);
  // Only dates matter here, so any fixed zone will do for the instants.
  const skipped = skippedOccurrencesBetween(schedule, upcoming, fromDate, untilDate, "UTC");
  const byClosure = new Map<Closure, string[]>();
  for (const occurrence of skipped) {
    const closure = occurrence.closure as Closure;
    const dates = byClosure.get(closure) ?? [];
    if (!dates.includes(occurrence.date)) dates.push(occurrence.date);
    byClosure.set(closure, dates);
  }
  return [...byClosure].map(([closure, dates]) => ({ closure, dates: dates.sort() }));
}

/* ---------------------------------------------------------- evening/weekend */

/** A rule, or one occurrence of it: its start time and its weekdays or its date. */
export type Slot = { from: string; to?: string } & (
  { days: readonly Weekday[] } | { date: string }
);

/**
 * True when it starts at or after 18:00.
 *
 * @example isEvening({ from: "18:00" }) // true
 */
export function isEvening(slot: { from: string }): boolean {
  return parseTime(slot.from) >= eveningStartsAt;
}

/**
 * True when it falls on a Saturday or Sunday (a rule: on any of its days).
 *
 * @example isWeekend({ days: ["fr", "sa"], from: "10:00" }) // true
 * @example isWeekend({ date: "2027-03-28", from: "10:00" }) // true (a Sunday)
 */
export function isWeekend(slot: Slot): boolean {
  const days = "days" in slot ? slot.days : [weekdayOf(slot.date)];
  return days.includes("sa") || days.includes("su");
}

/**
 * True when a rule or occurrence belongs on the "evenings and weekends" page: it
 * starts at or after 18:00, or it falls on a Saturday or Sunday.
 *
 * @example isEveningOrWeekend({ days: ["tu"], from: "19:00", to: "21:00" }) // true
 * @example isEveningOrWeekend({ days: ["tu"], from: "16:00", to: "19:00" }) // false
 */
export function isEveningOrWeekend(slot: Slot): boolean {
  return isEvening(slot) || isWeekend(slot);
}

/* --------------------------------------------------------------- the view */

/** One rule as an output shows it. */
export interface RuleView<R extends ScheduleRule = ScheduleRule> {
  rule: R;
  /** Its position in the entry's schedule. */
  index: number;
  status: "current" | "upcoming";
  shape: RuleShape;
}

/** What a page shows of an entry's schedule on a date. */
export interface ScheduleView<R extends ScheduleRule = ScheduleRule> {
  date: string;
  /** The rules that have not ended, in their order. */
  rules: RuleView<R>[];
  /** The weekdays of those rules, Monday first: the ticks of the week strip. */
  days: Weekday[];
  /** Closures not over yet, in the order written. */
  closures: Closure[];
}

/**
 * The schedule of an initiative (`schedule`) or a place (`openingHours`) as shown on
 * `date`: current rules with their shape, the week strip's days, closures ahead.
 *
 * @example
 * scheduleView({ schedule: [{ days: ["sa"], from: "10:00", to: "11:00", validUntil: "2026-10-01" }], closed: [] },
 *   "2026-11-25").days // [] (the rule has ended: no day ticked)
 */
export function scheduleView<R extends ScheduleRule>(
  entry: { schedule?: readonly R[]; openingHours?: readonly R[]; closed?: readonly Closure[] },
  date: string,
): ScheduleView<R> {
  const all = entry.schedule ?? entry.openingHours ?? [];
  const rules: RuleView<R>[] = [];
  all.forEach((rule, index) => {
    const status = ruleStatus(rule, date);
    if (status !== "ended") rules.push({ rule, index, status, shape: ruleShape(rule) });
  });
  return {
    date,
    rules,
    days: activeWeekdays(rules.map((r) => r.rule)),
    closures: upcomingClosures(entry.closed, date),
  };
}
