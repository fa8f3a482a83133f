import { describe, expect, test } from "vitest";
import { instantOf, offsetMinutes, today, zonedDateTime } from "../../../src/lib/schedule/zone.ts";

const ams = "Europe/Amsterdam";
const iso = (d: Date) => d.toISOString();

describe("zonedDateTime", () => {
  test("gives the site's wall clock, not UTC's", () => {
    expect(zonedDateTime(new Date("2026-07-01T22:30:00Z"), ams)).toEqual({
      date: "2026-07-02",
      time: "00:30",
      weekday: "th",
    });
    expect(zonedDateTime(new Date("2026-07-02T02:00:00Z"), "America/New_York")).toEqual({
      date: "2026-07-01",
      time: "22:00",
      weekday: "we",
    });
    expect(zonedDateTime(new Date("2026-01-15T12:00:59.999Z"), "UTC").time).toBe("12:00");
  });

  test("around the spring-forward switch (2027-03-28, 01:00 UTC)", () => {
    expect(zonedDateTime(new Date("2027-03-28T00:59:00Z"), ams).time).toBe("01:59");
    expect(zonedDateTime(new Date("2027-03-28T01:00:00Z"), ams).time).toBe("03:00");
    expect(offsetMinutes(new Date("2027-03-28T00:59:00Z"), ams)).toBe(60);
    expect(offsetMinutes(new Date("2027-03-28T01:00:00Z"), ams)).toBe(120);
  });

  test("around the fall-back switch (2026-10-25, 01:00 UTC): 02:30 happens twice", () => {
    expect(zonedDateTime(new Date("2026-10-25T00:30:00Z"), ams).time).toBe("02:30");
    expect(zonedDateTime(new Date("2026-10-25T01:30:00Z"), ams).time).toBe("02:30");
    expect(offsetMinutes(new Date("2026-10-25T00:30:00Z"), ams)).toBe(120);
    expect(offsetMinutes(new Date("2026-10-25T01:30:00Z"), ams)).toBe(60);
  });

  test("today near midnight follows the site, not UTC", () => {
    expect(today(new Date("2026-12-31T22:59:00Z"), ams)).toBe("2026-12-31");
    expect(today(new Date("2026-12-31T23:00:00Z"), ams)).toBe("2027-01-01");
    expect(today(new Date("2026-12-31T23:30:00Z"), "UTC")).toBe("2026-12-31");
  });

  test("refuses an unknown zone and an invalid date", () => {
    expect(() => zonedDateTime(new Date(), "Europe/Atlantis")).toThrow(RangeError);
    expect(() => zonedDateTime(new Date(Number.NaN), ams)).toThrow(RangeError);
  });
});

describe("instantOf", () => {
  test("10:00 local is 09:00 UTC in winter and 08:00 UTC in summer", () => {
    expect(iso(instantOf("2027-03-21", "10:00", ams))).toBe("2027-03-21T09:00:00.000Z");
    expect(iso(instantOf("2027-03-28", "10:00", ams))).toBe("2027-03-28T08:00:00.000Z");
    expect(iso(instantOf("2026-10-18", "10:00", ams))).toBe("2026-10-18T08:00:00.000Z");
    expect(iso(instantOf("2026-10-25", "10:00", ams))).toBe("2026-10-25T09:00:00.000Z");
  });

  test("a skipped time (spring forward) moves forward by the gap", () => {
    // 02:30 does not exist on 2027-03-28; it becomes 03:30 CEST = 01:30 UTC.
    const instant = instantOf("2027-03-28", "02:30", ams);
    expect(iso(instant)).toBe("2027-03-28T01:30:00.000Z");
    expect(zonedDateTime(instant, ams).time).toBe("03:30");
    expect(iso(instantOf("2027-03-28", "03:00", ams))).toBe("2027-03-28T01:00:00.000Z");
    expect(iso(instantOf("2027-03-28", "01:59", ams))).toBe("2027-03-28T00:59:00.000Z");
  });

  test("a repeated time (fall back) means the first of the two", () => {
    expect(iso(instantOf("2026-10-25", "02:30", ams))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(instantOf("2026-10-25", "03:00", ams))).toBe("2026-10-25T02:00:00.000Z");
    expect(iso(instantOf("2026-10-25", "01:59", ams))).toBe("2026-10-24T23:59:00.000Z");
  });

  test("24:00 is midnight at the end of the day, also on a switch day", () => {
    expect(iso(instantOf("2026-10-25", "24:00", ams))).toBe("2026-10-25T23:00:00.000Z");
    expect(iso(instantOf("2027-03-27", "24:00", ams))).toBe("2027-03-27T23:00:00.000Z");
  });

  test("works in other zones: New York, and Sydney where the UTC date differs", () => {
    // New York springs forward on 2027-03-14.
    expect(iso(instantOf("2027-03-07", "10:00", "America/New_York"))).toBe(
      "2027-03-07T15:00:00.000Z",
    );
    expect(iso(instantOf("2027-03-14", "10:00", "America/New_York"))).toBe(
      "2027-03-14T14:00:00.000Z",
    );
    // Sydney springs forward on 2026-10-04; 10:00 local is the previous day in UTC.
    expect(iso(instantOf("2026-09-27", "10:00", "Australia/Sydney"))).toBe(
      "2026-09-27T00:00:00.000Z",
    );
    expect(iso(instantOf("2026-10-04", "10:00", "Australia/Sydney"))).toBe(
      "2026-10-03T23:00:00.000Z",
    );
  });

  test("round-trips with zonedDateTime for every half hour of both switch days", () => {
    for (const date of ["2027-03-28", "2026-10-25"]) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        const local = zonedDateTime(instantOf(date, time, ams), ams);
        if (date === "2027-03-28" && (time === "02:00" || time === "02:30")) {
          expect(local.time).toBe(time === "02:00" ? "03:00" : "03:30");
        } else {
          expect(local, `${date} ${time}`).toEqual({
            date,
            time,
            weekday: "su",
          });
        }
      }
    }
  });
});
