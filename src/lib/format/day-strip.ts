/**
 * The seven-day strip's names (components/WeekStrip.astro): Intl's short names where
 * seven of them fit side by side, else its narrow ones ("ن ث ر خ ج س ح"). Screen
 * readers always get the full names.
 *
 * Short names are not equally short: "ma" and "пн" fit seven across a strip of 18 rem
 * (just too wide for a card on a 320-pixel phone), "Mon" and "Pzt" only from 22 rem,
 * "niedz." and "الأربعاء" (Arabic has no shorter form than the full name) never. So
 * the strip carries both and says from which width the short ones fit (`fit`), and
 * CSS picks by the strip's own width (container query in styles/global.css): no name
 * is cut off or broken, however wide the card it is in.
 */
import { weekdays, type Weekday } from "../facts.ts";
import { weekdayName } from "./intl.ts";

export interface StripDay {
  day: Weekday;
  /** Full name, for screen readers: "woensdag". */
  long: string;
  /** Intl `weekday: "short"`: "wo", "Wed", "śr.". */
  short: string;
  /** Intl `weekday: "narrow"`: "W", "ر". */
  narrow: string;
}

/**
 * The strip width (a CSS length, used in styles/global.css) from which seven short
 * names fit, or `never` (narrow names only). Measured in Chromium with a wide system
 * font: two letters ("wo", "пн") need 17 rem, three ("Wed", "Çar") 21.7 rem; a margin
 * is added. A strip is at most 24 rem wide (`max-w-sm`), so longer names never fit.
 */
export type StripFit = "18rem" | "22rem" | "never";

/** Characters of the longest short name up to which each width holds (Latin, Cyrillic, Greek). */
const fitByLength: readonly [number, StripFit][] = [
  [2, "18rem"],
  [3, "22rem"],
];

const graphemes = new Map<string, Intl.Segmenter>();

function length(text: string, locale: string): number {
  let segmenter = graphemes.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: "grapheme" });
    graphemes.set(locale, segmenter);
  }
  return [...segmenter.segment(text)].length;
}

/** Short names in a script whose letters are about as wide as Latin ones, so counting them says how wide they are. */
function countable(text: string): boolean {
  return /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}.\s]+$/u.test(text);
}

/** Each locale's strip, worked out once: every entry page shows one or more. */
const strips = new Map<string, { days: StripDay[]; fit: StripFit }>();

/** The seven days in `locale` and when their short names fit. */
export function stripDays(locale: string): { days: StripDay[]; fit: StripFit } {
  let strip = strips.get(locale);
  if (!strip) strips.set(locale, (strip = namedStrip(locale)));
  return strip;
}

function namedStrip(locale: string): { days: StripDay[]; fit: StripFit } {
  const days = weekdays.map((day) => ({
    day,
    long: weekdayName(day, locale, "long"),
    short: weekdayName(day, locale, "short"),
    narrow: weekdayName(day, locale, "narrow"),
  }));
  return {
    days,
    fit: stripFit(
      days.map((d) => d.short),
      locale,
    ),
  };
}

/**
 * When short names fit, from their length. Names in other scripts (Arabic, where the
 * short name is the full name) are given the narrow form: their width cannot be told
 * from a character count.
 *
 * @example stripFit(["ma", "di", "wo", "do", "vr", "za", "zo"], "nl") // "18rem"
 * @example stripFit(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], "en") // "22rem"
 */
export function stripFit(shortNames: readonly string[], locale: string): StripFit {
  if (!shortNames.every(countable)) return "never";
  const longest = Math.max(...shortNames.map((name) => length(name, locale)));
  return fitByLength.find(([max]) => longest <= max)?.[1] ?? "never";
}
