/** Which script a search is in, and a search in the page's address. */
import { expect, test } from "vitest";
import { localeScript, textScript } from "../../../src/lib/search/scripts.ts";
import { readSearch, searchQuery } from "../../../src/lib/search/url.ts";

test("each locale's script, and the script a search is typed in", () => {
  expect(["nl", "en", "tr", "pl", "ar", "uk"].map(localeScript)).toEqual([
    "Latn",
    "Latn",
    "Latn",
    "Latn",
    "Arab",
    "Cyrl",
  ]);
  const scripts = ["Latn", "Arab", "Cyrl"];
  expect(textScript("وحدة", scripts)).toBe("Arab");
  expect(textScript("yalnız", scripts)).toBe("Latn");
  expect(textScript("самотність", scripts)).toBe("Cyrl");
  expect(textScript("koffie ochtend وحدة", scripts)).toBe("Latn");
  expect(textScript("2026", scripts)).toBeUndefined();
});

test("a search survives its address: words as typed, filters in their fixed order", () => {
  const state = {
    q: "koffie ochtend",
    selection: { flag: ["womenOnly" as const], need: ["talk"] },
  };
  const query = searchQuery(state);
  expect(query).toBe("q=koffie+ochtend&need=talk&womenOnly=1");
  expect(readSearch(new URLSearchParams(query))).toEqual({
    q: "koffie ochtend",
    selection: { need: ["talk"], flag: ["womenOnly"] },
  });
  expect(searchQuery({ q: "  ", selection: {} })).toBe("");
  expect(readSearch(new URLSearchParams("q=%D9%88%D8%AD%D8%AF%D8%A9&need=nope"))).toEqual({
    q: "وحدة",
    selection: {},
  });
});
