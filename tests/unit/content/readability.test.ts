/** Readability of summaries: syllables, LIX, Flesch-Douma, and what `npm run check` says. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  checkSummaryReadability,
  measureReadability,
  sentencesOf,
} from "../../../src/lib/content/readability.ts";
import {
  readabilityThresholds,
  type ReadabilityThresholds,
} from "../../../src/lib/content/readability-thresholds.ts";
import { countSyllables } from "../../../src/lib/content/syllables.ts";
import { check, errorsOf, koffie, koffieEn, repoRoot, replace, tempContent } from "./helpers.ts";

const koffieSummary =
  "summary: Samen koffie drinken en praten. Je hoeft niets te regelen, kom gewoon langs.";
/** The line of `summary:` in the example's koffie-en-praten/index.mdx. */
const koffieSummaryLine = 4;

/** A sentence of `n` short Dutch words (none longer than six letters). */
function dutchSentence(n: number): string {
  const words = ["wij", "praten", "met", "de", "buren", "in", "het", "huis", "en", "koken"];
  const text = Array.from({ length: n }, (_, i) => words[i % words.length]).join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

describe("syllables from hyphenation patterns", () => {
  test.each([
    ["nl", "koffie", 2],
    ["nl", "ochtend", 2],
    ["nl", "eten", 2],
    ["nl", "bibliotheek", 4],
    ["nl", "ervaringsdeskundige", 7],
    ["nl", "ijzer", 2],
    ["en", "coffee", 2],
    ["en", "beautiful", 3],
    ["en", "make", 1],
    ["en", "about", 2],
    ["tr", "kahve", 2],
    ["tr", "konuşmak", 3],
    ["tr", "kütüphane", 4],
    ["tr", "saat", 2],
    ["pl", "spotkanie", 3],
    ["pl", "biblioteka", 4],
    ["pl", "nie", 1],
    ["pl", "wolontariusz", 4],
    ["uk", "кава", 2],
    ["uk", "бібліотека", 4],
    ["uk", "моя", 2],
    ["uk", "Україна", 4],
  ])("%s: %s has %i", (locale, word, syllables) => {
    expect(countSyllables(word, locale)).toBe(syllables);
  });

  test("Arabic has no syllable count, and no Flesch-Douma", () => {
    expect(countSyllables("قهوة", "ar")).toBeUndefined();
    const m = measureReadability("نشرب القهوة معًا ونتحدث.", "ar");
    expect(m.words).toBe(4);
    expect(m.syllables).toBeUndefined();
    expect(m.fleschDouma).toBeUndefined();
  });
});

describe("measures", () => {
  test("LIX and Flesch-Douma of a known Dutch text", () => {
    // 10 words, 2 sentences, 2 words over six letters (drinken, Iedereen),
    // 18 syllables: sa-men kof-fie drin-ken en pra-ten met bu-ren ie-der-een is wel-kom.
    const m = measureReadability(
      "Samen koffie drinken en praten met buren. Iedereen is welkom.",
      "nl",
    );
    expect(m.words).toBe(10);
    expect(m.sentences.map((s) => s.words)).toEqual([7, 3]);
    expect(m.longWords).toBe(2);
    expect(m.lix).toBeCloseTo(5 + 20, 5);
    expect(m.syllables).toBe(18);
    expect(m.fleschDouma).toBeCloseTo(206.835 - 0.93 * 5 - 77 * 1.8, 5);
  });

  test("a time like 10.30 does not end a sentence; ? and the Arabic ؟ do", () => {
    expect(sentencesOf("Kom om 10.30 uur. Is er koffie? Ja!").map((s) => s.words)).toEqual([
      4, 3, 1,
    ]);
    expect(sentencesOf("هل تريد القهوة؟ تعال.").length).toBe(2);
  });
});

describe("summary problems", () => {
  const { sentenceWords, summaryWords } = readabilityThresholds;

  test("a plain summary has none", () => {
    expect(checkSummaryReadability("Samen koffie drinken. Kom gewoon langs.", "nl")).toEqual([]);
  });

  test("a sentence at the hard limit warns, one word more is an error", () => {
    const atLimit = checkSummaryReadability(dutchSentence(sentenceWords.error), "nl");
    expect(atLimit.map((i) => i.severity)).toEqual(["warning"]);
    expect(atLimit[0]?.message).toContain(`split this sentence`);
    const past = checkSummaryReadability(dutchSentence(sentenceWords.error + 1), "nl");
    expect(past.filter((i) => i.severity === "error")).toHaveLength(1);
    expect(past[0]?.message).toContain(`has ${sentenceWords.error + 1} words`);
  });

  test("a summary of short sentences but too many words warns, then fails", () => {
    const sentences = (words: number) =>
      Array.from({ length: Math.ceil(words / 5) }, (_, i) =>
        dutchSentence(Math.min(5, words - i * 5)),
      ).join(" ");
    const warn = checkSummaryReadability(sentences(summaryWords.warn + 1), "nl");
    expect(warn).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(warn[0]?.message).toContain(`${summaryWords.warn + 1} words: make it shorter`);
    const fail = checkSummaryReadability(sentences(summaryWords.error + 1), "nl");
    expect(fail.map((i) => i.severity)).toContain("error");
  });

  test("long words warn with the measured figures", () => {
    const text =
      "Vrijwilligers organiseren wekelijkse ontmoetingen, gezamenlijke maaltijden en " +
      "laagdrempelige activiteiten voor buurtbewoners.";
    const issues = checkSummaryReadability(text, "nl");
    // What to do first, then the figures, the score last in brackets and named plainly.
    const lix = issues.find((i) => i.message.includes("LIX"));
    expect(lix?.severity).toBe("warning");
    expect(lix?.message).toMatch(
      /^use shorter words: \d+ of 11 words have more than 6 letters, .* \(long-word score LIX: \d+\)$/,
    );
    const flesch = issues.find((i) => i.message.includes("Flesch-Douma"));
    expect(flesch?.severity).toBe("warning");
    expect(flesch?.message).toMatch(/^use shorter words: .* \(reading ease Flesch-Douma: -?\d+\)$/);
    expect(issues.every((i) => i.severity === "warning")).toBe(true);
  });

  test("the thresholds module is the only source of limits", () => {
    const text = dutchSentence(12);
    expect(checkSummaryReadability(text, "nl")).toEqual([]);
    // Same text, stricter limits passed in: the outcome follows the limits given.
    const strict: ReadabilityThresholds = {
      ...readabilityThresholds,
      sentenceWords: { warn: 5, error: 10 },
      summaryWords: { warn: 8, error: 11 },
    };
    const issues = checkSummaryReadability(text, "nl", strict);
    expect(issues.map((i) => i.severity)).toEqual(["error", "error"]);
    expect(issues.map((i) => i.expected)).toEqual([
      "at most 11 words, best 8 or fewer",
      "at most 10 words in a sentence, best 5 or fewer",
    ]);
    // And no limit is written into the code that applies them.
    const values = new Set(
      [
        readabilityThresholds.summaryWords.warn,
        readabilityThresholds.summaryWords.error,
        readabilityThresholds.sentenceWords.warn,
        readabilityThresholds.sentenceWords.error,
        readabilityThresholds.longWordLetters,
        readabilityThresholds.minWordsForScores,
        readabilityThresholds.fleschDouma.warnBelow,
        ...Object.values(readabilityThresholds.lix),
      ].map(String),
    );
    for (const file of ["readability.ts", "syllables.ts"]) {
      const source = fs
        .readFileSync(path.join(repoRoot, "src/lib/content", file), "utf8")
        .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      const numbers = source.match(/(?<![\w.])\d+(?![\w.])/g) ?? [];
      expect(
        numbers.filter((n) => values.has(n)),
        `${file} repeats a threshold`,
      ).toEqual([]);
    }
  });
});

describe("npm run check", () => {
  test("a long summary warns and the content still passes", () => {
    const long =
      "summary: Samen koffie drinken en praten. Je hoeft niets te regelen, kom gewoon langs. " +
      "Er zijn altijd vrijwilligers uit de buurt, en vaak iemand om mee te praten.";
    const result = check(tempContent({ [koffie]: replace(koffieSummary, long) }));
    expect(result.guide).toBeDefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        file: koffie,
        line: koffieSummaryLine,
        field: "summary",
        message: expect.stringContaining("the summary has 27 words: make it shorter"),
      }),
    ]);
  });

  test("a sentence past the hard limit fails, naming the file and the summary's line", () => {
    const tooLong =
      "summary: Elke dinsdag drinken we samen koffie en praten we met buren, " +
      "vrijwilligers en soms ook iemand die zelf een moeilijke tijd heeft gehad.";
    const dir = tempContent({ [koffie]: replace(koffieSummary, tooLong) });
    expect(errorsOf(dir)).toEqual([
      expect.objectContaining({
        file: koffie,
        line: koffieSummaryLine,
        field: "summary",
        message: expect.stringMatching(/^split this sentence: "Elke dinsdag .*" has 23 words$/),
      }),
    ]);
    const result = spawnSync(process.execPath, ["src/cli/check.ts"], {
      cwd: repoRoot,
      env: { ...process.env, LC_ALL: "C.UTF-8", BUURTGIDS_CONTENT: dir },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    const shown = path.relative(repoRoot, path.join(dir, koffie)).split(path.sep).join("/");
    expect(result.stdout).toContain(
      `${shown}:${koffieSummaryLine}  summary  split this sentence: "Elke dinsdag drinken we samen …" has 23 words`,
    );
  });

  test("a translation is measured in its own language", () => {
    const english =
      "summary: Every Tuesday we drink coffee and talk with neighbours, volunteers and " +
      "sometimes someone who went through a hard time themselves, at De Brug.";
    const dir = tempContent({
      [koffieEn]: replace(
        "summary: Drink coffee and talk together. You don't need to arrange anything, just come by.",
        english,
      ),
    });
    expect(errorsOf(dir)).toEqual([
      expect.objectContaining({ file: koffieEn, line: 3, field: "summary" }),
    ]);
  });
});
