/** "Did you mean": one edit away, from the index's own words, never a feeling word shown back. */
import { describe, expect, test } from "vitest";
import {
  correctWords,
  correctedQuery,
  parseWordList,
  unconfirmedWords,
  withinOneEdit,
  wordKey,
  wordListText,
} from "../../../src/lib/search/typos.ts";

describe("withinOneEdit", () => {
  test.each([
    ["kofie", "koffie"], // a letter dropped
    ["kooffie", "koffie"], // a letter added
    ["koffoe", "koffie"], // a letter changed
    ["kofife", "koffie"], // two neighbours swapped
    ["offie", "koffie"], // the first letter dropped
    ["koffi", "koffie"], // the last letter dropped
    ["وحده", "وحدة"], // Arabic: taa marbuta typed as haa
    ["самотнсть", "самотність"],
  ])("%s ~ %s", (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
    expect(withinOneEdit(b, a)).toBe(true);
  });

  test.each([
    ["kofi", "koffie"],
    ["kfofei", "koffie"],
    ["wandeling", "wandelen"],
    ["abcde", "edcba"],
  ])("%s is further than one edit from %s", (a, b) => {
    expect(withinOneEdit(a, b)).toBe(false);
  });
});

test("wordKey compares without case, accents or the Turkish dotless ı", () => {
  expect(wordKey("Café", "nl")).toBe("cafe");
  expect(wordKey("YALNIZ", "tr")).toBe("yalniz");
  expect(wordKey("yalnız", "tr")).toBe("yalniz");
  expect(wordKey("İçeri", "tr")).toBe("iceri");
});

describe("the word list", () => {
  const counts = new Map([
    ["koffie", 6],
    ["kopje", 1],
    ["samen", 20],
    ["een", 30],
    ["2026", 4],
    ["koffieochtend", 1],
  ]);
  const text = wordListText(counts, ["eenzaam", "depressie", "samen"], "nl");

  test("holds words of four letters or more, most pages first, then feeling words not yet in it", () => {
    expect(text).toBe("samen\nkoffie\nkoffieochtend\nkopje\n\neenzaam\ndepressie\n");
    const list = parseWordList(text);
    expect(list.words).toEqual([
      "samen",
      "koffie",
      "koffieochtend",
      "kopje",
      "eenzaam",
      "depressie",
    ]);
    expect([...list.feelings]).toEqual(["eenzaam", "depressie"]);
  });

  test("a feeling phrase or hyphenated word goes in as its words", () => {
    expect(wordListText(new Map(), ["burn-out", "طبيب نفسي"], "nl")).toBe("\n\nburn\nطبيب\nنفسي\n");
  });

  test("'kofie' becomes 'koffie'; a typo in the middle of a long word is found too", () => {
    const list = parseWordList(text);
    expect(correctWords(["kofie"], list, "nl")).toEqual([
      { from: "kofie", to: "koffie", feeling: false },
    ]);
    expect(correctWords(["koffieoctend"], list, "nl")).toEqual([
      { from: "koffieoctend", to: "koffieochtend", feeling: false },
    ]);
  });

  test("the word on most pages wins when two are one edit away", () => {
    const list = parseWordList(
      wordListText(
        new Map([
          ["koppen", 1],
          ["koffen", 5],
        ]),
        [],
        "nl",
      ),
    );
    expect(correctWords(["kofpen"], list, "nl")[0]?.to).toBe("koffen");
  });

  test("known words, beginnings of words, short words and hopeless words are left alone", () => {
    const list = parseWordList(text);
    expect(correctWords(["koffie", "koffieoch", "kofi", "xyzzyq"], list, "nl")).toEqual([]);
  });

  test("a typo of a feeling word is corrected, and marked so the page does not show it", () => {
    const list = parseWordList(text);
    expect(correctWords(["depresie"], list, "nl")).toEqual([
      { from: "depresie", to: "depressie", feeling: true },
    ]);
  });

  test("Turkish typed without Turkish letters finds the word as written", () => {
    const list = parseWordList(wordListText(new Map([["yalnızlık", 2]]), [], "tr"));
    expect(correctWords(["yalnizlk"], list, "tr")).toEqual([
      { from: "yalnizlk", to: "yalnızlık", feeling: false },
    ]);
  });
});

describe("unconfirmedWords", () => {
  test("a typed word shown in the results is borne out, also as a longer or stemmed word", () => {
    expect(unconfirmedWords(["koffie"], ["Koffieochtend"], "nl")).toEqual([]);
    expect(unconfirmedWords(["wandeling"], ["wandelen"], "nl")).toEqual([]);
    expect(unconfirmedWords(["الوحدة"], ["بالوحدة"], "ar")).toEqual([]);
  });

  test("results that only match a short beginning ('de' for 'depressie') bear nothing out", () => {
    expect(unconfirmedWords(["depressie", "de"], ["De", "de"], "nl")).toEqual(["depressie"]);
    expect(unconfirmedWords(["kofie"], [], "nl")).toEqual(["kofie"]);
    // Short words are never checked.
    expect(unconfirmedWords(["thee"], [], "nl")).toEqual([]);
  });
});

test("correctedQuery replaces whole words only", () => {
  const corrections = [{ from: "kofie", to: "koffie", feeling: false }];
  expect(correctedQuery("kofie ochtend", corrections)).toBe("koffie ochtend");
  expect(correctedQuery("kofiekan kofie", corrections)).toBe("kofiekan koffie");
});
