import { describe, expect, test } from "vitest";
import type { Initiative } from "../../../src/lib/content/types.ts";
import {
  canonicalLanguage,
  facetGroups,
  filterAttributes,
  filterOptions,
  initiativeFilters,
  pagefindFilter,
} from "../../../src/lib/search/filters.ts";

function initiative(over: Partial<Initiative> = {}): Initiative {
  return {
    kind: "initiative",
    slug: "x",
    type: "activity",
    needs: ["meet"],
    place: "de-brug",
    schedule: [{ days: ["tu"], from: "10:00", to: "12:00" }],
    closed: [],
    cost: "free",
    languages: ["nl"],
    womenOnly: false,
    walkIn: false,
    bringSomeone: false,
    children: false,
    wheelchair: false,
    hosts: [{ role: "volunteer" }],
    contact: {},
    lastVerified: "2026-11-01",
    audio: {},
    text: {},
    ...over,
  };
}

describe("initiativeFilters", () => {
  test("days of every rule, Monday first, each once", () => {
    const values = initiativeFilters(
      initiative({
        schedule: [
          { days: ["fr", "mo"], from: "09:30", to: "11:30" },
          { days: ["mo"], weeks: [1], from: "19:00", to: "21:00" },
        ],
      }),
    );
    expect(values.day).toEqual(["mo", "fr"]);
  });

  test("part of the day from each rule's start: 11:59 morning, 12:00 afternoon, 18:00 evening", () => {
    const at = (from: string) =>
      initiativeFilters(initiative({ schedule: [{ days: ["mo"], from, to: "23:00" }] })).time;
    expect(at("11:59")).toEqual(["morning"]);
    expect(at("12:00")).toEqual(["afternoon"]);
    expect(at("18:00")).toEqual(["evening"]);
    const both = initiative({
      schedule: [
        { days: ["mo"], from: "19:00", to: "21:00" },
        { days: ["sa"], from: "10:00", to: "12:00" },
      ],
    });
    expect(initiativeFilters(both).time).toEqual(["morning", "evening"]);
  });

  test("free, women only, wheelchair and walk-in only when true; a price is not free", () => {
    expect(initiativeFilters(initiative()).flag).toEqual(["free"]);
    const all = initiative({ womenOnly: true, wheelchair: true, walkIn: true });
    expect(initiativeFilters(all).flag).toEqual(["free", "womenOnly", "wheelchair", "walkIn"]);
    expect(initiativeFilters(initiative({ cost: 2.5 })).flag).toEqual([]);
  });

  test("needs in the home page's order, kind, languages as canonical BCP-47 tags", () => {
    const values = initiativeFilters(
      initiative({ needs: ["talk", "meet"], type: "dropin", languages: ["pt-br", "AR", "ar"] }),
    );
    expect(values.need).toEqual(["meet", "talk"]);
    expect(values.type).toEqual(["dropin"]);
    expect(values.lang).toEqual(["pt-BR", "ar"]);
  });

  test("values are the same whatever the reader's language: no words, only keys", () => {
    const attributes = filterAttributes(initiativeFilters(initiative({ womenOnly: true })));
    expect(attributes).toEqual([
      "need:meet",
      "type:activity",
      "day:tu",
      "time:morning",
      "lang:nl",
      "flag:free",
      "flag:womenOnly",
    ]);
  });
});

test("canonicalLanguage leaves a tag it cannot read as written", () => {
  expect(canonicalLanguage("zh-hant-tw")).toBe("zh-Hant-TW");
  expect(canonicalLanguage("not a tag")).toBe("not a tag");
});

test("filterOptions offers only values someone has, with counts; languages by use", () => {
  const options = filterOptions([
    initiative({ languages: ["nl", "ar"], needs: ["meet", "talk"] }),
    initiative({ languages: ["nl", "tr"], cost: 3 }),
    initiative({ languages: ["ar", "nl"], womenOnly: true }),
  ]);
  expect(options.need).toEqual([
    { value: "meet", count: 3 },
    { value: "talk", count: 1 },
  ]);
  expect(options.lang.map((o) => o.value)).toEqual(["nl", "ar", "tr"]);
  expect(options.flag).toEqual([
    { value: "free", count: 2 },
    { value: "womenOnly", count: 1 },
  ]);
  expect(options.day).toEqual([{ value: "tu", count: 3 }]);
});

describe("pagefindFilter", () => {
  test("one of the ticked days, needs, …; every ticked yes/no fact; empty groups left out", () => {
    expect(
      pagefindFilter({ need: ["meet", "talk"], day: [], flag: ["free", "womenOnly"] }),
    ).toEqual({ need: { any: ["meet", "talk"] }, flag: ["free", "womenOnly"] });
    expect(pagefindFilter({})).toEqual({});
  });

  test("groups that need their own count search: ticked 'any' groups only", () => {
    expect(facetGroups({ need: ["meet"], day: [], flag: ["free"], lang: ["ar"] })).toEqual([
      "need",
      "lang",
    ]);
  });
});
