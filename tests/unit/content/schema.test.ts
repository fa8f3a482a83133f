/** Schemas and the volunteer error map, without files. */
import { describe, expect, test } from "vitest";
import { z } from "astro/zod";
import {
  calendarDateProblem,
  isCalendarDate,
  knownTimeZone,
} from "../../../src/lib/content/dates.ts";
import { describeIssue, hintAt, volunteerErrorMap } from "../../../src/lib/content/error-map.ts";
import type { IssueLike } from "../../../src/lib/content/error-map.ts";
import {
  closureSchema,
  initiativeSchema,
  isAudioPath,
  scheduleRuleSchema,
  siteSchema,
  translationSchema,
} from "../../../src/lib/content/schema/index.ts";
import { didYouMean, slugify } from "../../../src/lib/content/suggest.ts";

const context = { today: "2026-11-25", locales: ["nl", "en", "ar"] };

const messages = (schema: z.ZodType, data: unknown) => {
  const result = schema.safeParse(data, { error: volunteerErrorMap });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("dates", () => {
  test.each(["2026-11-02", "2028-02-29", "2026-12-31"])("%s is a date", (d) =>
    expect(isCalendarDate(d)).toBe(true),
  );
  test.each([
    "2026-13-01",
    "2026-02-30",
    "2027-02-29",
    "2026-04-31",
    "2026-00-10",
    "2026-1-1",
    "26-11-02",
  ])("%s is not a date", (d) => expect(isCalendarDate(d)).toBe(false));
  test("says why", () => {
    expect(calendarDateProblem("2026-02-30")).toBe(
      '"2026-02-30" is not a real date: February 2026 has 28 days',
    );
    expect(calendarDateProblem("2026-13-01")).toContain("month 13");
  });
  test("time zones", () => {
    expect(knownTimeZone("Europe/Amsterdam")).toBe("Europe/Amsterdam");
    expect(knownTimeZone("Mars/Olympus")).toBeUndefined();
    expect(knownTimeZone("CET")).toBeUndefined();
  });
});

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

describe("initiatives", () => {
  const schema = initiativeSchema(context);
  const base = {
    type: "activity",
    title: "Koffie",
    summary: "Koffie drinken.",
    needs: ["meet"],
    place: "de-brug",
    schedule: [{ days: ["tu"], from: "10:00", to: "12:00" }],
    cost: "free",
    languages: ["nl"],
    hosts: [{ role: "volunteer" }],
    lastVerified: "2026-11-02",
  };
  test("booleans default to false, lists and maps to empty", () => {
    expect(schema.parse(base)).toMatchObject({
      womenOnly: false,
      walkIn: false,
      bringSomeone: false,
      children: false,
      wheelchair: false,
      closed: [],
      contact: {},
      audio: {},
    });
  });
  test.each([
    [{ cost: 3.5 }, true],
    [{ cost: 0 }, true],
    [{ cost: -1 }, false],
    [{ cost: "gratis" }, false],
    [{ needs: [] }, false],
    [{ needs: ["sleep"] }, false],
    [{ hosts: [] }, false],
    [{ hosts: [{ role: "doctor" }] }, false],
    [{ languages: ["nl", "not a tag"] }, false],
    [{ languages: ["pt-BR"] }, true],
    [{ place: undefined }, false],
    [{ place: undefined, address: "Kerkstraat 5" }, true],
    [{ place: "phone" }, true],
    [{ place: "De Brug" }, false],
    [{ lastVerified: "2026-11-26" }, false],
    [{ lastVerified: "2026-11-25" }, true],
    [{ contact: { whatsapp: true } }, false],
    [{ contact: { email: "not an email" } }, false],
    [{ audio: { ar: "./ar.opus" } }, true],
    [{ audio: { fr: "./fr.opus" } }, false],
    [{ audio: { ar: "../ar.opus" } }, false],
    [{ audio: { ar: "https://example.org/ar.opus" } }, false],
    [{ audio: { ar: "./ar.txt" } }, false],
    [{ type: "workshop" }, false],
  ])("%j → %s", (change, ok) => {
    expect(schema.safeParse({ ...base, ...change }).success).toBe(ok);
  });
  test("hints are reachable by path", () => {
    expect(hintAt(schema, ["schedule", 0, "from"])?.expected).toContain('a time like "10:00"');
    expect(hintAt(schema, ["schedule", 0, "days", 1])?.expected).toBe(
      "one of mo, tu, we, th, fr, sa, su",
    );
    expect(hintAt(schema, ["lastVerified"])?.example).toBe("2026-11-25");
  });
  test("no Zod jargon in any message", () => {
    const all = messages(schema, {
      type: 1,
      title: "",
      needs: "meet",
      schedule: [{ days: ["mon"], from: 10, to: "9" }],
      cost: "2,50",
      languages: [true],
      womenOnly: "ja",
      hosts: [{ role: "doctor", org: "x" }],
      contact: { phone: 612345678 },
      lastVerified: 20261102,
    });
    expect(all.length).toBeGreaterThan(8);
    for (const message of all) expect(message).not.toMatch(/Invalid|received|Expected|zod|_/);
  });
});

describe("translations", () => {
  test("only title, summary and directions", () => {
    expect(
      translationSchema().safeParse({
        title: "a",
        summary: "b",
        directions: "c",
      }).success,
    ).toBe(true);
    expect(translationSchema().safeParse({ title: "a", summary: "b", cost: "free" }).success).toBe(
      false,
    );
  });
});

describe("site.yaml", () => {
  const site = siteSchema();
  const base = {
    name: { nl: "Gids", en: "Guide" },
    defaultLocale: "nl",
    locales: ["nl", "en"],
    timeZone: "Europe/Amsterdam",
  };
  test.each([
    [{}, true],
    [{ timeZone: undefined }, true],
    [{ timeZone: "Europe/Nowhere" }, false],
    [{ locales: ["en"] }, false],
    [{ locales: ["nl", "en", "fr"] }, false],
    [{ locales: ["nl", "nl"] }, false],
    [{ defaultLocale: "de" }, false],
    [{ name: { en: "Guide" } }, false],
    [{ name: { nl: "Gids", ar: "دليل" } }, false],
    [{ posterLanguages: ["nl", "en"] }, true],
    [{ posterLanguages: ["nl", "ar"] }, false],
    [{ posterLanguages: ["nl", "en", "nl", "en"] }, false],
    [{ repository: "https://example.org/x" }, true],
    [{ siteUrl: "https://lindenhof.example.org/" }, true],
    [{ siteUrl: "lindenhof.example.org" }, false],
    [{ repository: "ftp://example.org/x" }, false],
    [{ email: "a@example.org" }, true],
    [{ email: "nope" }, false],
    [{ helpNow: [{ label: { nl: "Nood" }, phone: "112" }] }, true],
    [{ helpNow: [{ label: { en: "Emergency" }, phone: "112" }] }, false],
    [{ helpNow: [{ label: { nl: "Nood" }, phone: 112 }] }, false],
    [{ stigmaWords: { nl: ["behandeling"] } }, true],
    [{ stigmaWords: { xx: ["a"] } }, false],
    [{ nmae: "x" }, false],
  ])("%j → %s", (change, ok) => {
    expect(site.safeParse({ ...base, ...change }).success).toBe(ok);
  });
  test("defaults", () => {
    expect(
      site.parse({
        name: { nl: "Gids" },
        defaultLocale: "nl",
        locales: ["nl"],
      }),
    ).toMatchObject({
      timeZone: "Europe/Amsterdam",
      helpNow: [],
      stigmaWords: {},
    });
  });
});

describe("describeIssue", () => {
  test.each<[IssueLike, string]>([
    [{ code: "invalid_type", expected: "string", input: undefined }, "is missing"],
    [{ code: "invalid_type", expected: "string", input: null }, "is empty"],
    [{ code: "invalid_type", expected: "boolean", input: "ja" }, 'is "ja"; write true or false'],
    [
      { code: "invalid_type", expected: "array", input: "mo" },
      'is "mo", not a list: put the values in square brackets',
    ],
    [{ code: "invalid_type", expected: "number", input: [1] }, "is a list, not a number"],
    [{ code: "too_big", origin: "array", maximum: 3, input: [1, 2, 3, 4] }, "has 4 values"],
    [
      {
        code: "invalid_value",
        values: ["group", "activity", "dropin"],
        input: "activty",
      },
      '"activty" is not allowed here; did you mean "activity"?',
    ],
  ])("%j", (issue, message) => {
    expect(describeIssue(issue).message).toBe(message);
  });
});

describe("suggestions", () => {
  test("did you mean", () => {
    expect(didYouMean("wheelchiar", ["wheelchair", "walkIn"])).toBe("wheelchair");
    expect(didYouMean("Wheelchair", ["wheelchair"])).toBe("wheelchair");
    expect(didYouMean("banana", ["wheelchair", "walkIn"])).toBeUndefined();
  });
  test("slugify", () => {
    expect(slugify("Koffie_Ochtend")).toBe("koffie-ochtend");
    expect(slugify("Café de Zon!")).toBe("cafe-de-zon");
  });
  test("audio paths", () => {
    expect(isAudioPath("./ar.opus")).toBe(true);
    expect(isAudioPath("audio/ar.mp3")).toBe(true);
    expect(isAudioPath("./../ar.opus")).toBe(false);
    expect(isAudioPath("/etc/ar.opus")).toBe(false);
    expect(isAudioPath("./.opus")).toBe(false);
  });
});
