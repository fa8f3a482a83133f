/**
 * Polish: hours as feminine ordinals in the genitive after "od"/"do" ("od dziesiątej
 * do jedenastej trzydzieści rano"), day names in the accusative with "każdy/każdą"
 * agreeing in gender, dates as genitive ordinals ("dwudziestego piątego grudnia").
 */
import type { Weekday } from "../../facts.ts";
import * as clockWords from "../clock-words.ts";
import type { DayPattern, SpeechGrammar } from "../types.ts";
import { byWeekday, numberWords, pluralWord, words } from "./tables.ts";

const ones = words(
  "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście " +
    "dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście " +
    "dziewiętnaście",
);
const tens = words(
  "- - dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt " +
    "osiemdziesiąt dziewięćdziesiąt",
);
/** "o której": feminine ordinals, genitive, as after "od" and "do". */
const hours = words(
  "- pierwszej drugiej trzeciej czwartej piątej szóstej siódmej ósmej dziewiątej dziesiątej " +
    "jedenastej dwunastej",
);
/** Genitive masculine ordinals for the day of the month. */
const dayOrdinals = words(
  "- pierwszego drugiego trzeciego czwartego piątego szóstego siódmego ósmego dziewiątego " +
    "dziesiątego jedenastego dwunastego trzynastego czternastego piętnastego szesnastego " +
    "siedemnastego osiemnastego dziewiętnastego dwudziestego",
);
const months = words(
  "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października " +
    "listopada grudnia",
);
const dayAccusative = byWeekday("poniedziałek wtorek środę czwartek piątek sobotę niedzielę");
const dayPlural = byWeekday("poniedziałki wtorki środy czwartki piątki soboty niedziele");
const feminineDays: ReadonlySet<Weekday> = new Set(["we", "sa", "su"]);
const weekOrdinals: Record<number, [masculine: string, feminine: string]> = {
  1: ["pierwszy", "pierwszą"],
  2: ["drugi", "drugą"],
  3: ["trzeci", "trzecią"],
  4: ["czwarty", "czwartą"],
  5: ["piąty", "piątą"],
  [-1]: ["ostatni", "ostatnią"],
};
const periods: Record<clockWords.Period, string> = {
  night: "w nocy",
  morning: "rano",
  noon: "po południu",
  afternoon: "po południu",
  evening: "wieczorem",
};

const number = numberWords(ones, tens);

function clock(t: clockWords.ClockTime): string {
  if (t.midnight) return "północy";
  const hour = hours[t.hour] as string;
  if (t.minute === 0) return hour;
  // Minutes as read off a clock: "jedenastej trzydzieści", "dziesiątej zero pięć".
  return t.minute < 10 ? `${hour} zero ${number(t.minute)}` : `${hour} ${number(t.minute)}`;
}

function withPeriod(t: clockWords.ClockTime, p: clockWords.Period | undefined): string {
  return p ? `${clock(t)} ${periods[p]}` : clock(t);
}

/** "w sobotę", but "we wtorek" (Polish adds e before w-). */
function onDay(day: Weekday): string {
  return `${day === "tu" ? "we" : "w"} ${dayAccusative[day]}`;
}

const list = (items: readonly string[]) => clockWords.joinList(items, "i");

function dayOrdinal(n: number): string {
  if (n <= 20) return dayOrdinals[n] as string;
  const unit = n % 10;
  const ten = n < 30 ? "dwudziestego" : "trzydziestego";
  return unit === 0 ? ten : `${ten} ${dayOrdinals[unit]}`;
}

export const pl: SpeechGrammar = {
  locale: "pl",
  number,
  timeRange(from, to) {
    const f = clockWords.clockTime(from);
    const t = clockWords.clockTime(to);
    const plan = clockWords.qualifierPlan(f, t, clockWords.periodOf, true);
    return `od ${withPeriod(f, plan.from)} do ${withPeriod(t, plan.to)}`;
  },
  days(days: readonly Weekday[], pattern: DayPattern, weeks: readonly number[] = []) {
    if (pattern === "every") return list(days.map(onDay));
    if (pattern === "weekly") {
      const only = days[0] as Weekday;
      if (days.length > 1) return `w ${list(days.map((d) => dayPlural[d]))}`;
      return `w ${feminineDays.has(only) ? "każdą" : "każdy"} ${dayAccusative[only]}`;
    }
    const each = days.map((d) => {
      const g = feminineDays.has(d) ? 1 : 0;
      const which = list(clockWords.sortedWeeks(weeks).map((w) => weekOrdinals[w]?.[g] ?? ""));
      return `w ${g ? "każdą" : "każdy"} ${which} ${dayAccusative[d]}`;
    });
    return list(each);
  },
  weeks: (n) =>
    `${number(n)} ${pluralWord("pl", n, { one: "tydzień", few: "tygodnie", other: "tygodni" })}`,
  euros(amount) {
    const { euros, cents } = clockWords.eurosAndCents(amount);
    const centWords = `${number(cents)} ${pluralWord("pl", cents, { one: "cent", few: "centy", other: "centów" })}`;
    if (euros === 0) return centWords;
    // "euro" does not change after a number; one euro is "jedno euro" (neuter).
    const whole = `${euros === 1 ? "jedno" : number(euros)} euro`;
    return cents === 0 ? whole : `${whole} ${centWords}`;
  },
  date(date) {
    const { day, month } = clockWords.dayAndMonth(date);
    return `${dayOrdinal(day)} ${months[month - 1]}`;
  },
  list,
};
