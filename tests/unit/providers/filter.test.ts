/**
 * The providers' filters: the URL query is the filter state, rows pass on all set
 * fields, and day + part of day must hold for the same meeting.
 */
import { expect, test } from "vitest";
import {
  factsFromData,
  factsToData,
  filterQuery,
  isEmptyFilter,
  matchesFilter,
  parseFilter,
  type RowFacts,
} from "../../../src/lib/providers/filter.ts";

const row: RowFacts = {
  type: "group",
  needs: ["talk", "share"],
  slots: [
    { day: "tu", part: "morning" },
    { day: "fr", part: "evening" },
  ],
  languages: ["nl", "ar-MA"],
  womenOnly: true,
  free: true,
  eveningWeekend: true,
};

const q = (query: string) => parseFilter(new URLSearchParams(query));

test("a shared link's query becomes the filter; unknown values are ignored", () => {
  expect(q("need=talk&womenOnly=1")).toEqual({
    need: "talk",
    womenOnly: true,
    free: false,
    eveningWeekend: false,
  });
  expect(q("need=nonsense&day=xx&language=<b>&type=group")).toEqual({
    type: "group",
    womenOnly: false,
    free: false,
    eveningWeekend: false,
  });
  expect(q("free=on").free).toBe(true);
});

test("the query is written in one fixed order, only with what is set", () => {
  expect(filterQuery(q("womenOnly=1&need=talk&free=0&day="))).toBe("need=talk&womenOnly=1");
  expect(isEmptyFilter(q(""))).toBe(true);
  expect(isEmptyFilter(q("eveningWeekend=1"))).toBe(false);
  const full =
    "need=share&type=group&day=fr&part=evening&language=ar&womenOnly=1&free=1&eveningWeekend=1";
  expect(filterQuery(q(full))).toBe(full);
});

test("every set field must match", () => {
  expect(matchesFilter(row, q(""))).toBe(true);
  expect(matchesFilter(row, q("need=talk&womenOnly=1&free=1"))).toBe(true);
  expect(matchesFilter(row, q("need=money"))).toBe(false);
  expect(matchesFilter(row, q("type=dropin"))).toBe(false);
  expect(matchesFilter({ ...row, womenOnly: false }, q("womenOnly=1"))).toBe(false);
  expect(matchesFilter({ ...row, free: false }, q("free=1"))).toBe(false);
  expect(matchesFilter({ ...row, eveningWeekend: false }, q("eveningWeekend=1"))).toBe(false);
});

test("a language matches by its main part (ar matches ar-MA)", () => {
  expect(matchesFilter(row, q("language=ar"))).toBe(true);
  expect(matchesFilter(row, q("language=tr"))).toBe(false);
});

test("day and part of day hold for the same meeting", () => {
  expect(matchesFilter(row, q("day=fr&part=evening"))).toBe(true);
  expect(matchesFilter(row, q("day=tu&part=morning"))).toBe(true);
  expect(matchesFilter(row, q("day=tu&part=evening"))).toBe(false);
  expect(matchesFilter(row, q("part=afternoon"))).toBe(false);
  expect(matchesFilter(row, q("day=we"))).toBe(false);
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

test("a row's facts survive the trip through data attributes", () => {
  expect(factsFromData(dataset(factsToData(row)))).toEqual(row);
});
