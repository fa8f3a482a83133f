import { describe, expect, test } from "vitest";
import type { ScheduleRule } from "../../../src/lib/content/model.ts";
import { addDays } from "../../../src/lib/schedule/civil-date.ts";
import { ruleDatesBetween, ruleOccursOn, ruleProblems } from "../../../src/lib/schedule/rules.ts";

const at = { from: "10:00", to: "12:00" } as const;

describe("weekly rules", () => {
  test("every listed weekday, across a month end and a 31st", () => {
    const rule: ScheduleRule = { days: ["mo", "su"], ...at };
    expect(ruleDatesBetween(rule, "2027-01-28", "2027-02-08")).toEqual([
      "2027-01-31",
      "2027-02-01",
      "2027-02-07",
      "2027-02-08",
    ]);
    expect(ruleOccursOn(rule, "2027-01-31")).toBe(true);
    expect(ruleOccursOn(rule, "2027-01-30")).toBe(false);
  });

  test("no days, or an empty range, gives nothing", () => {
    expect(ruleDatesBetween({ days: [], ...at }, "2027-01-01", "2027-12-31")).toEqual([]);
    expect(ruleDatesBetween({ days: ["mo"], ...at }, "2027-02-01", "2027-01-01")).toEqual([]);
  });
});

describe("nth weekday of the month", () => {
  test("1st and 3rd Wednesday of December 2026 are the 2nd and the 16th", () => {
    const rule: ScheduleRule = { days: ["we"], weeks: [1, 3], ...at };
    expect(ruleDatesBetween(rule, "2026-12-01", "2026-12-31")).toEqual([
      "2026-12-02",
      "2026-12-16",
    ]);
    expect(ruleOccursOn(rule, "2026-12-09")).toBe(false);
    expect(ruleOccursOn(rule, "2026-12-30")).toBe(false);
    // January 2027 starts on a Friday: its Wednesdays are the 6th and the 20th.
    expect(ruleDatesBetween(rule, "2027-01-01", "2027-01-31")).toEqual([
      "2027-01-06",
      "2027-01-20",
    ]);
  });

  test("last Friday: the 5th in a month with five Fridays, the 4th otherwise", () => {
    const last: ScheduleRule = { days: ["fr"], weeks: [-1], ...at };
    expect(ruleDatesBetween(last, "2027-01-01", "2027-03-31")).toEqual([
      "2027-01-29",
      "2027-02-26",
      "2027-03-26",
    ]);
    const fifth: ScheduleRule = { days: ["fr"], weeks: [5], ...at };
    expect(ruleDatesBetween(fifth, "2027-01-01", "2027-03-31")).toEqual(["2027-01-29"]);
    const fourth: ScheduleRule = { days: ["fr"], weeks: [4], ...at };
    expect(ruleDatesBetween(fourth, "2027-01-01", "2027-02-28")).toEqual([
      "2027-01-22",
      "2027-02-26",
    ]);
  });

  test("5th Sunday falls on the 31st of January 2027", () => {
    expect(
      ruleDatesBetween({ days: ["su"], weeks: [5], ...at }, "2027-01-01", "2027-02-28"),
    ).toEqual(["2027-01-31"]);
  });

  test("last Tuesday of February is the leap day in 2028 and the 23rd in 2027", () => {
    const rule: ScheduleRule = { days: ["tu"], weeks: [-1], ...at };
    expect(ruleDatesBetween(rule, "2028-02-01", "2028-02-29")).toEqual(["2028-02-29"]);
    expect(ruleDatesBetween(rule, "2027-02-01", "2027-02-28")).toEqual(["2027-02-23"]);
    expect(ruleOccursOn(rule, "2028-02-22")).toBe(false);
  });

  test("1st and last together do not double up", () => {
    const rule: ScheduleRule = { days: ["mo"], weeks: [1, -1], ...at };
    expect(ruleDatesBetween(rule, "2026-06-01", "2026-06-30")).toEqual([
      "2026-06-01",
      "2026-06-29",
    ]);
  });
});

describe("validFrom / validUntil", () => {
  test("validUntil on the leap day includes it and nothing after", () => {
    const rule: ScheduleRule = {
      days: ["tu"],
      validUntil: "2028-02-29",
      ...at,
    };
    expect(ruleDatesBetween(rule, "2028-02-15", "2028-03-31")).toEqual([
      "2028-02-15",
      "2028-02-22",
      "2028-02-29",
    ]);
    expect(ruleOccursOn(rule, "2028-02-29")).toBe(true);
    expect(ruleOccursOn(rule, "2028-03-07")).toBe(false);
  });

  test("validFrom is inclusive; earlier dates do not occur", () => {
    const rule: ScheduleRule = { days: ["mo"], validFrom: "2027-01-04", ...at };
    expect(ruleOccursOn(rule, "2026-12-28")).toBe(false);
    expect(ruleOccursOn(rule, "2027-01-04")).toBe(true);
    expect(ruleDatesBetween(rule, "2026-12-01", "2027-01-11")).toEqual([
      "2027-01-04",
      "2027-01-11",
    ]);
  });
});

describe("every N weeks", () => {
  const fortnightly: ScheduleRule = {
    days: ["th"],
    every: 2,
    starting: "2026-09-10",
    ...at,
  };

  test("every other Thursday from a starting date, also before it", () => {
    expect(ruleDatesBetween(fortnightly, "2026-08-01", "2026-10-31")).toEqual([
      "2026-08-13",
      "2026-08-27",
      "2026-09-10",
      "2026-09-24",
      "2026-10-08",
      "2026-10-22",
    ]);
    expect(ruleOccursOn(fortnightly, "2026-09-03")).toBe(false);
    expect(ruleOccursOn(fortnightly, "2026-09-17")).toBe(false);
    // Across the year end: 2026-12-31 is 16 weeks after 2026-09-10.
    expect(ruleOccursOn(fortnightly, "2026-12-31")).toBe(true);
    expect(ruleOccursOn(fortnightly, "2027-01-07")).toBe(false);
  });

  test("the whole week containing `starting` counts, even days before it", () => {
    const rule: ScheduleRule = {
      days: ["mo", "th"],
      every: 2,
      starting: "2026-09-10",
      ...at,
    };
    expect(ruleDatesBetween(rule, "2026-09-07", "2026-09-27")).toEqual([
      "2026-09-07",
      "2026-09-10",
      "2026-09-21",
      "2026-09-24",
    ]);
  });

  test("every 3 weeks, and validFrom limits an anchor in the past", () => {
    const rule: ScheduleRule = {
      days: ["sa"],
      every: 3,
      starting: "2026-01-03",
      validFrom: "2026-02-01",
      ...at,
    };
    // Saturdays 3 weeks apart from 2026-01-03: 01-24, 02-14, 03-07.
    expect(ruleDatesBetween(rule, "2026-01-01", "2026-03-10")).toEqual([
      "2026-02-14",
      "2026-03-07",
    ]);
  });

  test("every 3 weeks, counted backwards from a later starting date", () => {
    const rule: ScheduleRule = {
      days: ["sa"],
      every: 3,
      starting: "2026-03-07",
      ...at,
    };
    expect(ruleDatesBetween(rule, "2026-01-05", "2026-03-31")).toEqual([
      "2026-01-24",
      "2026-02-14",
      "2026-03-07",
      "2026-03-28",
    ]);
    expect(ruleOccursOn(rule, "2026-01-17")).toBe(false);
    expect(ruleOccursOn(rule, "2026-01-03")).toBe(true);
  });

  test("without `starting`, validFrom anchors; with neither, nothing occurs", () => {
    const anchored: ScheduleRule = {
      days: ["we"],
      every: 2,
      validFrom: "2026-12-02",
      ...at,
    };
    expect(ruleDatesBetween(anchored, "2026-12-01", "2026-12-31")).toEqual([
      "2026-12-02",
      "2026-12-16",
      "2026-12-30",
    ]);
    const unanchored: ScheduleRule = { days: ["we"], every: 2, ...at };
    expect(ruleDatesBetween(unanchored, "2026-12-01", "2026-12-31")).toEqual([]);
    expect(ruleProblems(unanchored).join()).toMatch(/starting/);
    expect(ruleDatesBetween({ days: ["we"], every: 1, ...at }, "2026-12-01", "2026-12-14")).toEqual(
      ["2026-12-02", "2026-12-09"],
    );
  });

  test("weeks and every must both hold", () => {
    const rule: ScheduleRule = {
      days: ["we"],
      weeks: [1, 3],
      every: 2,
      starting: "2026-12-02",
      ...at,
    };
    // 1st/3rd Wednesdays: 12-02, 12-16, 01-06, 01-20. Weeks after 12-02: 0, 2, 5, 7; only even ones count.
    expect(ruleDatesBetween(rule, "2026-12-01", "2027-01-31")).toEqual([
      "2026-12-02",
      "2026-12-16",
    ]);
  });
});

test("ruleOccursOn agrees with ruleDatesBetween on every day of two years", () => {
  const rules: ScheduleRule[] = [
    { days: ["mo", "we", "sa"], ...at },
    { days: ["we"], weeks: [1, 3], ...at },
    { days: ["fr", "tu"], weeks: [-1, 2], ...at },
    { days: ["th", "su"], every: 2, starting: "2027-05-13", ...at },
    { days: ["mo", "sa"], every: 3, starting: "2027-09-01", ...at },
    {
      days: ["tu"],
      every: 3,
      starting: "2026-02-01",
      validFrom: "2026-03-15",
      validUntil: "2027-07-01",
      ...at,
    },
  ];
  for (const [i, rule] of rules.entries()) {
    const dates = new Set(ruleDatesBetween(rule, "2026-01-01", "2027-12-31"));
    expect(dates.size, `rule ${i}`).toBeGreaterThan(10);
    for (let date = "2026-01-01"; date <= "2027-12-31"; date = addDays(date, 1)) {
      if (ruleOccursOn(rule, date) !== dates.has(date)) {
        expect.fail(`rule ${i} disagrees on ${date}`);
      }
    }
  }
});

test("ruleProblems explains mistakes and accepts a good rule", () => {
  expect(
    ruleProblems({
      days: ["we"],
      weeks: [1, -1],
      every: 2,
      starting: "2026-12-02",
      from: "14:00",
      to: "24:00",
    }),
  ).toEqual([]);
  const problems = ruleProblems({
    days: [],
    from: "12:00",
    to: "10:00",
    weeks: [0, 6],
    every: 0,
    validFrom: "2027-02-30",
    validUntil: "2026-01-01",
  });
  expect(problems.join("\n")).toMatch(/no weekday/);
  expect(problems.join("\n")).toMatch(/must be later than/);
  expect(problems.filter((p) => p.includes("`weeks`"))).toHaveLength(2);
  expect(problems.join("\n")).toMatch(/`every` must be/);
  expect(problems.join("\n")).toMatch(/`validFrom` is not a date/);
  expect(
    ruleProblems({
      days: ["mo"],
      from: "9:30",
      to: "12:00",
      validFrom: "2027-01-02",
      validUntil: "2027-01-01",
    }),
  ).toHaveLength(2);
});
