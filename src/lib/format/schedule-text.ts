/**
 * Schedules in words for the reader's language: "Every month on the first and third
 * Wednesday", "Every other week on Saturday". Facts come from the rule; only the
 * sentence pattern comes from the UI strings.
 */
import type { Closure, ScheduleRule } from "../content/model.ts";
import type { Translate } from "../i18n/translator.ts";
import { ruleShape } from "../schedule/view.ts";
import { formatDate, formatList, formatTimeRange, weekdayName } from "./intl.ts";

/** The days-and-frequency part of a rule, without the time. */
export function ruleDaysText(rule: ScheduleRule, locale: string, t: Translate): string {
  const days = formatList(
    rule.days.map((d) => weekdayName(d, locale)),
    locale,
  );
  const shape = ruleShape(rule);
  switch (shape.kind) {
    case "monthly": {
      const ordinals = shape.weeks.map((w) => t(`schedule.ordinal.${w}`));
      return t("schedule.monthly", { weeks: formatList(ordinals, locale), days });
    }
    case "everyNWeeks":
      return shape.every === 2
        ? t("schedule.everyOther", { days })
        : t("schedule.everyN", { count: shape.every, days });
    case "weekly":
      return t("schedule.weekly", { days });
  }
}

/** The validity window of a rule in words, or "" when it has none. */
export function ruleValidityText(rule: ScheduleRule, locale: string, t: Translate): string {
  const parts: string[] = [];
  if (rule.validFrom) parts.push(t("schedule.from", { date: formatDate(rule.validFrom, locale) }));
  if (rule.validUntil)
    parts.push(t("schedule.until", { date: formatDate(rule.validUntil, locale) }));
  return parts.length > 1 ? formatList(parts, locale) : (parts[0] ?? "");
}

export interface RuleText {
  days: string;
  time: string;
  validity: string;
}

/** Everything a reader needs to know about one rule, as separate short phrases. */
export function ruleText(rule: ScheduleRule, locale: string, t: Translate): RuleText {
  return {
    days: ruleDaysText(rule, locale, t),
    time: formatTimeRange(rule.from, rule.to, locale),
    validity: ruleValidityText(rule, locale, t),
  };
}

/**
 * A closure in words: "Closed on Friday 25 December" or a range. The note stays
 * apart: it is written in the default language and is marked up with that `lang`.
 */
export function closureText(closure: Closure, locale: string, t: Translate): string {
  return "on" in closure
    ? t("schedule.closedOn", { date: formatDate(closure.on, locale) })
    : t("schedule.closedRange", {
        from: formatDate(closure.from, locale),
        until: formatDate(closure.until, locale),
      });
}
