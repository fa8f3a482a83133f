/**
 * One schedule rule as an iCalendar recurrence: the first date (DTSTART), the
 * RRULE, the last date (for UNTIL) and the dates a closure cancels (EXDATE).
 * Every date here comes from the schedule logic itself (src/lib/schedule), so a
 * calendar app shows exactly the meetings the site shows.
 *
 * Which first date: a calendar series needs a start, but a rule without
 * `validFrom` has none. We start at the rule's anchor: `validFrom` when set;
 * otherwise the Monday of the entry's reference week (the week it was last
 * verified: the rule was true then), or for an every-N-weeks rule the Monday of
 * the week of `starting` if that is earlier. DTSTART is the first date on or
 * after the anchor on which the rule really occurs, so for `every: N` it lies in
 * a counted week and the RRULE's INTERVAL (weeks from Monday, WKST=MO) keeps the
 * same parity as `src/lib/schedule/rules.ts`.
 */
import type { Closure, ScheduleRule } from "../content/model.ts";
import { fromEpochDay, toEpochDay, weekdayIndexOfEpochDay } from "../schedule/civil-date.ts";
import { compileRule, compiledRuleDays } from "../schedule/rules.ts";
import { occurrencesBetween } from "../schedule/occurrences.ts";
import { recurrenceParts, ruleShape } from "../schedule/view.ts";

/** What a VEVENT needs to repeat like the rule. */
export interface Recurrence {
  /** First date on which the rule occurs from its anchor, `YYYY-MM-DD`. */
  first: string;
  /** RRULE value without UNTIL, e.g. `FREQ=MONTHLY;BYDAY=1WE,3WE`. */
  rrule: string;
  /** Last date the series may reach (the rule's `validUntil`). */
  last?: string;
  /** Dates of meetings that a closure cancels, ascending. */
  exdates: string[];
}

/** How far ahead to look for a first meeting: 28 years covers every weekday/leap-year pattern. */
const searchDays = 28 * 366;

function mondayOf(epochDay: number): number {
  return epochDay - weekdayIndexOfEpochDay(epochDay);
}

/** The anchor (see above) as an epoch day. */
function anchorDay(rule: ScheduleRule, reference: string): number {
  if (rule.validFrom !== undefined) return toEpochDay(rule.validFrom);
  const referenceMonday = mondayOf(toEpochDay(reference));
  if (ruleShape(rule).kind === "everyNWeeks" && rule.starting !== undefined) {
    return Math.min(referenceMonday, mondayOf(toEpochDay(rule.starting)));
  }
  return referenceMonday;
}

/**
 * The RRULE value (without UNTIL) for a rule, or `undefined` when it never occurs:
 * the recurrence parts of the schedule view, written out.
 *
 * @throws Error for `weeks` together with `every`, which the content check refuses
 *   and an RRULE cannot say.
 * @example rruleOf({ days: ["tu", "th"], from: "10:00", to: "12:00" }) // "FREQ=WEEKLY;BYDAY=TU,TH"
 * @example rruleOf({ days: ["fr"], weeks: [-1], from: "18:00", to: "20:00" }) // "FREQ=MONTHLY;BYDAY=-1FR"
 */
export function rruleOf(rule: ScheduleRule): string | undefined {
  const parts = recurrenceParts(rule);
  if (parts === undefined) return undefined;
  return [
    `FREQ=${parts.freq}`,
    ...(parts.interval > 1 ? [`INTERVAL=${parts.interval}`] : []),
    `BYDAY=${parts.byday.join(",")}`,
    ...(parts.wkst ? [`WKST=${parts.wkst}`] : []),
  ].join(";");
}

/** The latest date any closure covers (EXDATEs are never needed after it). */
function lastClosedDay(closed: readonly Closure[]): number | undefined {
  const days = closed.map((c) => toEpochDay("on" in c ? c.on : c.until));
  return days.length > 0 ? Math.max(...days) : undefined;
}

/**
 * The recurrence of one rule of an entry, or `undefined` when the rule has no
 * meeting on or after its anchor (expired, or never occurs).
 *
 * @param reference the entry's reference date (its `lastVerified`), see above.
 * @example
 * ruleRecurrence({ days: ["mo"], every: 2, starting: "2026-09-07", from: "19:30", to: "21:00" },
 *   [], "2026-10-01", "Europe/Amsterdam")
 * // { first: "2026-09-07", rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=MO", exdates: [] }
 */
export function ruleRecurrence(
  rule: ScheduleRule,
  closed: readonly Closure[],
  reference: string,
  timeZone: string,
): Recurrence | undefined {
  const rrule = rruleOf(rule);
  if (rrule === undefined) return undefined;
  const compiled = compileRule(rule);
  const anchor = anchorDay(rule, reference);
  const last = compiled.last;
  const firstDay =
    compiledRuleDays(compiled, anchor, Math.min(anchor + 366, last))[0] ??
    compiledRuleDays(compiled, anchor, Math.min(anchor + searchDays, last))[0];
  if (firstDay === undefined) return undefined;
  const first = fromEpochDay(firstDay);
  const recurrence: Recurrence = { first, rrule, exdates: [] };
  if (Number.isFinite(last)) recurrence.last = fromEpochDay(last);
  const exdatesUntil = Math.min(last, lastClosedDay(closed) ?? -Infinity);
  if (exdatesUntil >= firstDay) {
    recurrence.exdates = occurrencesBetween(
      [rule],
      closed,
      first,
      fromEpochDay(exdatesUntil),
      timeZone,
      {
        includeClosed: true,
      },
    )
      .filter((o) => o.closure !== undefined)
      .map((o) => o.date);
  }
  return recurrence;
}
