/** The days a page of days shows when read days after its build (lib/guide/day-view.ts). */
import { describe, expect, test } from "vitest";
import { dayView, daysShown } from "../../../src/lib/guide/day-view.ts";
import { daysBuilt } from "../../../src/lib/guide/list-pages.ts";
import { addDays } from "../../../src/lib/schedule/index.ts";

test("pages of days are built for two windows of seven days", () => {
  expect(daysShown).toBe(7);
  expect(daysBuilt).toBe(14);
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
