import { describe, expect, test } from "vitest";
import {
  ageOf,
  daysSince,
  isStale,
  monthsBefore,
  relativeAge,
} from "../../../src/lib/guide/freshness.ts";

describe("stale after six months", () => {
  test("six calendar months back, month ends clamped", () => {
    expect(monthsBefore("2026-11-25", 6)).toBe("2026-05-25");
    expect(monthsBefore("2026-08-31", 6)).toBe("2026-02-28");
    expect(monthsBefore("2028-08-31", 6)).toBe("2028-02-29");
    expect(monthsBefore("2027-03-15", 6)).toBe("2026-09-15");
  });

  test("the day exactly six months ago is still fresh; the day before is stale", () => {
    expect(isStale("2026-05-25", "2026-11-25")).toBe(false);
    expect(isStale("2026-05-24", "2026-11-25")).toBe(true);
    expect(isStale("2026-03-01", "2026-11-25")).toBe(true);
    expect(isStale("2026-11-25", "2026-11-25")).toBe(false);
  });

  test("days since, never negative", () => {
    expect(daysSince("2026-03-01", "2026-11-25")).toBe(269);
    expect(daysSince("2026-11-26", "2026-11-25")).toBe(0);
  });
});

describe("how long ago, in words", () => {
  test("the unit grows with the age", () => {
    expect(ageOf(0)).toEqual({ value: 0, unit: "day" });
    expect(ageOf(6)).toEqual({ value: 6, unit: "day" });
    expect(ageOf(21)).toEqual({ value: 3, unit: "week" });
    expect(ageOf(30)).toEqual({ value: 4, unit: "week" });
    expect(ageOf(45)).toEqual({ value: 1, unit: "month" });
    expect(ageOf(269)).toEqual({ value: 8, unit: "month" });
    expect(ageOf(800)).toEqual({ value: 2, unit: "year" });
  });

  test("in the reader's language", () => {
    expect(relativeAge("2026-11-04", "2026-11-25", "en")).toBe("3 weeks ago");
    expect(relativeAge("2026-11-04", "2026-11-25", "nl")).toBe("3 weken geleden");
    expect(relativeAge("2026-11-25", "2026-11-25", "nl")).toBe("vandaag");
    expect(relativeAge("2026-11-24", "2026-11-25", "en")).toBe("yesterday");
    expect(relativeAge("2026-03-01", "2026-11-25", "en")).toBe("8 months ago");
    expect(relativeAge("2026-03-01", "2026-11-25", "tr")).toBe("8 ay önce");
    expect(relativeAge("2026-03-01", "2026-11-25", "uk")).toBe("8 місяців тому");
  });

  test("Arabic keeps Latin digits, like the rest of the site", () => {
    const text = relativeAge("2026-03-01", "2026-11-25", "ar");
    expect(text).toContain("8");
    expect(text).not.toMatch(/[\u0660-\u0669]/);
  });
});
