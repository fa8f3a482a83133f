/**
 * Readability of a short text (an entry's summary) in its own language: words per
 * sentence, LIX (any language) and Flesch-Douma (Dutch), and the problems a volunteer
 * sees in `npm run check`. Every limit comes from `readability-thresholds.ts`.
 *
 *   LIX = words / sentences + 100 × long words / words   (long: more than 6 letters)
 *   Flesch-Douma = 206.835 − 0.93 × words / sentences − 77 × syllables / words
 */
import { msg, worded, type Said } from "../messages/index.ts";
import { countSyllables, countsSyllables } from "./syllables.ts";
import { readabilityThresholds } from "./readability-thresholds.ts";
import type { ReadabilityThresholds } from "./readability-thresholds.ts";

/** One sentence of a text and its number of words. */
export interface SentenceMeasure {
  text: string;
  words: number;
}

/** The figures of one text. */
export interface Readability {
  words: number;
  sentences: SentenceMeasure[];
  /** Words of more than `longWordLetters` letters. */
  longWords: number;
  wordsPerSentence: number;
  lix: number;
  /** Only for languages with hyphenation patterns (not Arabic). */
  syllables?: number;
  syllablesPerWord?: number;
  /** Only for Dutch. */
  fleschDouma?: number;
}

/** A readability problem of a text, without its file and line. */
export interface ReadabilityIssue {
  severity: "error" | "warning";
  /** English words; `said` says it in any language. */
  message: string;
  expected: string;
  said: Said;
}

function readabilityIssue(severity: "error" | "warning", said: Said): ReadabilityIssue {
  const out = worded(said);
  return { severity, message: out.message, expected: out.expected ?? "", said };
}

// A word: letters, marks (Arabic vowel signs) and digits, joined by ' ’ or a hyphen;
// a time or number such as 10.30 or 10:00 is one word.
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.:,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
// A sentence ends at . ! ? … or the Arabic question mark, followed by a space or the
// end, so "10.30" stays inside one (an abbreviation like "o.a. " does end one: rare
// in a summary, and it only makes the check milder).
const sentenceBreak = /(?<=[.!?…؟]["'”’»)]*)\s+/u;

function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

function letterCount(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0;
}

/** Splits `text` into sentences (pieces without a word are dropped). */
export function sentencesOf(text: string): SentenceMeasure[] {
  return text
    .trim()
    .split(sentenceBreak)
    .map((s) => ({ text: s.trim(), words: wordsOf(s).length }))
    .filter((s) => s.words > 0);
}

/** Syllables of a word in `locale`: hyphenated compounds count per part. */
function syllablesOfWord(word: string, locale: string): number {
  return word
    .split(/['’-]/)
    .filter((p) => p.length > 0)
    .reduce((sum, part) => sum + (countSyllables(part, locale) ?? 1), 0);
}

/** Measures `text` written in `locale`. */
export function measureReadability(
  text: string,
  locale: string,
  thresholds: ReadabilityThresholds = readabilityThresholds,
): Readability {
  const words = wordsOf(text);
  const sentences = sentencesOf(text);
  const wordCount = words.length;
  const sentenceCount = Math.max(1, sentences.length);
  const longWords = words.filter((w) => letterCount(w) > thresholds.longWordLetters).length;
  const wordsPerSentence = wordCount / sentenceCount;
  const lix = wordCount ? wordsPerSentence + (100 * longWords) / wordCount : 0;
  const result: Readability = {
    words: wordCount,
    sentences,
    longWords,
    wordsPerSentence,
    lix,
  };
  if (countsSyllables(locale) && wordCount) {
    const syllables = words.reduce((sum, w) => sum + syllablesOfWord(w, locale), 0);
    result.syllables = syllables;
    result.syllablesPerWord = syllables / wordCount;
    if (locale.toLowerCase().split("-")[0] === "nl")
      result.fleschDouma = 206.835 - 0.93 * wordsPerSentence - 77 * result.syllablesPerWord;
  }
  return result;
}

/** The first words of a sentence, so the message says which one. */
function opening(sentence: string, words = 5): string {
  const all = wordsOf(sentence);
  const shown = all.slice(0, words).join(" ");
  return all.length > words ? `"${shown} …"` : `"${shown}"`;
}

/**
 * Readability problems of a summary in `locale`: an error past a hard limit, a
 * warning past the B1 target. Messages say what to do first, then the measured
 * figures, and the score last, in brackets, named plainly.
 */
export function checkSummaryReadability(
  text: string,
  locale: string,
  thresholds: ReadabilityThresholds = readabilityThresholds,
): ReadabilityIssue[] {
  const m = measureReadability(text, locale, thresholds);
  const issues: ReadabilityIssue[] = [];
  const { summaryWords, sentenceWords } = thresholds;

  if (m.words > summaryWords.warn) {
    const severity = m.words > summaryWords.error ? "error" : "warning";
    issues.push(
      readabilityIssue(severity, {
        message: msg("readability.summaryWords", { words: m.words, target: summaryWords.warn }),
        expected: msg("readability.summaryWords.expected", {
          error: summaryWords.error,
          warn: summaryWords.warn,
        }),
      }),
    );
  }

  for (const sentence of m.sentences) {
    if (sentence.words <= sentenceWords.warn) continue;
    const severity = sentence.words > sentenceWords.error ? "error" : "warning";
    issues.push(
      readabilityIssue(severity, {
        message: msg("readability.sentenceWords", {
          opening: opening(sentence.text),
          words: sentence.words,
          target: sentenceWords.warn,
        }),
        expected: msg("readability.sentenceWords.expected", {
          error: sentenceWords.error,
          warn: sentenceWords.warn,
        }),
      }),
    );
  }

  // Scores say little about a handful of words: one long word would decide them.
  if (m.words < thresholds.minWordsForScores) return issues;

  const lixLimit = thresholds.lix[locale] ?? thresholds.lix["default"];
  if (lixLimit !== undefined && m.lix > lixLimit) {
    issues.push(
      readabilityIssue("warning", {
        message: msg("readability.longWords", {
          long: m.longWords,
          words: m.words,
          letters: thresholds.longWordLetters,
          perSentence: m.wordsPerSentence,
          score: m.lix,
        }),
        expected: msg("readability.longWords.expected", { limit: lixLimit }),
      }),
    );
  }

  if (m.fleschDouma !== undefined && m.fleschDouma < thresholds.fleschDouma.warnBelow) {
    issues.push(
      readabilityIssue("warning", {
        message: msg("readability.syllables", {
          perWord: m.syllablesPerWord ?? 0,
          perSentence: m.wordsPerSentence,
          score: m.fleschDouma,
        }),
        expected: msg("readability.syllables.expected", {
          limit: thresholds.fleschDouma.warnBelow,
        }),
      }),
    );
  }
  return issues;
}
