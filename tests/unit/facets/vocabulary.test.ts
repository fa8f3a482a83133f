/**
 * One facet vocabulary for the search page and the providers' table: the URL query is
 * the choice (old names still read), and one matching rule decides for both: any
 * value within a facet, every yes/no fact, all facets, day + time for the same meeting.
 */
import { describe, expect, test } from "vitest";
import { facetFilter, type FacetValues } from "../../../src/lib/facets/vocabulary.ts";
import {
  facetData,
  facetField,
  facetQuery,
  facetValuesFromData,
  isEmptySelection,
  languageKey,
  matches,
  parseFacets,
} from "../../../src/lib/facets/query.ts";

const q = (query: string) => parseFacets(new URLSearchParams(query));

/** A women-only talk group on Tuesday morning and Friday evening, in Dutch and Moroccan Arabic. */
const group: FacetValues = {
  need: ["talk", "share"],
  type: ["group"],
  day: ["tu", "fr"],
  time: ["morning", "evening"],
  language: ["nl", "ar"],
  flag: ["free", "womenOnly", "eveningWeekend"],
  dayTime: ["tu-morning", "fr-evening"],
};

const passes = (query: string, values = group) => matches(values, facetFilter(q(query)));

describe("the query", () => {
  test("a shared link's query becomes the choice; unknown values are ignored", () => {
    expect(q("need=talk&womenOnly=1")).toEqual({ need: ["talk"], flag: ["womenOnly"] });
    expect(q("need=nonsense&day=xx&language=<b>&type=group")).toEqual({ type: ["group"] });
    expect(q("free=on").flag).toEqual(["free"]);
    expect(q("free=0&womenOnly=")).toEqual({});
  });

  test("the old names still work: part (providers), lang (search), flag=free", () => {
    expect(q("part=evening")).toEqual({ time: ["evening"] });
    expect(q("lang=ar")).toEqual({ language: ["ar"] });
    expect(q("flag=free&flag=walkIn")).toEqual({ flag: ["free", "walkIn"] });
  });

  test("a language is its main part: pt-BR asks for Portuguese", () => {
    expect(q("language=pt-BR&language=PT")).toEqual({ language: ["pt"] });
    expect(languageKey("ar-MA")).toBe("ar");
  });

  test("it is written in one fixed order, only with what is chosen", () => {
    expect(facetQuery(q("womenOnly=1&need=talk&free=0&day="))).toBe("need=talk&womenOnly=1");
    expect(facetQuery(q("day=fr&day=tu&part=evening"))).toBe("day=tu&day=fr&time=evening");
    const full =
      "need=share&type=group&day=fr&time=evening&language=ar&free=1&womenOnly=1&wheelchair=1&walkIn=1&eveningWeekend=1";
    expect(facetQuery(q(full))).toBe(full);
    expect(isEmptySelection(q(""))).toBe(true);
    expect(isEmptySelection(q("eveningWeekend=1"))).toBe(false);
  });

  test("each value has one form field: need=talk, and a yes/no fact of its own", () => {
    expect(facetField("need", "talk")).toEqual({ name: "need", value: "talk" });
    expect(facetField("time", "evening")).toEqual({ name: "time", value: "evening" });
    expect(facetField("flag", "womenOnly")).toEqual({ name: "womenOnly", value: "1" });
  });
});

describe("matching", () => {
  test("nothing chosen lets everything through; every chosen facet must hold", () => {
    expect(passes("")).toBe(true);
    expect(passes("need=talk&womenOnly=1&free=1")).toBe(true);
    expect(passes("need=money")).toBe(false);
    expect(passes("type=dropin")).toBe(false);
    expect(passes("wheelchair=1")).toBe(false);
  });

  test("within a facet one value is enough; yes/no facts must all hold", () => {
    expect(passes("need=money&need=talk")).toBe(true);
    expect(passes("day=we&day=fr")).toBe(true);
    expect(passes("free=1&womenOnly=1")).toBe(true);
    expect(passes("free=1&walkIn=1")).toBe(false);
  });

  test("a language matches by its main part (ar-MA asks for ar)", () => {
    expect(passes("language=ar-MA")).toBe(true);
    expect(passes("language=tr")).toBe(false);
  });

  test("day and time of day hold for the same meeting", () => {
    expect(passes("day=fr&time=evening")).toBe(true);
    expect(passes("day=tu&time=morning")).toBe(true);
    expect(passes("day=tu&time=evening")).toBe(false);
    expect(passes("day=tu&day=fr&time=evening")).toBe(true);
    expect(passes("time=afternoon")).toBe(false);
    expect(passes("day=we")).toBe(false);
  });

  test("the filter is Pagefind's: any-of per facet, a list for all-of, dayTime when coupled", () => {
    expect(facetFilter(q("need=meet&need=talk&free=1&womenOnly=1"))).toEqual({
      need: { any: ["meet", "talk"] },
      flag: ["free", "womenOnly"],
    });
    expect(facetFilter(q("day=tu&day=fr&time=evening&language=ar"))).toEqual({
      language: { any: ["ar"] },
      dayTime: { any: ["tu-evening", "fr-evening"] },
    });
    expect(facetFilter({})).toEqual({});
  });
});

/** What a browser's `dataset` makes of data-* attributes. */
function dataset(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [
      name.replace(/^data-/, "").replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()),
      value,
    ]),
  );
}

test("a row's values survive the trip through data attributes", () => {
  expect(facetData(group)["data-day-time"]).toBe("tu-morning fr-evening");
  expect(facetValuesFromData(dataset(facetData(group)))).toEqual(group);
});
