/**
 * A schedule rule as DTSTART + RRULE + UNTIL + EXDATE: every rule shape of the
 * content contract, the anchor of the first date, closures.
 */
import { describe, expect, test } from "vitest";
import type { ScheduleRule } from "../../../src/lib/content/model.ts";
import { ruleRecurrence, rruleOf } from "../../../src/lib/ics/recurrence.ts";
import { untilValue } from "../../../src/lib/ics/event.ts";
import { ruleOccursOn } from "../../../src/lib/schedule/rules.ts";

const tz = "Europe/Amsterdam";
const time = { from: "10:00", to: "12:00" };

describe("rruleOf", () => {
  test.each<[string, ScheduleRule, string | undefined]>([
    ["weekly", { days: ["th", "tu"], ...time }, "FREQ=WEEKLY;BYDAY=TU,TH"],
    ["every: 1 is weekly", { days: ["mo"], every: 1, ...time }, "FREQ=WEEKLY;BYDAY=MO"],
    [
      "nth weekday of the month",
      { days: ["we"], weeks: [3, 1], ...time },
      "FREQ=MONTHLY;BYDAY=1WE,3WE",
    ],
    ["last weekday", { days: ["fr"], weeks: [-1], ...time }, "FREQ=MONTHLY;BYDAY=-1FR"],
    [
      "2nd and last, two days",
      { days: ["sa", "mo"], weeks: [-1, 2], ...time },
      "FREQ=MONTHLY;BYDAY=2MO,2SA,-1MO,-1SA",
    ],
    [
      "every other week",
      { days: ["sa"], every: 2, starting: "2026-09-05", ...time },
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;WKST=MO",
    ],
    ["no days: never", { days: [], ...time }, undefined],
    ["only impossible weeks: never", { days: ["mo"], weeks: [6], ...time }, undefined],
    ["every 2 without an anchor: never", { days: ["mo"], every: 2, ...time }, undefined],
  ])("%s", (_, rule, expected) => {
    expect(rruleOf(rule)).toBe(expected);
  });

  test("weeks together with every (refused by the content check) is an error, not a wrong calendar", () => {
    expect(() =>
      rruleOf({ days: ["mo"], weeks: [1], every: 2, starting: "2026-09-07", ...time }),
    ).toThrow(/weeks.*every/);
  });
});

describe("ruleRecurrence: the first date", () => {
  test("without validFrom: the first meeting from the Monday of the week it was last verified", () => {
    // Verified on a Thursday; the Tuesday of that week counts.
    expect(ruleRecurrence({ days: ["tu"], ...time }, [], "2026-10-01", tz)?.first).toBe(
      "2026-09-29",
    );
  });

  test("validFrom starts the series, even before the reference week", () => {
    const rule: ScheduleRule = { days: ["we"], ...time, validFrom: "2026-09-02" };
    expect(ruleRecurrence(rule, [], "2026-11-20", tz)?.first).toBe("2026-09-02");
    expect(ruleRecurrence(rule, [], "2026-08-01", tz)?.first).toBe("2026-09-02");
  });

  test("nth weekday: the first date really is such a weekday", () => {
    const rule: ScheduleRule = { days: ["th"], weeks: [5], ...time };
    const first = ruleRecurrence(rule, [], "2026-11-02", tz)?.first;
    expect(first).toBe("2026-12-31");
    expect(ruleOccursOn(rule, first!)).toBe(true);
  });

  test("every other week: the first date lies in a counted week, so the parity matches", () => {
    const rule: ScheduleRule = { days: ["sa"], every: 2, starting: "2026-10-10", ...time };
    // Verified before `starting`: the weeks before it that match count too.
    const first = ruleRecurrence(rule, [], "2026-09-01", tz)?.first;
    expect(first).toBe("2026-09-12");
    // Verified later, in an uncounted week: the series starts at `starting`.
    expect(ruleRecurrence(rule, [], "2026-10-20", tz)?.first).toBe("2026-10-10");
    // With validFrom in an uncounted week: the next counted week.
    const later: ScheduleRule = { ...rule, validFrom: "2026-10-12" };
    expect(ruleRecurrence(later, [], "2026-10-20", tz)?.first).toBe("2026-10-24");
  });

  test("every N weeks: days earlier in the week of `starting` count, as on the site", () => {
    const rule: ScheduleRule = { days: ["mo", "fr"], every: 3, starting: "2026-10-16", ...time };
    expect(ruleRecurrence(rule, [], "2026-10-20", tz)?.first).toBe("2026-10-12");
  });

  test("a rule that ended before its anchor has no event", () => {
    const rule: ScheduleRule = { days: ["we"], ...time, validUntil: "2026-06-30" };
    expect(ruleRecurrence(rule, [], "2026-10-01", tz)).toBeUndefined();
  });
});

describe("ruleRecurrence: end and closures", () => {
  test("validUntil is the last date", () => {
    const rule: ScheduleRule = { days: ["we"], ...time, validUntil: "2027-03-31" };
    expect(ruleRecurrence(rule, [], "2026-10-01", tz)?.last).toBe("2027-03-31");
  });

  test("UNTIL is the last second of that local day, in UTC", () => {
    expect(untilValue("2027-03-31", tz)).toBe("20270331T215959Z"); // summer time
    expect(untilValue("2027-01-31", tz)).toBe("20270131T225959Z"); // winter time
    expect(untilValue("2027-03-28", tz)).toBe("20270328T215959Z"); // the day clocks go forward
  });

  test("each meeting a closure cancels becomes an EXDATE date; other days do not", () => {
    const recurrence = ruleRecurrence(
      { days: ["mo", "th"], ...time },
      [
        { on: "2026-12-24", note: "Kerstavond" },
        { on: "2026-12-25" }, // a Friday: no meeting to cancel
        { from: "2026-12-28", until: "2027-01-03" },
      ],
      "2026-10-01",
      tz,
    );
    expect(recurrence?.exdates).toEqual(["2026-12-24", "2026-12-28", "2026-12-31"]);
  });

  test("a closed period that began before the series cancels every meeting up to its end", () => {
    const recurrence = ruleRecurrence(
      { days: ["we"], ...time },
      [{ from: "2026-09-01", until: "2026-10-14" }],
      "2026-10-01",
      tz,
    );
    expect(recurrence?.exdates).toEqual(["2026-09-30", "2026-10-07", "2026-10-14"]);
  });
});
