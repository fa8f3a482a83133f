/**
 * The VTIMEZONE we generate from Intl: the EU rule for Europe/Amsterdam, and for
 * several zones ical.js (which has no zone data of its own) turns local times
 * into the same instants as Intl, across many years. Zones whose rules changed get
 * a clear error.
 */
import { describe, expect, test } from "vitest";
import { vtimezoneLines, zoneObservances } from "../../../src/lib/ics/vtimezone.ts";
import { instantOf, zonedDateTime } from "../../../src/lib/schedule/zone.ts";
import { addDays, daysBetween, weekdayOf } from "../../../src/lib/schedule/civil-date.ts";
import { icalInstant } from "./ical.ts";

test("Europe/Amsterdam: summer time from the last Sunday of March, winter time from the last Sunday of October", () => {
  expect(zoneObservances("Europe/Amsterdam", 2025, 2055)).toEqual([
    {
      kind: "DAYLIGHT",
      dtstart: "20250330T020000",
      offsetFrom: 60,
      offsetTo: 120,
      rrule: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    },
    {
      kind: "STANDARD",
      dtstart: "20251026T030000",
      offsetFrom: 120,
      offsetTo: 60,
      rrule: "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    },
  ]);
  expect(vtimezoneLines("Europe/Amsterdam", 2025)).toContain("TZOFFSETTO:+0200");
});

const hour = 3_600_000;

/** True when the wall clock is skipped or repeated by a change (ical.js departs from RFC 5545 there). */
function atChange(date: string, time: string, timeZone: string): boolean {
  const instant = instantOf(date, time, timeZone);
  const shown = zonedDateTime(instant, timeZone);
  const later = zonedDateTime(new Date(instant.getTime() + hour), timeZone);
  const skipped = shown.date !== date || shown.time !== time;
  const repeated = later.date === date && later.time === time;
  return skipped || repeated;
}

describe.each([
  "Europe/Amsterdam",
  "America/New_York",
  "Australia/Sydney",
  "Asia/Tokyo",
  "Europe/London",
])("%s", (timeZone) => {
  test("ical.js with our VTIMEZONE puts local times at the same instants as Intl, 2025-2039", () => {
    const toInstant = icalInstant(vtimezoneLines(timeZone, 2024));
    const wrong: string[] = [];
    let checked = 0;
    for (let date = "2025-01-01"; date < "2040-01-01"; date = addDays(date, 1)) {
      // Every Sunday (these zones change on Sundays) and every 5th day.
      if (weekdayOf(date) !== "su" && daysBetween("2025-01-01", date) % 5 !== 0) continue;
      for (const time of ["00:00", "01:30", "02:30", "03:30", "12:00", "19:30"]) {
        if (atChange(date, time, timeZone)) continue;
        checked++;
        if (toInstant(date, time) !== instantOf(date, time, timeZone).getTime()) {
          wrong.push(`${date} ${time}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });
});

test("a zone whose rules changed inside the span gets an error that names it and says what to do", () => {
  // Turkey stopped changing its clocks in 2016.
  expect(() => vtimezoneLines("Europe/Istanbul", 2012)).toThrow(
    /Europe\/Istanbul.*cannot be written.*timeZone in site\.yaml/,
  );
  expect(() => vtimezoneLines("Europe/Istanbul", 2017)).not.toThrow();
});

test("an unknown zone is refused", () => {
  expect(() => vtimezoneLines("Europe/Lindenhof", 2025)).toThrow(RangeError);
});
