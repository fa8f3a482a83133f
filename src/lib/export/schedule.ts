/**
 * Schedule rules for the exports: the RRULE of a rule (one builder for the whole
 * site: `rruleOf` of the calendar export in src/lib/ics) and the rule in words.
 * Tables that keep the RRULE in columns (Open Referral HSDS) take its parts from
 * `recurrenceParts` in src/lib/schedule/view.ts.
 */
import type { ScheduleRule } from "../content/model.ts";
import type { Translate } from "../i18n/translator.ts";
import { ruleText } from "../format/schedule-text.ts";
import { rruleOf } from "../ics/recurrence.ts";

export { rruleOf };

/**
 * One rule in words, with its time and validity: "Every week on Tuesday 10:00–12:00".
 *
 * @example ruleWords({ days: ["fr"], weeks: [-1], from: "18:00", to: "20:00" }, "en", t)
 * // "Every month on the last Friday 18:00–20:00"
 */
export function ruleWords(rule: ScheduleRule, locale: string, t: Translate): string {
  const text = ruleText(rule, locale, t);
  const words = `${text.days} ${text.time}`;
  return text.validity ? `${words} (${text.validity})` : words;
}
