import { describe, expect, test } from "vitest";
import { dayView, nowMarks, pickToday } from "../../../src/lib/guide/now-marks.ts";
import { addDays } from "../../../src/lib/schedule/index.ts";

const at = (iso: string) => new Date(iso).getTime();
const items = [
  { start: at("2026-12-01T09:00:00Z"), end: at("2026-12-01T11:00:00Z") },
  { start: at("2026-12-01T10:00:00Z"), end: at("2026-12-01T12:00:00Z") },
  { start: at("2026-12-01T18:00:00Z"), end: at("2026-12-01T20:00:00Z") },
  { start: at("2026-12-01T14:00:00Z"), end: at("2026-12-01T15:00:00Z") },
];

test("two overlapping items are open, and the soonest later one is next", () => {
  expect(nowMarks(items, at("2026-12-01T10:30:00Z"))).toEqual({ open: [0, 1], next: 3 });
});

test("an item is no longer open at its end time", () => {
  expect(nowMarks(items, at("2026-12-01T12:00:00Z")).open).toEqual([]);
});

test("after the last one nothing is next", () => {
  expect(nowMarks(items, at("2026-12-01T21:00:00Z"))).toEqual({ open: [], next: undefined });
});

test("a page built yesterday and viewed today shows today's list", () => {
  const listed = ["2026-12-01", "2026-12-02", "2026-12-03"];
  expect(pickToday(listed, "2026-12-02")).toBe("2026-12-02");
  expect(pickToday(listed, "2026-12-09")).toBeUndefined();
});

describe("a page of days built on one day and read on another", () => {
  const built = "2026-12-02";
  const listed = Array.from({ length: 14 }, (_, i) => addDays(built, i));

  test("on the build day: the build day and the six after it", () => {
    const view = dayView(listed, built, 7);
    expect(view).toMatchObject({ state: "listed", today: built });
    expect(view.shown).toEqual(listed.slice(0, 7));
  });

  test("three days later: the past days are gone and today comes first", () => {
    const view = dayView(listed, "2026-12-05", 7);
    expect(view.shown[0]).toBe("2026-12-05");
    expect(view.shown).toHaveLength(7);
    expect(view.shown).not.toContain(built);
  });

  test("seven days later: still a whole week from today", () => {
    const view = dayView(listed, addDays(built, 7), 7);
    expect(view.shown).toEqual(listed.slice(7, 14));
  });

  test("ten days later: what is left, today first", () => {
    expect(dayView(listed, addDays(built, 10), 7).shown).toEqual(listed.slice(10));
  });

  test("after the last built day: nothing, so the page can say it is out of date", () => {
    expect(dayView(listed, addDays(built, 14), 7)).toEqual({
      state: "after",
      today: undefined,
      shown: [],
    });
  });

  test("a device clock behind the build leaves the page as built", () => {
    expect(dayView(listed, "2026-12-01", 7)).toMatchObject({
      state: "before",
      shown: listed.slice(0, 7),
    });
  });
});
