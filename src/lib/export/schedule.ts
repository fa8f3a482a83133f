/**
 * Schedule rules for the exports: the RRULE of a rule (one builder for the whole
 * site: `rruleOf` of the calendar export in src/lib/ics), its parts for tables that
 * keep them in columns (Open Referral HSDS), and the rule in words.
 */
import type { ScheduleRule } from "../content/types.ts";
import type { Translate } from "../i18n/translator.ts";
import { ruleText } from "../format/schedule-text.ts";
import { rruleOf } from "../ics/recurrence.ts";

export { rruleOf };

/** The parts of an RRULE that our rules use. */
export interface RruleParts {
  freq: "WEEKLY" | "MONTHLY";
  /** 1 unless the rule repeats every N weeks. */
  interval: number;
  /** Comma-separated days, with an ordinal for monthly rules: "TU,TH", "1WE,3WE", "-1FR". */
  byday: string;
  /** Week start, set when `interval` > 1 (weeks are counted from Monday). */
  wkst?: string;
}

/**
 * The parts of an RRULE value such as `FREQ=MONTHLY;BYDAY=1WE,3WE`.
 *
 * @throws Error for a frequency other than WEEKLY or MONTHLY, or a rule without BYDAY.
 */
export function rruleParts(rrule: string): RruleParts {
  const fields = new Map(
    rrule.split(";").map((part) => {
      const [key = "", value = ""] = part.split("=");
      return [key.toUpperCase(), value] as const;
    }),
  );
  const freq = fields.get("FREQ");
  const byday = fields.get("BYDAY");
  if (freq !== "WEEKLY" && freq !== "MONTHLY") throw new Error(`Unsupported FREQ in "${rrule}"`);
  if (!byday) throw new Error(`No BYDAY in "${rrule}"`);
  const parts: RruleParts = { freq, interval: Number(fields.get("INTERVAL") ?? "1"), byday };
  const wkst = fields.get("WKST");
  if (wkst) parts.wkst = wkst;
  return parts;
}

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
