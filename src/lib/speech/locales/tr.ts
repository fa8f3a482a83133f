/**
 * Turkish: "Her salı saat ondan on ikiye kadar", "akşam yediden dokuza kadar". The
 * part of the day comes first; the start takes the ablative (-dan/-den/-tan/-ten)
 * and the end the dative (-a/-e/-ya/-ye), chosen from the last word of the time.
 */
import type { Weekday } from "../../facts.ts";
import * as clockWords from "../clock-words.ts";
import type { DayPattern, SpeechGrammar } from "../types.ts";
import { byWeekday, numberWords, words } from "./tables.ts";

const ones = words("sıfır bir iki üç dört beş altı yedi sekiz dokuz");
const tens = words("- on yirmi otuz kırk elli altmış yetmiş seksen doksan");
const dayNames = byWeekday("pazartesi salı çarşamba perşembe cuma cumartesi pazar");
/** "the Wednesday of (the month)": possessive, after "Her ayın birinci ve üçüncü". */
const dayPossessive = byWeekday(
  "pazartesisi salısı çarşambası perşembesi cuması cumartesisi pazarı",
);
const months = words("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık");
const ordinals: Record<number, string> = {
  1: "birinci",
  2: "ikinci",
  3: "üçüncü",
  4: "dördüncü",
  5: "beşinci",
  [-1]: "son",
};
const periods: Record<clockWords.Period, string> = {
  night: "gece",
  morning: "sabah",
  noon: "öğlen",
  afternoon: "öğleden sonra",
  evening: "akşam",
};

/** Dative and ablative of every word a spoken time can end with. */
const caseForms: Record<string, [dative: string, ablative: string]> = {
  sıfır: ["sıfıra", "sıfırdan"],
  bir: ["bire", "birden"],
  iki: ["ikiye", "ikiden"],
  üç: ["üçe", "üçten"],
  dört: ["dörde", "dörtten"],
  beş: ["beşe", "beşten"],
  altı: ["altıya", "altıdan"],
  yedi: ["yediye", "yediden"],
  sekiz: ["sekize", "sekizden"],
  dokuz: ["dokuza", "dokuzdan"],
  on: ["ona", "ondan"],
  yirmi: ["yirmiye", "yirmiden"],
  otuz: ["otuza", "otuzdan"],
  kırk: ["kırka", "kırktan"],
  elli: ["elliye", "elliden"],
  buçuk: ["buçuğa", "buçuktan"],
  yarısı: ["yarısına", "yarısından"],
};

const number = numberWords(ones, tens);

function clock(t: clockWords.ClockTime): string {
  if (t.midnight) return "gece yarısı";
  const hour = number(t.hour);
  if (t.minute === 0) return hour;
  if (t.minute === 30) return `${hour} buçuk`;
  // Other minutes as read off a clock: "on on beş", "on sıfır beş".
  return t.minute < 10 ? `${hour} sıfır ${number(t.minute)}` : `${hour} ${number(t.minute)}`;
}

function inflect(phrase: string, form: 0 | 1): string {
  const at = phrase.lastIndexOf(" ") + 1;
  const last = phrase.slice(at);
  const forms = caseForms[last];
  if (!forms) throw new Error(`No Turkish case form for "${last}"`);
  return phrase.slice(0, at) + forms[form];
}

/** 12:00–12:59 is "öğlen"; otherwise the usual parts of the day. */
function period(minutes: number): clockWords.Period | undefined {
  if (minutes === 0 || minutes === 1440) return undefined;
  if (minutes < 6 * 60) return "night";
  if (minutes < 12 * 60) return "morning";
  if (minutes < 13 * 60) return "noon";
  if (minutes < 18 * 60) return "afternoon";
  return "evening";
}

const list = (items: readonly string[]) => clockWords.joinList(items, "ve");

export const tr: SpeechGrammar = {
  locale: "tr",
  number,
  timeRange(from, to) {
    const f = clockWords.clockTime(from);
    const t = clockWords.clockTime(to);
    const plan = clockWords.qualifierPlan(f, t, period, true);
    const start = inflect(clock(f), 1);
    const end = `${inflect(clock(t), 0)} kadar`;
    const say = (p: clockWords.Period | undefined) => (p ? `${periods[p]} ` : "");
    // Each part of the day before its own time; one shared part goes first.
    if (plan.from || f.midnight) return `${say(plan.from)}${start} ${say(plan.to)}${end}`;
    return `${plan.to ? say(plan.to) : "saat "}${start} ${end}`;
  },
  days(days: readonly Weekday[], pattern: DayPattern, weeks: readonly number[] = []) {
    const names = list(days.map((d) => dayNames[d]));
    if (pattern === "weekly") return names;
    const plural = days.length > 1;
    if (pattern === "every") return `${names} ${plural ? "günleri" : "günü"}`;
    const which = list(clockWords.sortedWeeks(weeks).map((w) => ordinals[w] ?? ""));
    const first = days[0] as Weekday;
    return plural ? `${which} ${names} günleri` : `${which} ${dayPossessive[first]}`;
  },
  weeks: (n) => `${number(n)} hafta`,
  euros(amount) {
    const { euros, cents } = clockWords.eurosAndCents(amount);
    if (euros === 0) return `${number(cents)} sent`;
    const whole = `${number(euros)} avro`;
    return cents === 0 ? whole : `${whole} ${number(cents)} sent`;
  },
  date(date) {
    const { day, month } = clockWords.dayAndMonth(date);
    return `${number(day)} ${months[month - 1]}`;
  },
  list,
};
