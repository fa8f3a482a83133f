/**
 * The questions about when it happens: which days, from and until what time, and how
 * often (every week, some weeks of the month, every other week). Each time is checked
 * as it is typed by part-checks.ts, in the volunteer's language.
 */
import * as p from "@clack/prompts";
import { weekdays, type Weekday } from "../../lib/facts.ts";
import { formatList, weekdayName } from "../../lib/format/intl.ts";
import type { TimeSlot } from "../../lib/new-entry/index.ts";
import { slotProblem, startingProblem } from "../../lib/new-entry/part-checks.ts";
import { ask, listQuestion, type Asking } from "./ask.ts";

/** Weeks of the month as the question offers them: the first … the fourth, the last. */
function monthWeeks({ t }: Asking) {
  return [
    { value: 1, label: t("new.week.first") },
    { value: 2, label: t("new.week.second") },
    { value: 3, label: t("new.week.third") },
    { value: 4, label: t("new.week.fourth") },
    { value: -1, label: t("new.week.last") },
  ];
}

/** How often a time happens: every week, some weeks of the month, or every other week. */
async function askHowOften(
  slot: TimeSlot,
  asking: Asking,
): Promise<Pick<TimeSlot, "weeks" | "every" | "starting">> {
  const { t, lang, context } = asking;
  const often = await ask(
    p.select<"weekly" | "monthly" | "fortnightly">({
      ...listQuestion(asking, t("new.question.howOften")),
      options: [
        { value: "weekly", label: t("new.often.weekly") },
        { value: "monthly", label: t("new.often.monthly"), hint: t("new.often.monthly.hint") },
        { value: "fortnightly", label: t("new.often.fortnightly") },
      ],
    }),
  );
  if (often === "weekly") return {};
  if (often === "monthly") {
    const days = formatList(
      slot.days.map((day) => weekdayName(day, lang)),
      lang,
    );
    const weeks = await ask(
      p.multiselect<number>({
        ...listQuestion(asking, t("new.question.weeks", { days }), true),
        options: monthWeeks(asking),
        required: true,
      }),
    );
    return { weeks };
  }
  const starting = await ask(
    p.text({
      message: t("new.question.starting"),
      placeholder: "2026-09-05",
      validate: (v) => startingProblem(slot, v ?? "", context, lang),
    }),
  );
  return { every: 2, starting: starting.trim() };
}

/** One weekly time: which days, from and until what time, how often. */
export async function askTime(before: readonly TimeSlot[], asking: Asking): Promise<TimeSlot> {
  const { t, lang, context } = asking;
  const days = await ask(
    p.multiselect<Weekday>({
      ...listQuestion(
        asking,
        t(before.length ? "new.question.daysAgain" : "new.question.days"),
        true,
      ),
      options: weekdays.map((day) => ({ value: day, label: day, hint: weekdayName(day, lang) })),
      required: true,
    }),
  );
  const from = await ask(
    p.text({
      message: t("new.question.from"),
      placeholder: "10:00",
      validate: (v) => slotProblem({ days, from: v ?? "" }, "from", context, lang),
    }),
  );
  const to = await ask(
    p.text({
      message: t("new.question.to"),
      placeholder: "12:00",
      validate: (v) => slotProblem({ days, from, to: v ?? "" }, "to", context, lang),
    }),
  );
  return { days, from, to, ...(await askHowOften({ days, from, to }, asking)) };
}
