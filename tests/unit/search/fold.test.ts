import { expect, test } from "vitest";
import { foldForSearch, foldedTwins, foldsDotlessI } from "../../../src/lib/search/fold.ts";

test("Turkish capitals, dotless and dotted i all fold to one plain i", () => {
  for (const typed of ["KADIN", "Kadın", "kadın", "kadin", "KADİN"]) {
    expect(foldForSearch(typed, "tr"), typed).toBe("kadin");
  }
  expect(foldForSearch("İÇERİ", "tr")).toBe("içeri");
  expect(foldForSearch("IŞIK", "tr-TR")).toBe("işik");
});

test("other languages are left to the search engine", () => {
  expect(foldsDotlessI("nl")).toBe(false);
  expect(foldForSearch("KOFFIE", "nl")).toBe("KOFFIE");
  expect(foldedTwins("Kadın sabahı", "nl")).toEqual([]);
});

test("twins: only words the engine would store differently, each once", () => {
  expect(foldedTwins("Kahve sabahı. Kimseyi tanımasanız bile, sabahı İçeri gelin.", "tr")).toEqual([
    "sabahi",
    "tanimasaniz",
  ]);
  // Dutch text on a Turkish page: "Inloop" is stored as "inloop" either way.
  expect(foldedTwins("Inloop in de Linde", "tr")).toEqual([]);
});
