/**
 * When an entry happens, in spoken sentences: one per schedule rule ("Every Tuesday
 * from ten to twelve."), when it starts or stops, and closures coming up soon
 * ("Not on December twenty-fifth.").
 */
import type { Closure, ScheduleRule } from "../content/model.ts";
import type { Translate } from "../i18n/translator.ts";
import { addDays } from "../schedule/civil-date.ts";
import { cancelledMeetings, currentRules, ruleShape, ruleStatus } from "../schedule/view.ts";
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
  const shape = ruleShape(rule);
  switch (shape.kind) {
    case "monthly": {
      const days = grammar.days(rule.days, "monthly", shape.weeks);
      return sentence(t, locale, "when", "speech.when.monthly", { days, time });
    }
    case "everyNWeeks": {
      const days = grammar.days(rule.days, "every");
      return shape.every === 2
        ? sentence(t, locale, "when", "speech.when.everyOther", { days, time })
        : sentence(t, locale, "when", "speech.when.everyN", {
            weeks: grammar.weeks(shape.every),
            days,
            time,
          });
    }
    case "weekly": {
      const days = grammar.days(rule.days, "weekly");
      return sentence(t, locale, "when", "speech.when.weekly", { days, time });
    }
  }
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
  for (const rule of today ? currentRules(schedule, today) : schedule) {
    result.push(...ruleSentence(rule, speaker));
    if (rule.validFrom && (!today || ruleStatus(rule, today) === "upcoming")) {
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
  const dates = new Set<string>();
  const ranges: Extract<Closure, { from: string }>[] = [];
  for (const { closure, dates: cancelled } of cancelledMeetings(schedule, closed, today, until)) {
    if (isRange(closure)) ranges.push(closure);
    else for (const date of cancelled) dates.add(date);
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
