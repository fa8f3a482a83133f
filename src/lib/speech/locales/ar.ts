/**
 * Arabic (Modern Standard): hours as feminine ordinals ("الساعة العاشرة"), quarters,
 * thirds and halves as people say them ("والنصف", "إلا ربعًا"), and numbers that
 * agree with the noun they count (يوروان، ثلاثة يوروهات، خمسون سنتًا).
 */
import type { Weekday } from "../../facts.ts";
import * as clockWords from "../clock-words.ts";
import type { DayPattern, SpeechGrammar } from "../types.ts";
import { byWeekday, words } from "./tables.ts";

/** Counting forms used with a masculine noun (and for counting as such). */
const masculine = words(
  "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد_عشر اثنا_عشر",
).map((w) => w.replace("_", " "));
/** Forms used with a feminine noun (دقيقة). */
const feminine = words(
  "صفر واحدة اثنتان ثلاث أربع خمس ست سبع ثماني تسع عشر إحدى_عشرة اثنتا_عشرة",
).map((w) => w.replace("_", " "));
const tens = words("- - عشرون ثلاثون أربعون خمسون ستون سبعون ثمانون تسعون");
/** Ordinal hours, feminine to agree with الساعة. */
const hours = words(
  "- الواحدة الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة " +
    "الحادية_عشرة الثانية_عشرة",
).map((w) => w.replace("_", " "));
/** Masculine ordinals with the article, genitive (dates: "في الخامس والعشرين"). */
const ordinalUnits = words(
  "- الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر",
);
const daysBare = byWeekday("اثنين ثلاثاء أربعاء خميس جمعة سبت أحد");
const daysDefinite = byWeekday("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد");
const weekOrdinals: Record<number, string> = {
  1: "الأول",
  2: "الثاني",
  3: "الثالث",
  4: "الرابع",
  5: "الخامس",
  [-1]: "الأخير",
};
const months = words("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر");
const periods: Record<clockWords.Period, string> = {
  night: "ليلًا",
  morning: "صباحًا",
  noon: "ظهرًا",
  afternoon: "بعد الظهر",
  evening: "مساءً",
};

const tensOblique = words("- - عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين");

/**
 * Cardinal in words; `gender` is that of the counted noun, `oblique` the genitive
 * and accusative case (after "كل": "كل عشرين أسبوعًا").
 */
function cardinal(n: number, gender: "m" | "f" = "m", oblique = false): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  const small = gender === "m" ? masculine : feminine;
  const two = (word: string) => (oblique ? word.replace(/ان$/, "ين").replace(/ا /, "ي ") : word);
  if (n <= 12) return two(small[n] as string);
  const unit = n % 10;
  const ten = Math.floor(n / 10);
  if (ten === 1) return gender === "m" ? `${small[unit]} عشر` : `${small[unit]} عشرة`;
  const tenWord = (oblique ? tensOblique : tens)[ten] as string;
  if (unit === 0) return tenWord;
  const unitWord =
    gender === "f" && unit === 1
      ? "إحدى"
      : gender === "f" && unit === 8
        ? "ثمانٍ"
        : two(small[unit] as string);
  return `${unitWord} و${tenWord}`;
}

interface Noun {
  gender: "m" | "f";
  /** Singular, said after the number: "يورو واحد". */
  one: string;
  /** Dual: "يوروان". */
  two: string;
  /** Plural, after 3–10: "ثلاثة يوروهات". */
  plural: string;
  /** Singular accusative, after 11–99: "خمسون سنتًا". */
  many: string;
}

/** A counted noun: 1 and 2 by the noun alone, 3–10 with the plural, else the singular. */
function counted(n: number, noun: Noun, oblique = false): string {
  if (n === 1) return `${noun.one} ${noun.gender === "m" ? "واحد" : "واحدة"}`;
  if (n === 2) return noun.two;
  return `${cardinal(n, noun.gender, oblique)} ${n <= 10 ? noun.plural : noun.many}`;
}

const minute: Noun = { gender: "f", one: "دقيقة", two: "دقيقتان", plural: "دقائق", many: "دقيقة" };
const euro: Noun = { gender: "m", one: "يورو", two: "يوروان", plural: "يوروهات", many: "يورو" };
const cent: Noun = { gender: "m", one: "سنت", two: "سنتان", plural: "سنتات", many: "سنتًا" };
/** After "كل" (genitive): "كل أسبوعين", "كل ثلاثة أسابيع". */
const week: Noun = { gender: "m", one: "أسبوع", two: "أسبوعين", plural: "أسابيع", many: "أسبوعًا" };

function clock(t: clockWords.ClockTime): string {
  if (t.midnight) return "منتصف الليل";
  const hour = hours[t.hour] as string;
  const next = hours[t.nextHour] as string;
  switch (t.minute) {
    case 0:
      return hour;
    case 15:
      return `${hour} والربع`;
    case 20:
      return `${hour} والثلث`;
    case 30:
      return `${hour} والنصف`;
    case 40:
      return `${next} إلا ثلثًا`;
    case 45:
      return `${next} إلا ربعًا`;
    default:
      return `${hour} و${counted(t.minute, minute)}`;
  }
}

/** Arabic says ظهرًا from twelve until two, then بعد الظهر. */
function period(minutes: number): clockWords.Period | undefined {
  if (minutes === 0 || minutes === 1440) return undefined;
  if (minutes < 6 * 60) return "night";
  if (minutes < 12 * 60) return "morning";
  if (minutes < 14 * 60) return "noon";
  if (minutes < 18 * 60) return "afternoon";
  return "evening";
}

function withPeriod(t: clockWords.ClockTime, p: clockWords.Period | undefined): string {
  return p ? `${clock(t)} ${periods[p]}` : clock(t);
}

/** "أ وب وج": و is written joined to the word it adds. */
const list = (items: readonly string[]) => items.join(" و");

function ordinalDay(n: number): string {
  if (n <= 10) return ordinalUnits[n] as string;
  const unit = n % 10;
  const ten = Math.floor(n / 10);
  const unitWord = unit === 1 ? "الحادي" : (ordinalUnits[unit] as string);
  if (ten === 1) return `${unitWord} عشر`;
  const tenWord = ten === 2 ? "العشرين" : "الثلاثين";
  return unit === 0 ? tenWord : `${unitWord} و${tenWord}`;
}

export const ar: SpeechGrammar = {
  locale: "ar",
  number: (n) => cardinal(n),
  timeRange(from, to) {
    const f = clockWords.clockTime(from);
    const t = clockWords.clockTime(to);
    const plan = clockWords.qualifierPlan(f, t, period, false);
    const start = f.midnight ? "من منتصف الليل" : `من الساعة ${withPeriod(f, plan.from)}`;
    return `${start} حتى ${withPeriod(t, plan.to)}`;
  },
  days(days: readonly Weekday[], pattern: DayPattern, weeks: readonly number[] = []) {
    if (pattern === "weekly") return list(days.map((d) => daysBare[d]));
    if (pattern === "monthly") {
      const ordinals = list(clockWords.sortedWeeks(weeks).map((w) => weekOrdinals[w] ?? ""));
      return list(days.map((d) => `يوم ${daysDefinite[d]} ${ordinals}`));
    }
    const names = list(days.map((d) => daysDefinite[d]));
    if (days.length === 1) return `يوم ${names}`;
    return days.length === 2 ? `يومي ${names}` : `أيام ${names}`;
  },
  weeks: (n) => counted(n, week, true),
  euros(amount) {
    const { euros, cents } = clockWords.eurosAndCents(amount);
    if (euros === 0) return counted(cents, cent);
    const whole = counted(euros, euro);
    return cents === 0 ? whole : `${whole} و${counted(cents, cent)}`;
  },
  date(date) {
    const { day, month } = clockWords.dayAndMonth(date);
    return `${ordinalDay(day)} من ${months[month - 1]}`;
  },
  list,
};
