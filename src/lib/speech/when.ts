/**
 * When an entry happens, in spoken sentences: one per schedule rule ("Every Tuesday
 * from ten to twelve."), when it starts or stops, and closures coming up soon
 * ("Not on December twenty-fifth.").
 */
import type { Closure, ScheduleRule } from "../content/types.ts";
import type { Translate } from "../i18n/translator.ts";
import { addDays } from "../schedule/civil-date.ts";
import { skippedOccurrencesBetween } from "../schedule/occurrences.ts";
import { sentence } from "./sentence.ts";
import type { SpeechGrammar, SpokenSegment } from "./types.ts";

/** How many days ahead (today included) read-aloud mentions closures. */
export const closureLookAheadDays = 14;

interface Speaker {
  locale: string;
  t: Translate;
  grammar: SpeechGrammar;
}

/** The sentence of one rule, without its validity. */
function ruleSentence(rule: ScheduleRule, { locale, t, grammar }: Speaker): SpokenSegment[] {
  const time = grammar.timeRange(rule.from, rule.to);
  if (rule.weeks?.length) {
    const days = grammar.days(rule.days, "monthly", rule.weeks);
    return sentence(t, locale, "when", "speech.when.monthly", { days, time });
  }
  if (rule.every && rule.every > 1) {
    const days = grammar.days(rule.days, "every");
    return rule.every === 2
      ? sentence(t, locale, "when", "speech.when.everyOther", { days, time })
      : sentence(t, locale, "when", "speech.when.everyN", {
          weeks: grammar.weeks(rule.every),
          days,
          time,
        });
  }
  const days = grammar.days(rule.days, "weekly");
  return sentence(t, locale, "when", "speech.when.weekly", { days, time });
}

/**
 * Sentences for every rule. With `today`, rules that have ended are left out and a
 * start date is only said while it is still ahead.
 */
export function whenSegments(
  schedule: readonly ScheduleRule[],
  speaker: Speaker,
  today?: string,
): SpokenSegment[] {
  const { locale, t, grammar } = speaker;
  const result: SpokenSegment[] = [];
  for (const rule of schedule) {
    if (today && rule.validUntil && rule.validUntil < today) continue;
    result.push(...ruleSentence(rule, speaker));
    if (rule.validFrom && (!today || rule.validFrom > today)) {
      const date = grammar.date(rule.validFrom);
      result.push(...sentence(t, locale, "when", "speech.validFrom", { date }));
    }
    if (rule.validUntil) {
      const date = grammar.date(rule.validUntil);
      result.push(...sentence(t, locale, "when", "speech.validUntil", { date }));
    }
  }
  return result;
}

function isRange(closure: Closure): closure is Extract<Closure, { from: string }> {
  return "from" in closure && closure.from !== closure.until;
}

/**
 * Closures that cancel a meeting in the next `closureLookAheadDays` days from
 * `today`: single days in one sentence ("Not on … and …"), each range in its own.
 */
export function closedSegments(
  schedule: readonly ScheduleRule[],
  closed: readonly Closure[],
  speaker: Speaker,
  today: string,
): SpokenSegment[] {
  const { locale, t, grammar } = speaker;
  const until = addDays(today, closureLookAheadDays - 1);
  const skipped = skippedOccurrencesBetween(schedule, closed, today, until, "UTC");
  const dates = new Set<string>();
  const ranges = new Set<Extract<Closure, { from: string }>>();
  for (const occurrence of skipped) {
    const closure = occurrence.closure as Closure;
    if (isRange(closure)) ranges.add(closure);
    else dates.add(occurrence.date);
  }
  const result: SpokenSegment[] = [];
  if (dates.size > 0) {
    const date = grammar.list([...dates].sort().map((d) => grammar.date(d)));
    result.push(...sentence(t, locale, "closed", "speech.closedOn", { date }));
  }
  for (const range of ranges) {
    result.push(
      ...sentence(t, locale, "closed", "speech.closedRange", {
        from: grammar.date(range.from),
        until: grammar.date(range.until),
      }),
    );
  }
  return result;
}
