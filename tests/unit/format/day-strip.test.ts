import { expect, test } from "vitest";
import { stripDays, stripFit } from "../../../src/lib/format/day-strip.ts";
import { weekdayName } from "../../../src/lib/format/intl.ts";

test("every day has its full, short and narrow name from Intl", () => {
  const { days } = stripDays("ar");
  expect(days.map((d) => d.day)).toEqual(["mo", "tu", "we", "th", "fr", "sa", "su"]);
  expect(days[3]).toEqual({
    day: "th",
    long: weekdayName("th", "ar", "long"),
    short: weekdayName("th", "ar", "short"),
    narrow: "خ",
  });
});

test("short names fit from a width that depends on how long they are", () => {
  expect(stripDays("nl").fit).toBe("18rem");
  expect(stripDays("uk").fit).toBe("18rem");
  expect(stripDays("en").fit).toBe("22rem");
  expect(stripDays("tr").fit).toBe("22rem");
  // "niedz." is too long for seven boxes; Arabic's short names are its full names.
  expect(stripDays("pl").fit).toBe("never");
  expect(stripDays("ar").fit).toBe("never");
});

test("width is counted in letters, not code units", () => {
  expect(stripFit(["Ça", "Şe"], "tr")).toBe("18rem");
  expect(stripFit(["Çar", "Per"], "tr")).toBe("22rem");
  expect(stripFit(["三", "四"], "zh")).toBe("never");
});
