import { expect, test } from "vitest";
import { formatTime, parseTime, partOfDay } from "../../../src/lib/schedule/clock.ts";
import { isEveningOrWeekend } from "../../../src/lib/schedule/view.ts";

test("times parse to minutes and back; bad times are refused", () => {
  expect(parseTime("00:00")).toBe(0);
  expect(parseTime("09:30")).toBe(570);
  expect(parseTime("24:00")).toBe(1440);
  expect(formatTime(570)).toBe("09:30");
  for (const bad of ["9:30", "24:01", "25:00", "10:60", "10.30", ""]) {
    expect(() => parseTime(bad), bad).toThrow(RangeError);
  }
});

test("part of day: afternoon from 12:00, evening from 18:00", () => {
  expect(partOfDay("00:30")).toBe("morning");
  expect(partOfDay("11:59")).toBe("morning");
  expect(partOfDay("12:00")).toBe("afternoon");
  expect(partOfDay("17:59")).toBe("afternoon");
  expect(partOfDay("18:00")).toBe("evening");
  expect(partOfDay("21:30")).toBe("evening");
});

test("evening or weekend: starts at/after 18:00, or on sa/su", () => {
  expect(isEveningOrWeekend({ days: ["tu"], from: "18:00", to: "20:00" })).toBe(true);
  expect(isEveningOrWeekend({ days: ["tu"], from: "17:59", to: "20:00" })).toBe(false);
  expect(isEveningOrWeekend({ days: ["mo", "fr"], from: "10:00", to: "12:00" })).toBe(false);
  expect(isEveningOrWeekend({ days: ["fr", "sa"], from: "10:00", to: "12:00" })).toBe(true);
  expect(isEveningOrWeekend({ days: ["su"], from: "10:00", to: "12:00" })).toBe(true);
});
