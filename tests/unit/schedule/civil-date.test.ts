import { describe, expect, test } from "vitest";
import {
  addDays,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isCivilDate,
  isLastWeekdayOfMonth,
  isNthWeekdayOfMonth,
  nthWeekdayOfMonth,
  parseDate,
  toEpochDay,
  weekDates,
  weekStart,
  weekdayIndex,
  weekdayOf,
} from "../../../src/lib/schedule/civil-date.ts";

describe("parsing and formatting", () => {
  test("parses a valid date and refuses impossible or sloppy ones", () => {
    expect(parseDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of [
      "2027-02-29",
      "2026-04-31",
      "2026-13-01",
      "2026-00-10",
      "2026-1-5",
      "5-1-2026",
      "",
    ]) {
      expect(() => parseDate(bad), bad).toThrow(RangeError);
      expect(isCivilDate(bad), bad).toBe(false);
    }
    expect(isCivilDate("2026-12-31")).toBe(true);
  });

  test("epoch days round-trip across centuries, leap days and before 1970", () => {
    expect(toEpochDay("1970-01-01")).toBe(0);
    expect(toEpochDay("2000-03-01") - toEpochDay("2000-02-28")).toBe(2); // 2000 is a leap year
    expect(toEpochDay("2100-03-01") - toEpochDay("2100-02-28")).toBe(1); // 2100 is not
    for (const date of [
      "1969-12-31",
      "1900-02-28",
      "2000-02-29",
      "2028-02-29",
      "2026-12-31",
      "2400-02-29",
    ]) {
      expect(fromEpochDay(toEpochDay(date))).toBe(date);
    }
  });
});

describe("arithmetic", () => {
  test("adding days crosses month ends, year ends and the leap day", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(daysBetween("2028-02-01", "2028-03-01")).toBe(29);
    expect(daysBetween("2027-03-01", "2027-02-01")).toBe(-28);
  });

  test("days in month", () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 12)).toBe(31);
    expect(daysInMonth(2026, 4)).toBe(30);
  });
});

describe("weekdays", () => {
  test("weekday of known dates, Monday = 0", () => {
    expect(weekdayIndex("2026-12-28")).toBe(0);
    expect(weekdayOf("2026-12-28")).toBe("mo");
    expect(weekdayOf("2027-03-28")).toBe("su");
    expect(weekdayOf("2026-10-25")).toBe("su");
    expect(weekdayOf("2028-02-29")).toBe("tu");
    expect(weekdayOf("1970-01-01")).toBe("th");
    expect(weekdayOf("1969-12-29")).toBe("mo");
  });

  test("nth weekday of the month", () => {
    // Wednesdays of December 2026: 2, 9, 16, 23, 30.
    expect(nthWeekdayOfMonth("2026-12-02")).toBe(1);
    expect(nthWeekdayOfMonth("2026-12-16")).toBe(3);
    expect(isNthWeekdayOfMonth("2026-12-16", 3)).toBe(true);
    expect(isNthWeekdayOfMonth("2026-12-09", 3)).toBe(false);
    expect(isNthWeekdayOfMonth("2026-12-30", 5)).toBe(true);
    expect(isNthWeekdayOfMonth("2026-12-30", 6)).toBe(false);
  });

  test("last weekday of the month: five Fridays vs four", () => {
    // January 2027 has five Fridays (1, 8, 15, 22, 29); February 2027 has four (5, 12, 19, 26).
    expect(isLastWeekdayOfMonth("2027-01-29")).toBe(true);
    expect(isLastWeekdayOfMonth("2027-01-22")).toBe(false);
    expect(isLastWeekdayOfMonth("2027-02-26")).toBe(true);
    expect(isLastWeekdayOfMonth("2027-02-19")).toBe(false);
    expect(isNthWeekdayOfMonth("2027-01-31", -1)).toBe(true); // a 31st
    expect(isLastWeekdayOfMonth("2028-02-29")).toBe(true);
    expect(isLastWeekdayOfMonth("2028-02-22")).toBe(false); // leap year: the 29th is still to come
    expect(isLastWeekdayOfMonth("2027-02-22")).toBe(true); // no 29th in 2027
  });

  test("week start and week dates are Monday..Sunday", () => {
    expect(weekStart("2027-03-28")).toBe("2027-03-22");
    expect(weekStart("2027-03-22")).toBe("2027-03-22");
    expect(weekDates("2027-01-01")).toEqual([
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
    ]);
    expect(weekDates("2028-03-02")[0]).toBe("2028-02-28");
    expect(weekDates("2028-03-02")[1]).toBe("2028-02-29");
  });
});
