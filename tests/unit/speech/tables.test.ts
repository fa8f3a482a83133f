/** The shared pieces of the grammar modules: numbers in words, and the noun after a number. */
import { expect, test } from "vitest";
import { numberWords, pluralWord } from "../../../src/lib/speech/locales/tables.ts";

test("the noun after a number follows each language's plural rules", () => {
  const weeks = { one: "tydzień", few: "tygodnie", other: "tygodni" };
  expect([1, 2, 5, 12, 21, 22].map((n) => pluralWord("pl", n, weeks))).toEqual([
    "tydzień",
    "tygodnie",
    "tygodni",
    "tygodni",
    "tygodni",
    "tygodnie",
  ]);
  // Ukrainian, unlike Polish, says 21 with the singular.
  const uk = { one: "тиждень", few: "тижні", other: "тижнів" };
  expect([1, 11, 21, 24].map((n) => pluralWord("uk", n, uk))).toEqual([
    "тиждень",
    "тижнів",
    "тиждень",
    "тижні",
  ]);
});

test("numbers below 100 in words, joined the language's way; others as digits", () => {
  const ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
  const tens = ["-", "ten", "twenty", "thirty"];
  const spaced = numberWords(ones, tens);
  const hyphened = numberWords(ones, tens, (ten, unit) => `${ten}-${ones[unit]}`);
  expect([3, 20, 23, 100].map(spaced)).toEqual(["three", "twenty", "twenty three", "100"]);
  expect(hyphened(31)).toBe("thirty-one");
});
