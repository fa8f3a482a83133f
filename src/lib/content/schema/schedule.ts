/**
 * Schedules and closures: one weekly rule of `schedule` / `openingHours` and one
 * exception of `closed` (a day, or a period). A checked closure is a discriminated
 * union: `{ on }` or `{ from, until }`, each with an optional `note`.
 */
import { z } from "astro/zod";
import { msg } from "../../messages/index.ts";
import { withHint } from "../error-map.ts";
import {
  addCustom,
  always,
  dateSchema,
  isCalendarDateText,
  noDuplicates,
  text,
  timePattern,
  timeSchema,
  weekdaySchema,
  type Loose,
} from "./fields.ts";

/** One weekly rule of `schedule` or `openingHours`. */
export function scheduleRuleSchema() {
  const date = dateSchema();
  return z
    .strictObject({
      /** Weekdays it happens on (mo..su), at least one, each once. */
      days: withHint(
        z.array(weekdaySchema()).min(1).superRefine(noDuplicates("day")),
        msg("hint.days"),
        "[tu, th]",
      ),
      /** Start time, `"HH:MM"` on the 24-hour clock, in the site time zone. */
      from: timeSchema(),
      /** End time, `"HH:MM"`, later than `from` on the same day. */
      to: timeSchema(),
      /** Only these weeks of the month: 1..5 = first..fifth such weekday, -1 = the last. */
      weeks: withHint(
        z
          .array(
            withHint(z.union([z.int().min(1).max(5), z.literal(-1)]), msg("hint.week"), "[1, 3]"),
          )
          .min(1)
          .superRefine(noDuplicates("week")),
        msg("hint.weeks"),
        "[1, 3]",
      ).optional(),
      /** Every N weeks (2 = every other week), counted from `starting`. */
      every: withHint(z.int().min(1).max(52), msg("hint.every"), "2").optional(),
      /** A date on which it happens, from which `every` counts (required when `every` is 2 or more). */
      starting: date.optional(),
      /** First day this rule applies (optional). */
      validFrom: date.optional(),
      /** Last day this rule applies, on or after `validFrom` (optional). */
      validUntil: date.optional(),
    })
    .superRefine((rule, ctx) => {
      const r = rule as Loose;
      const from = r["from"];
      const to = r["to"];
      if (
        typeof from === "string" &&
        typeof to === "string" &&
        timePattern.test(from) &&
        timePattern.test(to) &&
        to <= from
      ) {
        addCustom(ctx, {
          code: "custom",
          path: ["to"],
          message:
            to === from ? msg("rule.sameTime", { to }) : msg("rule.endBeforeStart", { to, from }),
          params: {
            expected: msg("rule.laterThan.expected", { from }),
            example: `from: "${to}"  to: "${from}"`,
          },
        });
      }
      const every = r["every"];
      if (typeof every === "number" && every >= 2 && r["starting"] === undefined) {
        addCustom(ctx, {
          code: "custom",
          path: ["every"],
          message: msg("rule.everyNeedsStarting", { every }),
          params: {
            expected: msg("rule.everyNeedsStarting.expected"),
            example: "starting: 2026-09-05",
          },
        });
      }
      if (r["weeks"] !== undefined && r["every"] !== undefined) {
        addCustom(ctx, {
          code: "custom",
          path: ["weeks"],
          message: msg("rule.weeksOrEvery"),
          params: { expected: msg("rule.weeksOrEvery.expected") },
        });
      }
      const validFrom = r["validFrom"];
      const validUntil = r["validUntil"];
      if (
        isCalendarDateText(validFrom) &&
        isCalendarDateText(validUntil) &&
        validUntil < validFrom
      ) {
        addCustom(ctx, {
          code: "custom",
          path: ["validUntil"],
          message: msg("rule.validUntilBefore", { until: validUntil, from: validFrom }),
          params: { expected: msg("rule.onOrAfter.expected", { date: validFrom }) },
        });
      }
    }, always);
}

/** One exception in `closed`: a day (`on`) or a period (`from` + `until`). */
export function closureSchema() {
  const date = dateSchema();
  return z
    .strictObject({
      /** The one day it is closed. */
      on: date.optional(),
      /** First day of a closed period (needs `until`). */
      from: date.optional(),
      /** Last closed day of the period, inclusive, on or after `from`. */
      until: date.optional(),
      /** Why, in the default language, e.g. `Kerstvakantie` (optional). */
      note: text(msg("hint.shortNote"), "Kerstvakantie").optional(),
    })
    .superRefine((closure, ctx) => {
      const c = closure as Loose;
      const hasOn = c["on"] !== undefined;
      const hasFrom = c["from"] !== undefined;
      const hasUntil = c["until"] !== undefined;
      const example = msg("closed.example");
      if (hasOn && (hasFrom || hasUntil)) {
        addCustom(ctx, {
          code: "custom",
          path: ["on"],
          message: msg("closed.onOrPeriod"),
          params: { expected: msg("closed.onOrPeriod.expected"), example },
        });
      } else if (!hasOn && !hasFrom && !hasUntil) {
        addCustom(ctx, {
          code: "custom",
          message: msg("closed.noDay"),
          params: { expected: msg("closed.onOrPeriod.expected"), example },
        });
      } else if (hasFrom && !hasUntil) {
        addCustom(ctx, {
          code: "custom",
          path: ["from"],
          message: msg("closed.fromNeedsUntil"),
          params: {
            expected: msg("closed.fromNeedsUntil.expected"),
            example: "until: 2027-01-03",
          },
        });
      } else if (hasUntil && !hasFrom) {
        addCustom(ctx, {
          code: "custom",
          path: ["until"],
          message: msg("closed.untilNeedsFrom"),
          params: {
            expected: msg("closed.untilNeedsFrom.expected"),
            example: "from: 2026-12-21",
          },
        });
      }
      const from = c["from"];
      const until = c["until"];
      if (isCalendarDateText(from) && isCalendarDateText(until) && until < from) {
        addCustom(ctx, {
          code: "custom",
          path: ["until"],
          message: msg("closed.untilBefore", { until, from }),
          params: { expected: msg("rule.onOrAfter.expected", { date: from }) },
        });
      }
    }, always)
    .transform(toClosure);
}

/**
 * A checked closure as one of its two shapes: a day (`{ on }`) or a period
 * (`{ from, until }`), each with its `note` when there is one. The refinement above
 * has made sure that exactly one shape is complete.
 */
function toClosure(closure: {
  on?: string | undefined;
  from?: string | undefined;
  until?: string | undefined;
  note?: string | undefined;
}): { on: string; note?: string } | { from: string; until: string; note?: string } {
  const note = closure.note === undefined ? {} : { note: closure.note };
  return closure.on !== undefined
    ? { on: closure.on, ...note }
    : { from: closure.from ?? "", until: closure.until ?? "", ...note };
}
