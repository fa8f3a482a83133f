/**
 * Spoken text: what read-aloud says for each entry in each locale.
 *
 * - `spoken.ts`: `spokenSegments` (the sentences, each with its language), `spokenText`.
 * - `when.ts`: schedule rules and coming closures as sentences.
 * - `sentence.ts`: `speech.*` patterns rendered, split where another language is quoted.
 * - `locales/`: per-locale grammar: number words, times, days, dates, euros.
 * - `hash.ts`: `spokenHash`, a stable cache key (FNV-1a 64-bit).
 */
export { spokenSegments, spokenText, type SpeechContext } from "./spoken.ts";
export { closureLookAheadDays } from "./when.ts";
export { numberWords } from "./number-words.ts";
export { fnv1a64, spokenHash } from "./hash.ts";
export { grammarFor, grammars } from "./locales/index.ts";
export type { DayPattern, SpeechGrammar, SpokenPart, SpokenSegment } from "./types.ts";
