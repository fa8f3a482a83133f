import { describe, expect, test } from "vitest";
import { numberWords } from "../../../src/lib/speech/index.ts";
import { locales } from "./fixtures.ts";

const values = [0, 1, 2, 11, 12, 21, 30, 45] as const;

/** Number words for 0, 1, 2, 11, 12, 21, 30, 45 in each locale. */
const expected: Record<(typeof locales)[number], string[]> = {
  nl: ["nul", "één", "twee", "elf", "twaalf", "eenentwintig", "dertig", "vijfenveertig"],
  en: ["zero", "one", "two", "eleven", "twelve", "twenty-one", "thirty", "forty-five"],
  ar: ["صفر", "واحد", "اثنان", "أحد عشر", "اثنا عشر", "واحد وعشرون", "ثلاثون", "خمسة وأربعون"],
  tr: ["sıfır", "bir", "iki", "on bir", "on iki", "yirmi bir", "otuz", "kırk beş"],
  pl: [
    "zero",
    "jeden",
    "dwa",
    "jedenaście",
    "dwanaście",
    "dwadzieścia jeden",
    "trzydzieści",
    "czterdzieści pięć",
  ],
  uk: [
    "нуль",
    "один",
    "два",
    "одинадцять",
    "дванадцять",
    "двадцять один",
    "тридцять",
    "сорок пʼять",
  ],
};

describe("numberWords", () => {
  test.each(locales)("%s: 0, 1, 2, 11, 12, 21, 30, 45", (locale) => {
    expect(values.map((n) => numberWords(n, locale))).toEqual(expected[locale]);
  });

  test("compounds follow each language's own rules", () => {
    // Dutch writes the diaeresis where two vowels meet, and "een" without accent inside.
    expect(numberWords(22, "nl")).toBe("tweeëntwintig");
    expect(numberWords(23, "nl")).toBe("drieëntwintig");
    expect(numberWords(31, "nl")).toBe("eenendertig");
    expect(numberWords(58, "en")).toBe("fifty-eight");
    expect(numberWords(59, "tr")).toBe("elli dokuz");
    expect(numberWords(18, "ar")).toBe("ثمانية عشر");
    expect(numberWords(52, "ar")).toBe("اثنان وخمسون");
    expect(numberWords(15, "pl")).toBe("piętnaście");
    expect(numberWords(40, "uk")).toBe("сорок");
  });

  test("every number from 0 to 59 is in words, different from its neighbours", () => {
    for (const locale of locales) {
      const all = Array.from({ length: 60 }, (_, n) => numberWords(n, locale));
      for (const word of all) expect(word).not.toMatch(/\d|undefined|-$/);
      expect(new Set(all).size).toBe(60);
    }
  });

  test("numbers outside the tables stay digits instead of wrong words", () => {
    expect(numberWords(150, "en")).toBe("150");
    expect(numberWords(2.5, "nl")).toBe("2.5");
  });

  test("a locale without a grammar is named in the error", () => {
    expect(() => numberWords(1, "de")).toThrow(/"de".*nl, en, ar, tr, pl, uk/);
  });
});
