/**
 * The schedule view: current rules, rule shape, recurrence parts, upcoming
 * closures, evening or weekend, and one entry's schedule on one date.
 */
import { describe, expect, test } from "vitest";
import type { Closure, ScheduleRule } from "../../../src/lib/content/model.ts";
import {
  cancelledMeetings,
  currentRules,
  isEvening,
  isEveningOrWeekend,
  isWeekend,
  recurrenceParts,
  ruleShape,
  ruleStatus,
  scheduleView,
  upcomingClosures,
} from "../../../src/lib/schedule/view.ts";

const at = { from: "10:00", to: "12:00" } as const;
const today = "2026-11-25";

describe("current rules", () => {
  const open: ScheduleRule = { days: ["mo"], ...at };
  const endsToday: ScheduleRule = { days: ["tu"], ...at, validUntil: today };
  const ended: ScheduleRule = { days: ["we"], ...at, validUntil: "2026-11-24" };
  const startsToday: ScheduleRule = { days: ["th"], ...at, validFrom: today };
  const upcoming: ScheduleRule = { days: ["fr"], ...at, validFrom: "2026-11-26" };

  test("a rule has ended once its validUntil lies before the date", () => {
    expect(ruleStatus(open, today)).toBe("current");
    expect(ruleStatus(endsToday, today)).toBe("current");
    expect(ruleStatus(ended, today)).toBe("ended");
  });

  test("a rule whose validFrom lies ahead is upcoming; starting today is current", () => {
    expect(ruleStatus(startsToday, today)).toBe("current");
    expect(ruleStatus(upcoming, today)).toBe("upcoming");
    expect(ruleStatus({ ...upcoming, validUntil: "2027-01-01" }, today)).toBe("upcoming");
  });

  test("currentRules keeps every rule that has not ended, in order", () => {
    const rules = [open, endsToday, ended, startsToday, upcoming];
    expect(currentRules(rules, today)).toEqual([open, endsToday, startsToday, upcoming]);
  });
});

describe("rule shape", () => {
  test("weekly: no weeks and no every above 1", () => {
    expect(ruleShape({ days: ["mo"], ...at })).toEqual({ kind: "weekly" });
    expect(ruleShape({ days: ["mo"], every: 1, ...at })).toEqual({ kind: "weekly" });
    expect(ruleShape({ days: ["mo"], weeks: [], ...at })).toEqual({ kind: "weekly" });
  });

  test("monthly: weeks in reading order, the last one at the end, each once", () => {
    expect(ruleShape({ days: ["we"], weeks: [-1, 3, 1, 3], ...at })).toEqual({
      kind: "monthly",
      weeks: [1, 3, -1],
    });
  });

  test("every N weeks", () => {
    expect(ruleShape({ days: ["sa"], every: 3, starting: "2026-09-05", ...at })).toEqual({
      kind: "everyNWeeks",
      every: 3,
    });
  });
});

describe("recurrence parts", () => {
  test.each<[string, ScheduleRule, ReturnType<typeof recurrenceParts>]>([
    [
      "weekly, days Monday first",
      { days: ["th", "tu"], ...at },
      {
        freq: "WEEKLY",
        interval: 1,
        byday: ["TU", "TH"],
      },
    ],
    [
      "nth weekdays",
      { days: ["sa", "mo"], weeks: [-1, 2], ...at },
      {
        freq: "MONTHLY",
        interval: 1,
        byday: ["2MO", "2SA", "-1MO", "-1SA"],
      },
    ],
    [
      "every other week",
      { days: ["mo"], every: 2, starting: "2026-09-07", ...at },
      {
        freq: "WEEKLY",
        interval: 2,
        byday: ["MO"],
        wkst: "MO",
      },
    ],
    ["no days: never", { days: [], ...at }, undefined],
    ["only impossible weeks: never", { days: ["mo"], weeks: [6], ...at }, undefined],
    ["every 2 without a date to count from: never", { days: ["mo"], every: 2, ...at }, undefined],
  ])("%s", (_, rule, expected) => {
    expect(recurrenceParts(rule)).toEqual(expected);
  });

  test("weeks together with every cannot be a recurrence", () => {
    expect(() =>
      recurrenceParts({ days: ["mo"], weeks: [1], every: 2, starting: "2026-09-07", ...at }),
    ).toThrow(/weeks.*every/);
  });
});

describe("upcoming closures", () => {
  const past: Closure = { on: "2026-11-24" };
  const onToday: Closure = { on: today, note: "Studiedag" };
  const periodEndingToday: Closure = { from: "2026-11-20", until: today };
  const periodAhead: Closure = { from: "2026-12-21", until: "2027-01-03" };
  const periodOver: Closure = { from: "2026-11-01", until: "2026-11-10" };

  test("a closure counts until its last day has passed", () => {
    expect(
      upcomingClosures([past, onToday, periodOver, periodEndingToday, periodAhead], today),
    ).toEqual([onToday, periodEndingToday, periodAhead]);
    expect(upcomingClosures(undefined, today)).toEqual([]);
  });

  test("cancelled meetings: only closures that cancel one in the window, with its dates", () => {
    const tuesdays: ScheduleRule = { days: ["tu", "th"], ...at };
    const friday: Closure = { on: "2026-12-04" }; // no meeting on a Friday
    const tuesday: Closure = { on: "2026-12-01", note: "Sinterklaas" };
    const christmas: Closure = { from: "2026-12-07", until: "2026-12-31" };
    const result = cancelledMeetings(
      [tuesdays],
      [christmas, friday, tuesday],
      "2026-11-30",
      "2026-12-13",
    );
    expect(result).toEqual([
      { closure: tuesday, dates: ["2026-12-01"] },
      { closure: christmas, dates: ["2026-12-08", "2026-12-10"] },
    ]);
  });

  test("a meeting covered twice counts for the closure written first", () => {
    const rule: ScheduleRule = { days: ["mo"], ...at };
    const first: Closure = { from: "2026-11-30", until: "2026-12-06" };
    const second: Closure = { on: "2026-11-30" };
    expect(cancelledMeetings([rule], [first, second], today, "2026-12-06")).toEqual([
      { closure: first, dates: ["2026-11-30"] },
    ]);
  });
});

describe("evening or weekend", () => {
  test("a rule: starting from 18:00, or on a Saturday or Sunday", () => {
    expect(isEveningOrWeekend({ days: ["tu"], from: "18:00", to: "20:00" })).toBe(true);
    expect(isEveningOrWeekend({ days: ["tu"], from: "17:59", to: "20:00" })).toBe(false);
    expect(isEveningOrWeekend({ days: ["fr", "sa"], ...at })).toBe(true);
    expect(isEveningOrWeekend({ days: ["mo", "fr"], ...at })).toBe(false);
  });

  test("an occurrence: by its start and its date", () => {
    expect(isWeekend({ date: "2027-03-28", from: "10:00" })).toBe(true); // a Sunday
    expect(isWeekend({ date: "2027-03-29", from: "10:00" })).toBe(false);
    expect(isEveningOrWeekend({ date: "2027-03-29", from: "19:30" })).toBe(true);
    expect(isEvening({ from: "19:30" })).toBe(true);
    expect(isEvening({ from: "16:00" })).toBe(false);
  });
});

describe("scheduleView", () => {
  const ended: ScheduleRule = { days: ["sa"], ...at, validUntil: "2026-10-31" };
  const weekly: ScheduleRule = { days: ["we", "mo"], ...at };
  const upcoming: ScheduleRule = {
    days: ["fr"],
    weeks: [1],
    ...at,
    validFrom: "2027-01-01",
  };
  const view = scheduleView(
    {
      schedule: [ended, weekly, upcoming],
      closed: [{ on: "2026-11-02" }, { on: "2026-12-25", note: "Kerst" }],
    },
    today,
  );

  test("the rules that have not ended, with their place in the schedule, status and shape", () => {
    expect(view.rules).toEqual([
      { rule: weekly, index: 1, status: "current", shape: { kind: "weekly" } },
      { rule: upcoming, index: 2, status: "upcoming", shape: { kind: "monthly", weeks: [1] } },
    ]);
  });

  test("the week strip ticks the days of those rules only, Monday first", () => {
    expect(view.days).toEqual(["mo", "we", "fr"]);
  });

  test("closures still ahead", () => {
    expect(view.closures).toEqual([{ on: "2026-12-25", note: "Kerst" }]);
  });

  test("a place's opening hours work the same", () => {
    const place = scheduleView({ openingHours: [ended, weekly], closed: [] }, today);
    expect(place.rules.map((r) => r.rule)).toEqual([weekly]);
    expect(place.days).toEqual(["mo", "we"]);
  });
});
