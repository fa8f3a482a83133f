/** Schedule rules and closures (src/lib/content/schema/schedule.ts), without files. */
import { describe, expect, test } from "vitest";
import { closureSchema, scheduleRuleSchema } from "../../../../src/lib/content/schema/index.ts";
import { messages } from "./messages.ts";

describe("schedule rules", () => {
  const rule = scheduleRuleSchema();
  test("a valid rule", () => {
    expect(rule.parse({ days: ["tu"], from: "10:00", to: "12:00" })).toEqual({
      days: ["tu"],
      from: "10:00",
      to: "12:00",
    });
    expect(
      rule.safeParse({
        days: ["we"],
        weeks: [1, -1],
        from: "19:00",
        to: "21:00",
      }).success,
    ).toBe(true);
    expect(
      rule.safeParse({
        days: ["sa"],
        every: 2,
        starting: "2026-09-05",
        from: "10:00",
        to: "11:30",
      }).success,
    ).toBe(true);
  });
  test("cross-field rules run even when another field is wrong", () => {
    expect(
      messages(rule, {
        days: ["xx"],
        from: "12:00",
        to: "10:00",
        every: 2,
        wheelchiar: true,
      }),
    ).toEqual([
      'days.0: "xx" is not allowed here (expected one of mo, tu, we, th, fr, sa, su, e.g. [tu, th])',
      ': unknown field "wheelchiar"',
      'to: "10:00" is before from "12:00": to is the end time and must be later (expected a time later than "12:00" on the same day, e.g. from: "10:00"  to: "12:00")',
      "every: every 2 weeks needs starting: the date of one meeting, to count the weeks from (expected starting: a date on which it happens, e.g. starting: 2026-09-05)",
    ]);
  });
  test.each([
    [{ days: [], from: "10:00", to: "12:00" }, "days: is an empty list"],
    [
      { days: ["tu"], from: "24:00", to: "25:00" },
      'from: "24:00" is not written the right way (expected a time like "10:00"',
    ],
    [
      { days: ["tu"], from: "10:00", to: "12:00", weeks: [0] },
      "weeks.0: is the number 0, but must be 1 or more",
    ],
    [
      {
        days: ["tu"],
        from: "10:00",
        to: "12:00",
        weeks: [1],
        every: 2,
        starting: "2026-01-06",
      },
      "weeks: use weeks",
    ],
    [
      {
        days: ["tu"],
        from: "10:00",
        to: "12:00",
        validFrom: "2026-05-01",
        validUntil: "2026-04-01",
      },
      "validUntil: 2026-04-01 is before validFrom 2026-05-01",
    ],
  ])("%j", (data, expected) => {
    expect(messages(rule, data).join("\n")).toContain(expected);
  });
});

describe("closures", () => {
  const closure = closureSchema();
  test.each([
    [{ on: "2026-12-24" }, true],
    [{ from: "2026-12-21", until: "2027-01-03", note: "Kerst" }, true],
    [{ on: "2026-12-24", from: "2026-12-21", until: "2027-01-03" }, false],
    [{ from: "2026-12-21" }, false],
    [{ until: "2026-12-21" }, false],
    [{ note: "x" }, false],
    [{ from: "2026-12-21", until: "2026-12-20" }, false],
  ])("%j → %s", (data, ok) => {
    expect(closure.safeParse(data).success).toBe(ok);
  });
  test("a checked closure is one day or one period, nothing else", () => {
    expect(closure.parse({ on: "2026-12-24" })).toStrictEqual({ on: "2026-12-24" });
    expect(closure.parse({ note: "Kerst", until: "2027-01-03", from: "2026-12-21" })).toStrictEqual(
      { from: "2026-12-21", until: "2027-01-03", note: "Kerst" },
    );
  });
});
