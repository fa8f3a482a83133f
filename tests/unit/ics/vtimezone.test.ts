/**
 * The VTIMEZONE we generate from Intl: the EU rule for Europe/Amsterdam, and for
 * several zones ical.js (which has no zone data of its own) turns instants into
 * the same wall clock as Intl, across many years. Zones whose rules changed get
 * a clear error.
 */
import { describe, expect, test } from "vitest";
import { vtimezoneLines, zoneObservances } from "../../../src/lib/ics/vtimezone.ts";
import { zonedDateTime } from "../../../src/lib/schedule/zone.ts";
import { icalWallClock } from "./ical.ts";

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

/** Instants every 5 days and 1 hour from 2025 to 2040, plus the hours around each change. */
function sampleInstants(): Date[] {
  const instants: Date[] = [];
  for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2040, 0, 1); t += 5 * 86_400_000 + 3_600_000) {
    instants.push(new Date(t));
  }
  for (let year = 2025; year < 2040; year++) {
    for (const month of [2, 3, 9, 10]) {
      for (let day = 1; day <= 31; day += 1) {
        for (const hour of [0, 1, 2, 3, 15, 16]) instants.push(new Date(Date.UTC(year, month, day, hour, 30)));
      }
    }
  }
  return instants;
}

describe.each(["Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Asia/Tokyo", "Europe/London"])(
  "%s",
  (timeZone) => {
    test("ical.js with our VTIMEZONE shows the same wall clock as Intl, 2025-2039", () => {
      const lines = vtimezoneLines(timeZone, 2024);
      const wrong = sampleInstants().filter((instant) => {
        const intl = zonedDateTime(instant, timeZone);
        const expected = `${intl.date}T${intl.time}:${String(instant.getUTCSeconds()).padStart(2, "0")}`;
        return icalWallClock(lines, instant) !== expected;
      });
      expect(wrong.map((d) => d.toISOString())).toEqual([]);
    });
  },
);

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
