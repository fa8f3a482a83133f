/** Sorting the providers' table: numbers as numbers, words by the reader's language, stable. */
import { expect, test } from "vitest";
import { nextDirection, sortOrder } from "../../../src/lib/providers/sort.ts";

test("numbers sort as numbers, not as text", () => {
  expect(sortOrder(["600", "90", "1440"], "ascending", "nl")).toEqual([1, 0, 2]);
  expect(sortOrder(["2.5", "0", "10"], "descending", "nl")).toEqual([2, 0, 1]);
});

test("words sort by the reader's language", () => {
  // In Turkish, "ç" comes after "c" and before "d".
  expect(sortOrder(["dans", "çay", "cafe"], "ascending", "tr")).toEqual([2, 1, 0]);
  expect(sortOrder(["Zwemmen", "avond", "Breien"], "ascending", "nl")).toEqual([1, 2, 0]);
});

test("equal values keep their order in both directions", () => {
  expect(sortOrder(["b", "a", "b", "a"], "ascending", "en")).toEqual([1, 3, 0, 2]);
  expect(sortOrder(["b", "a", "b", "a"], "descending", "en")).toEqual([0, 2, 1, 3]);
});

test("a new column sorts ascending; the same column flips", () => {
  expect(nextDirection(undefined, false)).toBe("ascending");
  expect(nextDirection("ascending", false)).toBe("ascending");
  expect(nextDirection("ascending", true)).toBe("descending");
  expect(nextDirection("descending", true)).toBe("ascending");
});
