/**
 * Recurring schedule rules (the `schedule` / `openingHours` of the content
 * contract): on which civil dates a rule occurs. No time zones here; see
 * `occurrences.ts` for instants.
 *
 * How the optional parts of a rule combine (all must hold):
 * - `days`: the weekdays; an empty list never occurs.
 * - `validFrom` / `validUntil`: inclusive civil dates; either may be absent.
 * - `weeks`: the nth such weekday of the month, 1..5, or -1 for the last one.
 *   `[1, 3]` on `we` is the 1st and 3rd Wednesday. An empty list or no list means
 *   every week; values outside 1..5 and -1 never match.
 * - `every: N` with `starting`: weeks are Monday-based; the rule occurs in the
 *   week that contains `starting` and every Nth week before and after it. So
 *   `starting` is an anchor, not a start: dates before it in matching weeks occur
 *   too (use `validFrom` to begin later), and every listed day of a matching week
 *   counts, including days earlier in that week than `starting`. Without
 *   `starting`, `validFrom` anchors; with neither, or with an `every` that is not
 *   a positive integer, the rule never occurs (`ruleProblems` reports it).
 *   `every: 1` is weekly.
 */
import type { ScheduleRule } from "../content/model.ts";
import { weekdays, type Weekday } from "../facts.ts";
import {
  civilOfEpochDay,
  daysInMonth,
  fromEpochDay,
  isCivilDate,
  toEpochDay,
  weekdayIndexOfEpochDay,
} from "./civil-date.ts";
import { isClockTime, parseTime } from "./clock.ts";

/** A rule prepared for fast repeated tests, on epoch days (see civil-date.ts). */
export interface CompiledRule {
  /** Weekday indices (0 = Monday), sorted, without duplicates. */
  days: number[];
  first: number;
  last: number;
  /** Empty = every week of the month. */
  weeks: ReadonlySet<number>;
  /** 1 = weekly; 0 = never (invalid `every` or no anchor). */
  every: number;
  /** Epoch day of the Monday of the anchor week (when `every` > 1). */
  anchorMonday: number;
}

function mondayOf(epochDay: number): number {
  return epochDay - weekdayIndexOfEpochDay(epochDay);
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/**
 * Prepares a rule for `compiledRuleOccursOn` / `compiledRuleDays`.
 *
 * @throws RangeError when a date field is not a valid `YYYY-MM-DD` date.
 */
export function compileRule(rule: ScheduleRule): CompiledRule {
  const days = [...new Set(rule.days.map((d) => weekdays.indexOf(d)).filter((i) => i >= 0))].sort(
    (a, b) => a - b,
  );
  const first = rule.validFrom === undefined ? -Infinity : toEpochDay(rule.validFrom);
  const last = rule.validUntil === undefined ? Infinity : toEpochDay(rule.validUntil);
  let every = rule.every ?? 1;
  let anchorMonday = 0;
  if (!Number.isInteger(every) || every < 1) {
    every = 0;
  } else if (every > 1) {
    const anchor = rule.starting ?? rule.validFrom;
    if (anchor === undefined) every = 0;
    else anchorMonday = mondayOf(toEpochDay(anchor));
  }
  return {
    days,
    first,
    last,
    weeks: new Set(rule.weeks ?? []),
    every,
    anchorMonday,
  };
}

function inWeeksOfMonth(weeks: ReadonlySet<number>, epochDay: number): boolean {
  if (weeks.size === 0) return true;
  const { year, month, day } = civilOfEpochDay(epochDay);
  if (weeks.has(Math.ceil(day / 7))) return true;
  return weeks.has(-1) && day + 7 > daysInMonth(year, month);
}

/** `ruleOccursOn` for a compiled rule and an epoch day. */
export function compiledRuleOccursOn(rule: CompiledRule, epochDay: number): boolean {
  if (epochDay < rule.first || epochDay > rule.last || rule.every === 0) return false;
  if (!rule.days.includes(weekdayIndexOfEpochDay(epochDay))) return false;
  if (rule.every > 1 && mod((mondayOf(epochDay) - rule.anchorMonday) / 7, rule.every) !== 0) {
    return false;
  }
  return inWeeksOfMonth(rule.weeks, epochDay);
}

/**
 * The epoch days from `from` to `until` (inclusive) on which a compiled rule
 * occurs, ascending. Walks week by week (skipping non-matching weeks of an
 * `every` rule), so the cost is proportional to the occurrences, not the days.
 */
export function compiledRuleDays(rule: CompiledRule, from: number, until: number): number[] {
  const lo = Math.max(from, rule.first);
  const hi = Math.min(until, rule.last);
  const result: number[] = [];
  if (lo > hi || rule.every === 0 || rule.days.length === 0) return result;
  let monday = mondayOf(lo);
  if (rule.every > 1) {
    const behind = mod((monday - rule.anchorMonday) / 7, rule.every);
    if (behind !== 0) monday += (rule.every - behind) * 7;
  }
  const step = rule.every * 7;
  for (; monday <= hi; monday += step) {
    for (const weekday of rule.days) {
      const day = monday + weekday;
      if (day < lo) continue;
      if (day > hi) break;
      if (inWeeksOfMonth(rule.weeks, day)) result.push(day);
    }
  }
  return result;
}

/**
 * True when the rule occurs on the civil date (closures are not considered).
 *
 * @example
 * ruleOccursOn({ days: ["we"], weeks: [1, 3], from: "14:00", to: "16:00" }, "2026-12-16") // true
 * ruleOccursOn({ days: ["we"], weeks: [1, 3], from: "14:00", to: "16:00" }, "2026-12-09") // false
 */
export function ruleOccursOn(rule: ScheduleRule, date: string): boolean {
  return compiledRuleOccursOn(compileRule(rule), toEpochDay(date));
}

/**
 * The civil dates from `fromDate` to `untilDate` (inclusive) on which the rule
 * occurs, ascending (closures are not considered).
 *
 * @example
 * ruleDatesBetween({ days: ["tu"], weeks: [-1], from: "10:00", to: "12:00" }, "2028-02-01", "2028-03-31")
 * // ["2028-02-29", "2028-03-28"]
 */
export function ruleDatesBetween(
  rule: ScheduleRule,
  fromDate: string,
  untilDate: string,
): string[] {
  return compiledRuleDays(compileRule(rule), toEpochDay(fromDate), toEpochDay(untilDate)).map(
    fromEpochDay,
  );
}

/**
 * What is wrong with a rule, in plain English, or `[]`. The logic here never
 * throws for these mistakes except on unparsable dates and times; it just
 * yields no occurrences for a rule that cannot be understood.
 *
 * @example ruleProblems({ days: ["mo"], from: "12:00", to: "10:00" })
 * // ["`to` (10:00) must be later than `from` (12:00) on the same day"]
 */
export function ruleProblems(rule: ScheduleRule): string[] {
  const problems: string[] = [];
  if (rule.days.length === 0) problems.push("`days` lists no weekday");
  for (const day of rule.days) {
    if (!(weekdays as readonly string[]).includes(day)) {
      problems.push(`unknown weekday ${JSON.stringify(day)} (use ${weekdays.join(", ")})`);
    }
  }
  const fromOk = isClockTime(rule.from);
  const toOk = isClockTime(rule.to);
  if (!fromOk) problems.push(`\`from\` is not a time like 09:30: ${JSON.stringify(rule.from)}`);
  if (!toOk) problems.push(`\`to\` is not a time like 12:00: ${JSON.stringify(rule.to)}`);
  if (fromOk && toOk && parseTime(rule.to) <= parseTime(rule.from)) {
    problems.push(`\`to\` (${rule.to}) must be later than \`from\` (${rule.from}) on the same day`);
  }
  for (const week of rule.weeks ?? []) {
    if (!(Number.isInteger(week) && ((week >= 1 && week <= 5) || week === -1))) {
      problems.push(
        `\`weeks\` may hold 1 to 5, or -1 for the last one, not ${JSON.stringify(week)}`,
      );
    }
  }
  if (rule.every !== undefined) {
    if (!Number.isInteger(rule.every) || rule.every < 1) {
      problems.push(
        `\`every\` must be a whole number of weeks, 1 or more, not ${JSON.stringify(rule.every)}`,
      );
    } else if (rule.every > 1 && rule.starting === undefined && rule.validFrom === undefined) {
      problems.push("`every` needs `starting`: a date in a week when it takes place");
    }
  }
  for (const field of ["starting", "validFrom", "validUntil"] as const) {
    const value = rule[field];
    if (value !== undefined && !isCivilDate(value)) {
      problems.push(`\`${field}\` is not a date like 2027-03-28: ${JSON.stringify(value)}`);
    }
  }
  if (
    isCivilDate(rule.validFrom) &&
    isCivilDate(rule.validUntil) &&
    rule.validUntil < rule.validFrom
  ) {
    problems.push(
      `\`validUntil\` (${rule.validUntil}) is before \`validFrom\` (${rule.validFrom})`,
    );
  }
  return problems;
}

/** The weekdays any of the rules can fall on, Monday first (for the seven-day strip). */
export function activeWeekdays(rules: readonly ScheduleRule[]): Weekday[] {
  return weekdays.filter((day) => rules.some((rule) => rule.days.includes(day)));
}
