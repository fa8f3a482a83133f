/** The feeling vocabulary: what it maps, to which needs, and that it stays out of sight. */
import { describe, expect, test } from "vitest";
import {
  allFeelingWords,
  feelingMetaKeys,
  feelingVocabularies,
  feelingVocabulary,
  feelingWords,
} from "../../../src/lib/search/feelings/index.ts";
import { needs } from "../../../src/lib/facts.ts";
import { knownLocaleCodes } from "../../../src/lib/i18n/locales.ts";
import { uiResources } from "../../../src/lib/i18n/resources.ts";
import { findStigmaWords } from "../../../src/lib/content/stigma.ts";

/** The words the issue names, each with the needs it must point to (one of them). */
const named: [locale: string, word: string, needs: string[]][] = [
  ["nl", "depressie", ["talk"]],
  ["nl", "eenzaam", ["meet", "talk"]],
  ["nl", "somber", ["talk"]],
  ["nl", "angst", ["talk"]],
  ["nl", "ggz", ["talk"]],
  ["nl", "psychisch", ["talk"]],
  ["nl", "schulden", ["money"]],
  ["nl", "rouw", ["share"]],
  ["en", "lonely", ["meet", "talk"]],
  ["en", "sad", ["talk"]],
  ["en", "depressed", ["talk"]],
  ["en", "anxious", ["talk"]],
  ["en", "stress", ["talk"]],
  ["en", "grief", ["share"]],
  ["en", "debt", ["money"]],
  ["tr", "yalnız", ["meet", "talk"]],
  ["ar", "وحدة", ["meet", "talk"]],
  ["pl", "samotność", ["meet", "talk"]],
  ["uk", "самотність", ["meet", "talk"]],
];

describe("the vocabulary", () => {
  test("every locale of the site has one, for known needs only, in lower case", () => {
    expect(Object.keys(feelingVocabularies).sort()).toEqual([...knownLocaleCodes].sort());
    for (const [locale, vocabulary] of Object.entries(feelingVocabularies)) {
      for (const [need, words] of Object.entries(vocabulary)) {
        expect(needs, `${locale} ${need}`).toContain(need);
        for (const word of words ?? []) {
          expect(word, locale).toBe(word.toLocaleLowerCase(locale).trim());
        }
      }
    }
  });

  test.each(named)("%s: %s points to %s", (locale, word, expected) => {
    const vocabulary = feelingVocabulary(locale) as Record<string, readonly string[]>;
    const pointsTo = Object.keys(vocabulary).filter((need) => vocabulary[need]?.includes(word));
    expect(pointsTo.some((need) => expected.includes(need))).toBe(true);
  });

  test("a regional tag uses its language's words; a language without a list has none", () => {
    expect(feelingVocabulary("nl-BE")).toBe(feelingVocabulary("nl"));
    expect(feelingVocabulary("de")).toEqual({});
    expect(feelingWords("de", ["talk"])).toEqual({ main: [], also: [] });
  });

  test("it holds the clinical words the content lint refuses: understood, never written", () => {
    // The lint would flag these in content; here they are only what people type.
    expect(
      findStigmaWords("Zoek je hulp van de GGZ of een psychiater?", { locale: "nl" }),
    ).not.toEqual([]);
    expect(allFeelingWords("nl")).toEqual(expect.arrayContaining(["ggz", "psychiater"]));
  });

  test("no UI string the site shows is one of its clinical words", () => {
    // Labels stay everyday words: "Met iemand praten", never "GGZ" or "depressie".
    const clinical = ["ggz", "depressie", "psychisch", "psychiater", "depression", "psychiatrist"];
    for (const [locale, strings] of Object.entries(uiResources)) {
      for (const [key, text] of Object.entries(strings)) {
        const words = text.toLocaleLowerCase(locale).match(/[\p{L}\p{M}]+/gu) ?? [];
        for (const word of clinical) expect(words, `${locale} ${key}`).not.toContain(word);
      }
    }
  });
});

describe("feelingWords", () => {
  test("the first need's words are the main ones; other needs' words come after, each once", () => {
    const { main, also } = feelingWords("nl", ["talk", "meet"]);
    expect(main).toEqual(expect.arrayContaining(["depressie", "somber", "angst", "eenzaam"]));
    expect(also).toEqual(expect.arrayContaining(["vereenzaming"]));
    expect(also.filter((word) => main.includes(word))).toEqual([]);
    expect(new Set(also).size).toBe(also.length);
  });

  test("an entry for moving and meeting people is found by lonely, but not first by depressed", () => {
    const { main, also } = feelingWords("en", ["move", "meet"]);
    expect(main).not.toContain("lonely");
    expect(also).toContain("lonely");
    expect([...main, ...also]).not.toContain("depressed");
  });

  test("Turkish words get their folded twin; phrases are split into words", () => {
    expect(feelingWords("tr", ["meet"]).main).toEqual(
      expect.arrayContaining(["yalnız", "yalniz", "yalnızlık", "yalnizlik"]),
    );
    expect(feelingWords("ar", ["talk"]).main).toEqual(expect.arrayContaining(["طبيب", "نفسي"]));
  });

  test("the metadata keys are the ones the search page weighs", () => {
    expect(feelingMetaKeys).toEqual({ main: "feel", also: "feelAlso" });
  });
});
