import { describe, expect, test } from "vitest";
import { ruleText, closureText } from "../../../src/lib/format/schedule-text.ts";
import { formatTime, weekdayName } from "../../../src/lib/format/intl.ts";
import { translator } from "../../../src/lib/i18n/translator.ts";

describe("schedules in words", () => {
  test("a weekly rule in English and Dutch", () => {
    const rule = { days: ["tu", "th"] as const, from: "10:00", to: "12:00" };
    expect(ruleText({ ...rule, days: [...rule.days] }, "en", translator("en"))).toEqual({
      days: "Every week on Tuesday and Thursday",
      time: "10:00\u201312:00",
      validity: "",
    });
    expect(ruleText({ ...rule, days: [...rule.days] }, "nl", translator("nl")).days).toMatch(
      /dinsdag en donderdag/,
    );
  });

  test("nth weekdays in order, with 'last' at the end", () => {
    const text = ruleText(
      { days: ["we"], weeks: [-1, 1], from: "19:00", to: "21:00" },
      "en",
      translator("en"),
    );
    expect(text.days).toBe("Every month on the first and last Wednesday");
  });

  test("every other week and a rule that ends", () => {
    const text = ruleText(
      {
        days: ["sa"],
        every: 2,
        starting: "2026-09-05",
        from: "10:00",
        to: "11:30",
        validUntil: "2027-03-31",
      },
      "en",
      translator("en"),
    );
    expect(text.days).toBe("Every other week on Saturday");
    expect(text.validity).toBe("until Wednesday, March 31");
  });

  test("Arabic weekday names and Latin digits for times", () => {
    const text = ruleText({ days: ["fr"], from: "18:00", to: "20:30" }, "ar", translator("ar"));
    expect(text.days).toContain(weekdayName("fr", "ar"));
    expect(text.days).not.toMatch(/[A-Za-z{}]/);
    expect(text.time).toBe("18:00\u201320:30");
    expect(formatTime("09:05", "ar")).toBe("09:05");
  });

  test("closures name their dates", () => {
    const t = translator("en");
    expect(closureText({ on: "2026-12-25" }, "en", t)).toBe("Closed on Friday, December 25");
    expect(closureText({ from: "2026-12-21", until: "2027-01-03" }, "en", t)).toBe(
      "Closed from Monday, December 21 to Sunday, January 3",
    );
  });
});
