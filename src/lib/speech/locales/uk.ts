/**
 * Ukrainian: hours as feminine ordinals in the genitive after "з"/"до" ("з десятої
 * до дванадцятої"), half hours towards the next hour ("пів на дванадцяту" is 11:30),
 * "щовівторка" for every Tuesday, dates as genitive ordinals ("двадцять пʼятого
 * грудня"). The apostrophe is ʼ (U+02BC), as in the UI strings.
 */
import type { Weekday } from "../../facts.ts";
import * as clockWords from "../clock-words.ts";
import type { DayPattern, SpeechGrammar } from "../types.ts";
import { byWeekday, numberWords, pluralWord, words } from "./tables.ts";

const ones = words(
  "нуль один два три чотири пʼять шість сім вісім девʼять десять одинадцять дванадцять " +
    "тринадцять чотирнадцять пʼятнадцять шістнадцять сімнадцять вісімнадцять девʼятнадцять",
);
const tens = words(
  "- - двадцять тридцять сорок пʼятдесят шістдесят сімдесят вісімдесят девʼяносто",
);
/** Feminine ordinals (година): genitive after "з"/"до", accusative after "пів на". */
const hoursGenitive = words(
  "- першої другої третьої четвертої пʼятої шостої сьомої восьмої девʼятої десятої " +
    "одинадцятої дванадцятої",
);
const hoursAccusative = words(
  "- першу другу третю четверту пʼяту шосту сьому восьму девʼяту десяту одинадцяту дванадцяту",
);
/** Genitive masculine ordinals for the day of the month (1–20; 30 below). */
const dayOrdinals = words(
  "- першого другого третього четвертого пʼятого шостого сьомого восьмого девʼятого " +
    "десятого одинадцятого дванадцятого тринадцятого чотирнадцятого пʼятнадцятого " +
    "шістнадцятого сімнадцятого вісімнадцятого девʼятнадцятого двадцятого",
);
const months = words(
  "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
);
const everyDay = byWeekday(
  "щопонеділка щовівторка щосереди щочетверга щопʼятниці щосуботи щонеділі",
);
const dayGenitive = byWeekday("понеділка вівторка середи четверга пʼятниці суботи неділі");
const dayAccusative = byWeekday("понеділок вівторок середу четвер пʼятницю суботу неділю");
const feminineDays: ReadonlySet<Weekday> = new Set(["we", "fr", "sa", "su"]);
const weekOrdinals: Record<number, [masculine: string, feminine: string]> = {
  1: ["першого", "першої"],
  2: ["другого", "другої"],
  3: ["третього", "третьої"],
  4: ["четвертого", "четвертої"],
  5: ["пʼятого", "пʼятої"],
  [-1]: ["останнього", "останньої"],
};
const periods: Record<clockWords.Period, string> = {
  night: "ночі",
  morning: "ранку",
  noon: "дня",
  afternoon: "дня",
  evening: "вечора",
};

const number = numberWords(ones, tens);

function clock(t: clockWords.ClockTime): string {
  if (t.midnight) return "опівночі";
  if (t.minute === 30) return `пів на ${hoursAccusative[t.nextHour]}`;
  const hour = hoursGenitive[t.hour] as string;
  if (t.minute === 0) return hour;
  // Other minutes as read off a clock: "десятої пʼятнадцять", "десятої нуль пʼять".
  return t.minute < 10 ? `${hour} нуль ${number(t.minute)}` : `${hour} ${number(t.minute)}`;
}

function withPeriod(t: clockWords.ClockTime, p: clockWords.Period | undefined): string {
  return p ? `${clock(t)} ${periods[p]}` : clock(t);
}

/** "у вівторок" (у before в), otherwise "в суботу". */
function onDay(day: Weekday): string {
  return `${day === "tu" ? "у" : "в"} ${dayAccusative[day]}`;
}

const list = (items: readonly string[]) => clockWords.joinList(items, "і");

function dayOrdinal(n: number): string {
  if (n <= 20) return dayOrdinals[n] as string;
  const unit = n % 10;
  if (n === 30) return "тридцятого";
  return `${n < 30 ? "двадцять" : "тридцять"} ${dayOrdinals[unit]}`;
}

export const uk: SpeechGrammar = {
  locale: "uk",
  number,
  timeRange(from, to) {
    const f = clockWords.clockTime(from);
    const t = clockWords.clockTime(to);
    const plan = clockWords.qualifierPlan(f, t, clockWords.periodOf, true);
    return `з ${withPeriod(f, plan.from)} до ${withPeriod(t, plan.to)}`;
  },
  days(days: readonly Weekday[], pattern: DayPattern, weeks: readonly number[] = []) {
    if (pattern === "weekly") return list(days.map((d) => everyDay[d]));
    if (pattern === "every") return list(days.map(onDay));
    const each = days.map((d) => {
      const g = feminineDays.has(d) ? 1 : 0;
      const which = list(clockWords.sortedWeeks(weeks).map((w) => weekOrdinals[w]?.[g] ?? ""));
      return `${g ? "кожної" : "кожного"} ${which} ${dayGenitive[d]}`;
    });
    return list(each);
  },
  weeks: (n) =>
    `${number(n)} ${pluralWord("uk", n, { one: "тиждень", few: "тижні", other: "тижнів" })}`,
  euros(amount) {
    const { euros, cents } = clockWords.eurosAndCents(amount);
    const centWords = `${number(cents)} ${pluralWord("uk", cents, { one: "цент", few: "центи", other: "центів" })}`;
    if (euros === 0) return centWords;
    // "євро" does not change after a number.
    const whole = `${number(euros)} євро`;
    return cents === 0 ? whole : `${whole} ${centWords}`;
  },
  date(date) {
    const { day, month } = clockWords.dayAndMonth(date);
    return `${dayOrdinal(day)} ${months[month - 1]}`;
  },
  list,
};
