/** The weekly pattern on a place poster: every rule's days and times, skipped weeks in words. */
import { describe, expect, test } from "vitest";
import type { Initiative, ScheduleRule } from "../../../src/lib/content/model.ts";
import { translator } from "../../../src/lib/i18n/translator.ts";
import { placeWeek, posterPeriod, ruleNotes, splitPoint } from "../../../src/lib/posters/week.ts";
import { currentRules } from "../../../src/lib/schedule/view.ts";

function initiative(slug: string, schedule: ScheduleRule[]): Initiative {
  return {
    kind: "initiative",
    slug,
    type: "activity",
    needs: ["meet"],
    place: "de-linde",
    schedule,
    closed: [],
    cost: "free",
    languages: [],
    womenOnly: false,
    walkIn: true,
    bringSomeone: false,
    children: false,
    wheelchair: false,
    hosts: [],
    contact: {},
    lastVerified: "2026-11-01",
    audio: {},
    text: {},
  };
}

const today = "2026-11-25";
const coffee = initiative("koffie", [{ days: ["mo", "we"], from: "09:30", to: "11:30" }]);
const repair = initiative("repair", [{ days: ["sa"], weeks: [-1], from: "13:00", to: "16:00" }]);
const walk = initiative("walk", [
  { days: ["we"], from: "08:00", to: "09:00" },
  { days: ["sa"], from: "10:00", to: "11:00", validUntil: "2026-10-01" },
]);

describe("placeWeek", () => {
  const week = placeWeek([coffee, repair, walk], today);

  test("lists Monday to Sunday, empty days included", () => {
    expect(week.map((d) => d.day)).toEqual(["mo", "tu", "we", "th", "fr", "sa", "su"]);
    expect(week.find((d) => d.day === "tu")?.rows).toEqual([]);
  });

  test("one row per rule and day, earliest first", () => {
    const wednesday = week.find((d) => d.day === "we")!;
    expect(wednesday.rows.map((r) => [r.initiative.slug, r.rule.from])).toEqual([
      ["walk", "08:00"],
      ["koffie", "09:30"],
    ]);
    expect(wednesday.rows[1]?.rule.days).toEqual(["we"]);
  });

  test("a rule that skips weeks is still on its weekday; an ended rule is not", () => {
    const saturday = week.find((d) => d.day === "sa")!;
    expect(saturday.rows.map((r) => r.initiative.slug)).toEqual(["repair"]);
    expect(saturday.rows[0]?.rule.weeks).toEqual([-1]);
  });
});

test("currentRules keeps rules without an end or ending today or later", () => {
  const rules: ScheduleRule[] = [
    { days: ["mo"], from: "10:00", to: "11:00" },
    { days: ["tu"], from: "10:00", to: "11:00", validUntil: today },
    { days: ["we"], from: "10:00", to: "11:00", validUntil: "2026-11-24" },
  ];
  expect(currentRules(rules, today).map((r) => r.days[0])).toEqual(["mo", "tu"]);
});

describe("ruleNotes", () => {
  const t = translator("en");

  test("a plain weekly rule needs no words", () => {
    expect(ruleNotes({ days: ["mo"], from: "09:30", to: "11:30" }, "en", t, today)).toEqual([]);
  });

  test("nth weekday of the month and every other week are said in words", () => {
    expect(
      ruleNotes({ days: ["sa"], weeks: [-1], from: "13:00", to: "16:00" }, "en", t, today),
    ).toEqual(["Every month on the last Saturday"]);
    expect(
      ruleNotes(
        { days: ["mo"], every: 2, starting: "2026-09-07", from: "19:30", to: "21:00" },
        "en",
        t,
        today,
      ),
    ).toEqual(["Every other week on Monday"]);
  });

  test("a start in the past is left out, a future start and an end are said", () => {
    const rule = { days: ["we"], from: "10:00", to: "12:00" } as ScheduleRule;
    expect(ruleNotes({ ...rule, validFrom: "2026-09-02" }, "en", t, today)).toEqual([]);
    const future = ruleNotes({ ...rule, validFrom: "2027-01-06" }, "en", t, today);
    expect(future).toHaveLength(1);
    expect(future[0]).toMatch(/January 6/);
    const ending = ruleNotes({ ...rule, validUntil: "2027-03-31" }, "en", t, today);
    expect(ending[0]).toMatch(/March 31/);
  });

  test("is written in the poster's language", () => {
    const notes = ruleNotes(
      { days: ["sa"], weeks: [-1], from: "13:00", to: "16:00" },
      "nl",
      translator("nl"),
      today,
    );
    expect(notes[0]).toMatch(/zaterdag/);
  });
});

describe("splitPoint", () => {
  test.each([
    [[], 0],
    [[5], 1],
    [[1, 1], 1],
    [[1, 1, 1, 1, 1, 1, 1], 4],
    [[9, 1, 1, 1, 1, 1, 1], 1],
    [[1, 1, 1, 1, 1, 1, 9], 6],
    [[2, 5, 5, 5, 3, 5, 1], 3],
  ])("%j → %i", (weights, expected) => {
    expect(splitPoint(weights)).toBe(expected);
  });

  test("the taller column is never taller than any other split", () => {
    const weights = [3, 1, 4, 1, 5, 9, 2];
    const height = (k: number) =>
      Math.max(
        weights.slice(0, k).reduce((a, b) => a + b, 0),
        weights.slice(k).reduce((a, b) => a + b, 0),
      );
    const best = height(splitPoint(weights));
    for (let k = 1; k < weights.length; k++) expect(best).toBeLessThanOrEqual(height(k));
  });
});

describe("posterPeriod", () => {
  const row = (rule: Partial<ScheduleRule>) => ({
    rule: { days: ["mo" as const], from: "10:00", to: "12:00", ...rule },
  });

  test("a week of rules without an end is right from today on", () => {
    expect(posterPeriod([row({}), row({ validFrom: "2026-01-01" })], "2026-11-25")).toEqual({
      from: "2026-11-25",
    });
  });

  test("until the first day a shown rule ends", () => {
    const rows = [
      row({ validUntil: "2027-03-31" }),
      row({}),
      row({ validUntil: "2027-01-31" }),
      row({ validFrom: "2027-02-01", validUntil: "2027-06-30" }),
    ];
    expect(posterPeriod(rows, "2026-11-25")).toEqual({ from: "2026-11-25", until: "2027-01-31" });
  });

  test("a rule that has already ended does not shorten it", () => {
    expect(posterPeriod([row({ validUntil: "2026-10-31" })], "2026-11-25")).toEqual({
      from: "2026-11-25",
    });
    expect(posterPeriod([row({ validUntil: "2026-11-25" })], "2026-11-25")).toEqual({
      from: "2026-11-25",
      until: "2026-11-25",
    });
  });
});
