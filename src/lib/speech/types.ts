/**
 * Shapes shared by the spoken-text modules: what read-aloud says (segments, each in
 * one language) and what each locale's grammar module provides.
 */
import type { Weekday } from "../facts.ts";

/** Which fact of the entry a segment tells. */
export type SpokenPart =
  | "title"
  | "summary"
  | "when"
  | "closed"
  | "where"
  | "directions"
  | "cost"
  | "walkIn"
  | "womenOnly"
  | "hosts";

/**
 * One piece of spoken text in one language. A voice for `lang` reads `text`; the
 * pieces are read in order. A sentence that quotes a name in another language is
 * split into several segments.
 */
export interface SpokenSegment {
  text: string;
  /** BCP-47 tag of the language `text` is written in. */
  lang: string;
  /**
   * Which fact it tells; always set by `spokenSegments`. Optional so that any
   * `{ text, lang }` list (a test, a recording's transcript) is a segment list too.
   */
  part?: SpokenPart;
}

/** How a rule repeats, which decides the grammatical form of its day names. */
export type DayPattern = "weekly" | "monthly" | "every";

/**
 * What a locale's grammar module knows: number words, times of day and dates said
 * the way people say them, day names in the case each sentence pattern needs. The
 * sentence patterns around these phrases live in `i18n/<locale>.json` (`speech.*`).
 */
export interface SpeechGrammar {
  locale: string;
  /** Cardinal number in words (0–99; larger numbers come back as digits). */
  number(n: number): string;
  /** A time range of two `HH:MM` times: "from ten to half past eleven in the morning". */
  timeRange(from: string, to: string): string;
  /** The day phrase of a rule; `weeks` (nth weekday of the month) only for "monthly". */
  days(days: readonly Weekday[], pattern: DayPattern, weeks?: readonly number[]): string;
  /** A number of weeks with its noun: "three weeks". */
  weeks(n: number): string;
  /** An amount in euros: "two euros fifty". */
  euros(amount: number): string;
  /** A `YYYY-MM-DD` date as day and month, in the form the closure sentences need. */
  date(date: string): string;
  /** Several phrases joined with "and". */
  list(items: readonly string[]): string;
}
