/**
 * The regular weekly pattern for the wall: a poster hangs for weeks, so it lists
 * every rule's days and times (not this week's dates), and says in words when a
 * rule is not every week (first Wednesday of the month, every other week).
 */
import type { Initiative, ScheduleRule } from "../content/model.ts";
import { weekdays, type Weekday } from "../facts.ts";
import type { Translate } from "../i18n/translator.ts";
import { ruleDaysText, ruleValidityText } from "../format/schedule-text.ts";
import { currentRules, ruleShape, ruleStatus } from "../schedule/view.ts";

export interface PosterRow<I extends Initiative = Initiative> {
  day: Weekday;
  initiative: I;
  /** The rule narrowed to this one day, for "every first Monday" in words. */
  rule: ScheduleRule;
}

export interface PosterDay<I extends Initiative = Initiative> {
  day: Weekday;
  rows: PosterRow<I>[];
}

/**
 * Monday to Sunday, each day with what happens then at a place: one row per rule and
 * day, earliest first (then by end time and slug, so the order is stable). A rule that
 * has ended on `today` is not printed.
 */
export function placeWeek<I extends Initiative>(
  initiatives: readonly I[],
  today: string,
): PosterDay<I>[] {
  return weekdays.map((day) => {
    const rows = initiatives.flatMap((initiative) =>
      currentRules(initiative.schedule, today)
        .filter((rule) => rule.days.includes(day))
        .map((rule) => ({ day, initiative, rule: { ...rule, days: [day] } })),
    );
    rows.sort(
      (a, b) =>
        a.rule.from.localeCompare(b.rule.from) ||
        a.rule.to.localeCompare(b.rule.to) ||
        a.initiative.slug.localeCompare(b.initiative.slug),
    );
    return { day, rows };
  });
}

/**
 * What a rule's days and time do not already say, in words: "Every month on the first
 * Wednesday", "until 31 March", "from 1 March" (a start already passed on `today` is
 * left out: the wall needs no history). A plain weekly rule gives [].
 */
export function ruleNotes(
  rule: ScheduleRule,
  locale: string,
  t: Translate,
  today: string,
): string[] {
  const notes = ruleShape(rule).kind === "weekly" ? [] : [ruleDaysText(rule, locale, t)];
  const { validFrom: _, ...rest } = rule;
  const shown = ruleStatus(rule, today) === "upcoming" ? rule : rest;
  const validity = ruleValidityText(shown, locale, t);
  return validity ? [...notes, validity] : notes;
}

/**
 * Where to split a list into two columns of about equal height, keeping its order:
 * the count of items in the first column (at least 1 when there are two or more).
 */
export function splitPoint(weights: readonly number[]): number {
  if (weights.length < 2) return weights.length;
  const total = weights.reduce((sum, w) => sum + w, 0);
  let best = 1;
  let bestHeight = Infinity;
  let first = 0;
  for (let k = 1; k < weights.length; k++) {
    first += weights[k - 1] ?? 0;
    const height = Math.max(first, total - first);
    // On a tie the first column takes more days (Monday side fuller, as people read).
    if (height <= bestHeight) {
      bestHeight = height;
      best = k;
    }
  }
  return best;
}

/**
 * The period a place poster is right for, from `today` (the day it is made): until
 * the first day after which one of its rows has ended (the last day of the rule that
 * ends first), or open-ended when no rule it shows has an end. A rule that starts
 * later is on the poster already, with "from <date>".
 */
export function posterPeriod(
  rows: readonly { rule: ScheduleRule }[],
  today: string,
): { from: string; until?: string } {
  const ends = rows
    .map(({ rule }) => rule.validUntil)
    .filter((date): date is string => date !== undefined && date >= today)
    .sort();
  return ends[0] ? { from: today, until: ends[0] } : { from: today };
}
