/** Civil dates and time zone names in content (src/lib/content/dates.ts). */
import { describe, expect, test } from "vitest";
import {
  calendarDateProblem,
  isCalendarDate,
  knownTimeZone,
} from "../../../src/lib/content/dates.ts";

describe("dates", () => {
  test.each(["2026-11-02", "2028-02-29", "2026-12-31"])("%s is a date", (d) =>
    expect(isCalendarDate(d)).toBe(true),
  );
  test.each([
    "2026-13-01",
    "2026-02-30",
    "2027-02-29",
    "2026-04-31",
    "2026-00-10",
    "2026-1-1",
    "26-11-02",
  ])("%s is not a date", (d) => expect(isCalendarDate(d)).toBe(false));
  test("says why", () => {
    expect(calendarDateProblem("2026-02-30")).toBe(
      '"2026-02-30" is not a real date: February 2026 has 28 days',
    );
    expect(calendarDateProblem("2026-13-01")).toContain("month 13");
  });
  test("time zones", () => {
    expect(knownTimeZone("Europe/Amsterdam")).toBe("Europe/Amsterdam");
    expect(knownTimeZone("Mars/Olympus")).toBeUndefined();
    expect(knownTimeZone("CET")).toBeUndefined();
  });
});
