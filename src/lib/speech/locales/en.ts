/** English: "Every Tuesday from ten to twelve", "half past eleven in the morning". */
import type { Weekday } from "../../facts.ts";
import * as clockWords from "../clock-words.ts";
import { byWeekday, numberWords, words } from "./tables.ts";
import type { DayPattern, SpeechGrammar } from "../types.ts";

const ones = words(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " +
    "fifteen sixteen seventeen eighteen nineteen",
);
const tens = words("- - twenty thirty forty fifty sixty seventy eighty ninety");
const irregularOrdinals: Record<number, string> = {
  1: "first",
  2: "second",
  3: "third",
  5: "fifth",
  8: "eighth",
  9: "ninth",
  12: "twelfth",
};
const dayNames = byWeekday("Monday Tuesday Wednesday Thursday Friday Saturday Sunday");
const months = words(
  "January February March April May June July August September October November December",
);
const periods: Record<clockWords.Period, string> = {
  night: "at night",
  morning: "in the morning",
  noon: "in the afternoon",
  afternoon: "in the afternoon",
  evening: "in the evening",
};

const number = numberWords(ones, tens, (ten, unit) => `${ten}-${ones[unit]}`);

function ordinal(n: number): string {
  const irregular = irregularOrdinals[n];
  if (irregular) return irregular;
  if (n < 20) return `${number(n)}th`;
  const unit = n % 10;
  const ten = tens[Math.floor(n / 10)] as string;
  return unit === 0 ? `${ten.slice(0, -1)}ieth` : `${ten}-${ordinal(unit)}`;
}

function clock(t: clockWords.ClockTime): string {
  if (t.midnight) return "midnight";
  const hour = number(t.hour);
  switch (t.minute) {
    case 0:
      return hour;
    case 15:
      return `quarter past ${hour}`;
    case 30:
      return `half past ${hour}`;
    case 45:
      return `quarter to ${number(t.nextHour)}`;
    default:
      return t.minute < 10 ? `${hour} oh ${number(t.minute)}` : `${hour} ${number(t.minute)}`;
  }
}

function withPeriod(text: string, period: clockWords.Period | undefined): string {
  return period ? `${text} ${periods[period]}` : text;
}

const list = (items: readonly string[]) => clockWords.joinList(items, "and");

export const en: SpeechGrammar = {
  locale: "en",
  number,
  timeRange(from, to) {
    const f = clockWords.clockTime(from);
    const t = clockWords.clockTime(to);
    const plan = clockWords.qualifierPlan(f, t, clockWords.periodOf, true);
    return `from ${withPeriod(clock(f), plan.from)} to ${withPeriod(clock(t), plan.to)}`;
  },
  days(days: readonly Weekday[], pattern: DayPattern, weeks: readonly number[] = []) {
    const names = list(days.map((d) => dayNames[d]));
    if (pattern !== "monthly") return names;
    const ordinals = clockWords.sortedWeeks(weeks).map((w) => (w === -1 ? "last" : ordinal(w)));
    return `${list(ordinals)} ${names}`;
  },
  weeks: (n) => `${number(n)} weeks`,
  euros(amount) {
    const { euros, cents } = clockWords.eurosAndCents(amount);
    const whole = `${number(euros)} ${euros === 1 ? "euro" : "euros"}`;
    if (cents === 0) return whole;
    if (euros === 0) return `${number(cents)} ${cents === 1 ? "cent" : "cents"}`;
    return cents < 10
      ? `${whole} and ${number(cents)} ${cents === 1 ? "cent" : "cents"}`
      : `${whole} ${number(cents)}`;
  },
  date(date) {
    const { day, month } = clockWords.dayAndMonth(date);
    return `${months[month - 1]} ${ordinal(day)}`;
  },
  list,
};
