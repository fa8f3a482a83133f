/**
 * Soft hyphens in entry poster titles: at 64 px a Dutch compound
 * ("ervaringsdeskundige") is wider than an A4 line, and Chromium on Linux has no
 * hyphenation dictionaries. A browser breaks at a soft hyphen (and shows "-") wherever
 * a line is full, so only words wider than a whole line get them: names and words
 * that fit are never hyphenated (`softHyphensInLongWords`). Place posters use none.
 * Liang patterns from `hyphen` (ISC); languages without patterns are left as they are.
 */
import enUs from "hyphen/en-us/index.js";
import nl from "hyphen/nl/index.js";
import pl from "hyphen/pl/index.js";
import tr from "hyphen/tr/index.js";
import uk from "hyphen/uk/index.js";

type Hyphenate = (
  text: string,
  options?: { hyphenChar?: string; minWordLength?: number },
) => string;

const patterns: Readonly<Record<string, Hyphenate>> = {
  en: enUs.hyphenateSync,
  nl: nl.hyphenateSync,
  pl: pl.hyphenateSync,
  tr: tr.hyphenateSync,
  uk: uk.hyphenateSync,
};

/** `text` with U+00AD at the hyphenation points of words of 8 letters or more. */
export function softHyphens(text: string, locale: string): string {
  const hyphenate = patterns[locale.toLowerCase().split("-")[0] ?? ""];
  return hyphenate ? hyphenate(text, { minWordLength: 8 }) : text;
}

/**
 * `text` with soft hyphens only in the words that `fits` says are wider than a whole
 * line: a word that fits a line (a name, most words) is never broken; only a word
 * that must break somewhere breaks at a hyphenation point.
 */
export function softHyphensInLongWords(
  text: string,
  locale: string,
  fits: (word: string) => boolean,
): string {
  return text
    .split(/(\s+)/)
    .map((part) => (part.trim() === "" || fits(part) ? part : softHyphens(part, locale)))
    .join("");
}
