/**
 * Dutch: "Elke dinsdag van tien tot twaalf uur", "van tien tot half twaalf 's ochtends".
 * Half hours count towards the next hour ("half twaalf" is 11:30); a whole hour says
 * "uur" when it ends the phrase or is followed by the part of the day.
 */
import type { Weekday } from "../../facts.ts";
import * as clockWords from "../clock-words.ts";
import type { DayPattern, SpeechGrammar } from "../types.ts";
import { byWeekday, numberWords, words } from "./tables.ts";

const ones = words(
  "nul één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien " +
    "vijftien zestien zeventien achttien negentien",
);
const tens = words("- - twintig dertig veertig vijftig zestig zeventig tachtig negentig");
const dayNames = byWeekday("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag");
const months = words(
  "januari februari maart april mei juni juli augustus september oktober november december",
);
const ordinals: Record<number, string> = {
  1: "eerste",
  2: "tweede",
  3: "derde",
  4: "vierde",
  5: "vijfde",
  [-1]: "laatste",
};
const periods: Record<clockWords.Period, string> = {
  night: "'s nachts",
  morning: "'s ochtends",
  noon: "'s middags",
  afternoon: "'s middags",
  evening: "'s avonds",
};

// "een" without accent inside a word; "tweeëntwintig" needs the diaeresis.
const number = numberWords(ones, tens, (ten, unit) => {
  const first = unit === 1 ? "een" : (ones[unit] as string);
  return `${first}${first.endsWith("e") ? "ën" : "en"}${ten}`;
});

function clock(t: clockWords.ClockTime, sayUur: boolean): string {
  if (t.midnight) return "middernacht";
  const hour = number(t.hour);
  const next = number(t.nextHour);
  const m = t.minute;
  if (m === 0) return sayUur ? `${hour} uur` : hour;
  if (m === 15) return `kwart over ${hour}`;
  if (m === 30) return `half ${next}`;
  if (m === 45) return `kwart voor ${next}`;
  if (m < 15) return `${number(m)} over ${hour}`;
  if (m < 30) return `${number(30 - m)} voor half ${next}`;
  if (m < 45) return `${number(m - 30)} over half ${next}`;
  return `${number(60 - m)} voor ${next}`;
}

function withPeriod(text: string, period: clockWords.Period | undefined): string {
  return period ? `${text} ${periods[period]}` : text;
}

const list = (items: readonly string[]) => clockWords.joinList(items, "en");

export const nl: SpeechGrammar = {
  locale: "nl",
  number,
  timeRange(from, to) {
    const f = clockWords.clockTime(from);
    const t = clockWords.clockTime(to);
    const plan = clockWords.qualifierPlan(f, t, clockWords.periodOf, true);
    const start = withPeriod(clock(f, plan.from !== undefined), plan.from);
    return `van ${start} tot ${withPeriod(clock(t, true), plan.to)}`;
  },
  days(days: readonly Weekday[], pattern: DayPattern, weeks: readonly number[] = []) {
    const names = list(days.map((d) => dayNames[d]));
    if (pattern !== "monthly") return names;
    return `${list(clockWords.sortedWeeks(weeks).map((w) => ordinals[w] ?? ""))} ${names}`;
  },
  weeks: (n) => `${number(n)} weken`,
  euros(amount) {
    const { euros, cents } = clockWords.eurosAndCents(amount);
    if (euros === 0) return `${number(cents)} cent`;
    const whole = `${number(euros)} euro`;
    if (cents === 0) return whole;
    return cents < 10 ? `${whole} en ${number(cents)} cent` : `${whole} ${number(cents)}`;
  },
  date(date) {
    const { day, month } = clockWords.dayAndMonth(date);
    return `${number(day)} ${months[month - 1]}`;
  },
  list,
};
