import { expect, test } from "vitest";
import {
  dateBeforeTime,
  formatDate,
  isolateTimes,
  listPunctuation,
} from "../../../src/lib/format/intl.ts";

test("a date before a time uses the locale's own words, no Latin comma in Arabic", () => {
  expect(dateBeforeTime("2026-12-07", "nl")).toEqual({
    date: "maandag 7 december",
    joiner: " om ",
  });
  expect(dateBeforeTime("2026-12-07", "en").joiner).toBe(" at ");
  const ar = dateBeforeTime("2026-12-07", "ar");
  expect(ar.date).toContain("،");
  expect(ar.date + ar.joiner).not.toContain(",");
  expect(ar.joiner.trim()).toBe("في");
});

test("the date part reads as the long date does", () => {
  for (const locale of ["nl", "en", "ar", "tr", "pl", "uk"]) {
    expect(dateBeforeTime("2026-12-07", locale).date).toBe(formatDate("2026-12-07", locale));
  }
});

test("times inside a sentence become left-to-right runs", () => {
  expect(isolateTimes("كل أسبوع يوم السبت 10:00–12:00")).toBe(
    "كل أسبوع يوم السبت \u206610:00–12:00\u2069",
  );
  expect(isolateTimes("9:30 and 14:00")).toBe("\u20669:30\u2069 and \u206614:00\u2069");
});

test("the locale's comma and semicolon come from Intl: Arabic writes ، and ؛", () => {
  expect(listPunctuation("ar")).toEqual({ comma: "،", semicolon: "؛" });
  for (const locale of ["nl", "en", "tr", "pl", "uk"]) {
    expect(listPunctuation(locale)).toEqual({ comma: ",", semicolon: ";" });
  }
});

test("asked again, each date and locale keeps its own answer", () => {
  const first = dateBeforeTime("2026-12-07", "nl");
  expect(dateBeforeTime("2026-12-07", "nl")).toEqual(first);
  expect(dateBeforeTime("2026-12-08", "nl").date).toBe("dinsdag 8 december");
  expect(dateBeforeTime("2026-12-07", "en").date).not.toBe(first.date);
});
