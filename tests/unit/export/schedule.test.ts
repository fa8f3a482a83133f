/** RRULEs for the exports (one builder, shared with the calendar files) and their parts. */
import { expect, test } from "vitest";
import { rruleOf, ruleWords } from "../../../src/lib/export/schedule.ts";
import { recurrenceParts } from "../../../src/lib/schedule/view.ts";
import { translator } from "../../../src/lib/i18n/translator.ts";

test("weekly, nth-week, last-weekday and every-other-week rules as RRULEs", () => {
  expect(rruleOf({ days: ["tu"], from: "10:00", to: "12:00" })).toBe("FREQ=WEEKLY;BYDAY=TU");
  expect(rruleOf({ days: ["we"], weeks: [3, 1], from: "10:00", to: "12:00" })).toBe(
    "FREQ=MONTHLY;BYDAY=1WE,3WE",
  );
  expect(rruleOf({ days: ["fr"], weeks: [-1], from: "18:00", to: "20:00" })).toBe(
    "FREQ=MONTHLY;BYDAY=-1FR",
  );
  expect(
    rruleOf({ days: ["mo"], every: 2, starting: "2026-09-07", from: "19:30", to: "21:00" }),
  ).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=MO");
});

test("an RRULE's parts, as HSDS keeps them in columns, agree with the RRULE", () => {
  expect(recurrenceParts({ days: ["we"], weeks: [3, 1], from: "10:00", to: "12:00" })).toEqual({
    freq: "MONTHLY",
    interval: 1,
    byday: ["1WE", "3WE"],
  });
  expect(
    recurrenceParts({ days: ["mo"], every: 2, starting: "2026-09-07", from: "19:30", to: "21:00" }),
  ).toEqual({
    freq: "WEEKLY",
    interval: 2,
    byday: ["MO"],
    wkst: "MO",
  });
});

test("a rule in words has its days, time and validity", () => {
  const words = ruleWords(
    { days: ["tu"], from: "10:00", to: "12:00", validUntil: "2027-06-30" },
    "en",
    translator("en"),
  );
  expect(words).toMatch(/^Every week on Tuesday 10:00\u201312:00 \(until .*June.*\)$/);
  expect(words).toContain("30");
});
