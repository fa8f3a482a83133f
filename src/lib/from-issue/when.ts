/**
 * The "when" questions of the form: the days, from and until what time, how often
 * (the weeks of the month, or the date of one time for every other week), and
 * other days and times typed one per line. Times, dates and day names are read the
 * way people write them (`19u30`, `7pm`, `5-9-2026`, `za.`, `Saturdays`) in Dutch
 * and English; the rules of a schedule are checked afterwards by `npm run new`'s
 * rules. Its own file because reading what people write about time is most of
 * what can go wrong in a form.
 */
import { weekdays, type Weekday } from "../facts.ts";
import { normalizeTime } from "../new-entry/read-answer.ts";
import type { FormReader } from "./form-reader.ts";
import type { FromIssueMessages } from "./messages.ts";

/**
 * A time as people write it: `10:00`, `9.30`, `19u30`, `10 uur`, `10`, `7pm`, `7.30 p.m.`
 * → `HH:MM`; undefined when it is not a time of day.
 */
export function readTime(text: string): string | undefined {
  const value = text.trim().toLowerCase().replace(/\s+/g, " ");
  const match = /^(\d{1,2})(?:\s?[:.hu]\s?(\d{2}))?\s?(uur|u|h|am|pm|a\.m\.|p\.m\.)?$/.exec(value);
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const suffix = match[3]?.replace(/\./g, "");
  if (suffix === "am" || suffix === "pm") {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (suffix === "pm" ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return undefined;
  return normalizeTime(`${hours}:${String(minutes).padStart(2, "0")}`);
}

/** A date as people write it: `2026-09-05`, `5-9-2026`, `5/9/2026` → `YYYY-MM-DD`. */
export function readDate(text: string): string | undefined {
  const value = text.trim();
  let year: number, month: number, day: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
    if (!match) return undefined;
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Day words in Dutch and English: full names (also "zaterdagen", "Saturdays") and short forms. */
const dayWords: { day: Weekday; words: string[] }[] = weekdays.map((day, index) => {
  const anchor = new Date(Date.UTC(2024, 0, 1 + index)); // 2024-01-01 is a Monday
  const long = ["nl", "en"].map((locale) =>
    new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" })
      .format(anchor)
      .toLowerCase(),
  );
  const short = [
    ["ma", "mo", "mon"],
    ["di", "tu", "tue", "tues"],
    ["wo", "we", "wed"],
    ["do", "th", "thu", "thur", "thurs"],
    ["vr", "fr", "fri"],
    ["za", "sa", "sat"],
    ["zo", "su", "sun"],
  ][index]!;
  return { day, words: [...long, ...short] };
});

/** A day word (`zaterdag`, `Saturdays`, `za.`, `sat`) as a weekday. */
export function readDay(word: string): Weekday | undefined {
  const value = word.toLowerCase().replace(/\.$/, "");
  for (const { day, words } of dayWords) {
    if (words.includes(value)) return day;
    if (words.some((w) => w.length > 4 && value.startsWith(w) && value.length <= w.length + 2)) {
      return day;
    }
  }
  return undefined;
}

/** One weekly time as the form's answers give it. */
type Slot = { days: Weekday[]; from: string; to: string };

/** A line of "another day or time": `zaterdag 10:00-12:00`, `di en do van 19.00 tot 21.00 uur`. */
function readTimeLine(line: string, m: FromIssueMessages): { slot?: Slot; problem?: string } {
  const time = String.raw`\d{1,2}(?:\s?[:.hu]\s?\d{2})?\s?(?:uur|u|h|am|pm|a\.m\.|p\.m\.)?`;
  const match = new RegExp(
    String.raw`^(.+?)[\s,:]+(?:van\s+|from\s+)?(${time})\s*(?:-|–|—|tot|to|until|till)\s*(${time})(?:\s*uur)?\.?$`,
    "i",
  ).exec(line.trim());
  if (!match) return { problem: m.moreTimes(line.trim()) };
  const days: Weekday[] = [];
  for (const word of match[1]!.split(/[\s,&+/]+|\s+(?:en|and)\s+/i).filter(Boolean)) {
    if (/^(en|and|op|on|elke|every)$/i.test(word)) continue;
    const day = readDay(word);
    if (!day) return { problem: m.moreTimesDay(word) };
    if (!days.includes(day)) days.push(day);
  }
  const from = readTime(match[2]!);
  const to = readTime(match[3]!);
  if (!days.length || !from || !to) return { problem: m.moreTimes(line.trim()) };
  return { slot: { days, from, to } };
}

/** Weeks of the month in order: the first … the fourth, then the last (`-1`). */
function byWeek(a: number, b: number): number {
  return (a < 0 ? 9 : a) - (b < 0 ? 9 : b);
}

/** The times of the form: the first from its own questions, then one per line of "more times". */
export function readWhen(r: FormReader): Record<string, unknown>[] {
  const days = r.chosen("days", true);
  const fromText = r.text("from", true);
  const toText = r.text("to", true);
  const from = fromText === undefined ? undefined : readTime(fromText);
  const to = toText === undefined ? undefined : readTime(toText);
  if (fromText !== undefined && from === undefined) r.problem("from", r.m.time(fromText));
  if (toText !== undefined && to === undefined) r.problem("to", r.m.time(toText));
  if (from && to && to <= from) r.problem("to", r.m.endBeforeStart(to, from));
  const often = r.one("often") ?? "weekly";
  const weeks = r.chosen("weeks");
  const slot: Record<string, unknown> = { days, from, to };
  if (often === "monthly") {
    if (weeks.length) slot["weeks"] = [...weeks].sort(byWeek);
    else r.problem("weeks", r.m.weeksNeeded);
  } else if (weeks.length) {
    r.note("weeks", r.m.weeksIgnored);
  }
  if (often === "fortnightly") {
    const startingText = r.text("starting");
    const starting = startingText === undefined ? undefined : readDate(startingText);
    if (startingText === undefined) r.problem("starting", r.m.dateNeeded);
    else if (starting === undefined) r.problem("starting", r.m.date(startingText));
    else Object.assign(slot, { every: 2, starting });
  }
  const times: Record<string, unknown>[] = [slot];
  for (const line of (r.text("more_times") ?? "").split("\n")) {
    if (!line.trim() || /^[-–—]+$/.test(line.trim())) continue;
    const read = readTimeLine(line.replace(/^\s*[-*•]\s*/, ""), r.m);
    if (read.slot) times.push(read.slot);
    else r.problem("more_times", read.problem!);
  }
  return times;
}
