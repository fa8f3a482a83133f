import { describe, expect, test } from "vitest";
import type { Closure, ScheduleRule } from "../../../src/lib/content/model.ts";
import { addDays } from "../../../src/lib/schedule/civil-date.ts";
import {
  isOpenAt,
  nextOccurrences,
  occurrencesBetween,
  occurrencesForMany,
  skippedOccurrencesBetween,
  timeline,
  type Occurrence,
} from "../../../src/lib/schedule/occurrences.ts";
import { zonedDateTime } from "../../../src/lib/schedule/zone.ts";

const tz = "Europe/Amsterdam";
const hour = 3_600_000;
const summary = (list: Occurrence[]) =>
  list.map(
    (o) =>
      `${o.date} ${o.from}-${o.to} ${o.start.toISOString()}${o.closure ? ` closed:${o.closure.note ?? ""}` : ""}`,
  );

const sundayTen: ScheduleRule[] = [{ days: ["su"], from: "10:00", to: "11:00" }];

describe("daylight saving time", () => {
  test("spring forward (2027-03-28): still 10:00 local, one hour earlier in UTC", () => {
    const list = occurrencesBetween(sundayTen, [], "2027-03-21", "2027-04-04", tz);
    expect(summary(list)).toEqual([
      "2027-03-21 10:00-11:00 2027-03-21T09:00:00.000Z",
      "2027-03-28 10:00-11:00 2027-03-28T08:00:00.000Z",
      "2027-04-04 10:00-11:00 2027-04-04T08:00:00.000Z",
    ]);
    for (const o of list) {
      expect(zonedDateTime(o.start, tz).time).toBe("10:00");
      expect(o.end.getTime() - o.start.getTime()).toBe(hour);
    }
    const [a, b] = list;
    expect(b!.start.getTime() - a!.start.getTime()).toBe(7 * 24 * hour - hour);
  });

  test("fall back (2026-10-25): still 10:00 local, one hour later in UTC", () => {
    const list = occurrencesBetween(sundayTen, [], "2026-10-18", "2026-10-25", tz);
    expect(summary(list)).toEqual([
      "2026-10-18 10:00-11:00 2026-10-18T08:00:00.000Z",
      "2026-10-25 10:00-11:00 2026-10-25T09:00:00.000Z",
    ]);
    expect(list[1]!.start.getTime() - list[0]!.start.getTime()).toBe(7 * 24 * hour + hour);
  });

  test("isOpenAt on the spring-forward Sunday: 08:30 UTC is 10:30 local (open), 09:30 UTC is 11:30 (closed)", () => {
    expect(isOpenAt(sundayTen, [], new Date("2027-03-28T08:30:00Z"), tz)?.date).toBe("2027-03-28");
    expect(isOpenAt(sundayTen, [], new Date("2027-03-28T09:30:00Z"), tz)).toBeUndefined();
  });

  test("isOpenAt on the fall-back Sunday: 08:30 UTC is 09:30 local (closed), 09:30 UTC is 10:30 (open)", () => {
    expect(isOpenAt(sundayTen, [], new Date("2026-10-25T08:30:00Z"), tz)).toBeUndefined();
    expect(isOpenAt(sundayTen, [], new Date("2026-10-25T09:30:00Z"), tz)?.date).toBe("2026-10-25");
  });
});

describe("closures", () => {
  const wednesday: ScheduleRule[] = [{ days: ["we"], from: "14:00", to: "16:00" }];
  const christmas: Closure = {
    from: "2026-12-21",
    until: "2027-01-03",
    note: "Christmas break",
  };

  test("a closure range skips every occurrence inside it, inclusive", () => {
    expect(
      occurrencesBetween(wednesday, [christmas], "2026-12-14", "2027-01-10", tz).map((o) => o.date),
    ).toEqual(["2026-12-16", "2027-01-06"]);
    // Inclusive bounds: a closure ending on an occurrence's day still skips it.
    const endsOnWednesday: Closure = {
      from: "2026-12-21",
      until: "2026-12-30",
    };
    expect(
      occurrencesBetween(wednesday, [endsOnWednesday], "2026-12-14", "2027-01-10", tz).map(
        (o) => o.date,
      ),
    ).toEqual(["2026-12-16", "2027-01-06"]);
  });

  test("includeClosed lists the skipped occurrences with their note", () => {
    const list = occurrencesBetween(wednesday, [christmas], "2026-12-14", "2027-01-10", tz, {
      includeClosed: true,
    });
    expect(summary(list)).toEqual([
      "2026-12-16 14:00-16:00 2026-12-16T13:00:00.000Z",
      "2026-12-23 14:00-16:00 2026-12-23T13:00:00.000Z closed:Christmas break",
      "2026-12-30 14:00-16:00 2026-12-30T13:00:00.000Z closed:Christmas break",
      "2027-01-06 14:00-16:00 2027-01-06T13:00:00.000Z",
    ]);
    expect(list[1]!.closure).toBe(christmas);
    expect(
      skippedOccurrencesBetween(wednesday, [christmas], "2026-12-14", "2027-01-10", tz).map(
        (o) => o.date,
      ),
    ).toEqual(["2026-12-23", "2026-12-30"]);
  });

  test("a single-day closure skips that day only, for every rule on it", () => {
    const rules: ScheduleRule[] = [...wednesday, { days: ["we"], from: "19:00", to: "21:00" }];
    const closed: Closure[] = [{ on: "2026-12-09", note: "Sinterklaas" }];
    const list = occurrencesBetween(rules, closed, "2026-12-01", "2026-12-16", tz);
    expect(list.map((o) => `${o.date} ${o.from}`)).toEqual([
      "2026-12-02 14:00",
      "2026-12-02 19:00",
      "2026-12-16 14:00",
      "2026-12-16 19:00",
    ]);
    const skipped = skippedOccurrencesBetween(rules, closed, "2026-12-07", "2026-12-13", tz);
    expect(skipped.map((o) => `${o.from} ${o.closure?.note}`)).toEqual([
      "14:00 Sinterklaas",
      "19:00 Sinterklaas",
    ]);
    expect(isOpenAt(rules, closed, new Date("2026-12-09T13:30:00Z"), tz)).toBeUndefined();
    expect(isOpenAt(rules, [], new Date("2026-12-09T13:30:00Z"), tz)?.from).toBe("14:00");
  });
});

describe("nextOccurrences", () => {
  test("includes the one in progress, then the following ones", () => {
    const next = nextOccurrences(sundayTen, [], new Date("2027-03-28T08:30:00Z"), tz, 2);
    expect(summary(next)).toEqual([
      "2027-03-28 10:00-11:00 2027-03-28T08:00:00.000Z",
      "2027-04-04 10:00-11:00 2027-04-04T08:00:00.000Z",
    ]);
    // At the very end it is over.
    expect(nextOccurrences(sundayTen, [], new Date("2027-03-28T09:00:00Z"), tz, 1)[0]?.date).toBe(
      "2027-04-04",
    );
  });

  test("merges rules in start order and keeps going across many weeks without gaps or repeats", () => {
    const rules: ScheduleRule[] = [
      { days: ["tu"], from: "10:00", to: "12:00" },
      { days: ["mo"], from: "19:00", to: "21:00" },
    ];
    const next = nextOccurrences(rules, [], new Date("2026-06-01T00:00:00Z"), tz, 100);
    expect(next).toHaveLength(100);
    expect(next.slice(0, 4).map((o) => `${o.date} ${o.from}`)).toEqual([
      "2026-06-01 19:00",
      "2026-06-02 10:00",
      "2026-06-08 19:00",
      "2026-06-09 10:00",
    ]);
    // Exactly one Monday and one Tuesday in each of 50 consecutive weeks, in order.
    const expected = Array.from({ length: 50 }, (_, week) => [
      `${addDays("2026-06-01", 7 * week)} 19:00`,
      `${addDays("2026-06-02", 7 * week)} 10:00`,
    ]).flat();
    expect(next.map((o) => `${o.date} ${o.from}`)).toEqual(expected);
    expect(next[99]!.date).toBe("2027-05-11");
  });

  test("skips closed ones unless asked", () => {
    const closed: Closure[] = [{ on: "2027-04-04", note: "Easter" }];
    const now = new Date("2027-03-29T12:00:00Z");
    expect(nextOccurrences(sundayTen, closed, now, tz, 1)[0]?.date).toBe("2027-04-11");
    const withClosed = nextOccurrences(sundayTen, closed, now, tz, 1, {
      includeClosed: true,
    });
    expect(withClosed[0]?.date).toBe("2027-04-04");
    expect(withClosed[0]?.closure?.note).toBe("Easter");
  });

  test("a rule that ends returns fewer than asked, and none once it has ended", () => {
    const ending: ScheduleRule[] = [
      { days: ["mo"], from: "10:00", to: "11:00", validUntil: "2026-06-30" },
    ];
    const next = nextOccurrences(ending, [], new Date("2026-06-20T12:00:00Z"), tz, 10);
    expect(next.map((o) => o.date)).toEqual(["2026-06-22", "2026-06-29"]);
    expect(nextOccurrences(ending, [], new Date("2027-01-01T12:00:00Z"), tz, 10)).toEqual([]);
    expect(occurrencesBetween(ending, [], "2026-07-01", "2027-12-31", tz)).toEqual([]);
  });

  test("never-occurring schedules return quickly instead of looping", () => {
    const now = new Date("2026-06-20T12:00:00Z");
    const started = performance.now();
    expect(nextOccurrences([{ days: [], from: "10:00", to: "11:00" }], [], now, tz, 5)).toEqual([]);
    expect(
      nextOccurrences([{ days: ["mo"], every: 2, from: "10:00", to: "11:00" }], [], now, tz, 5),
    ).toEqual([]);
    expect(
      nextOccurrences(sundayTen, [{ from: "2026-01-01", until: "2099-12-31" }], now, tz, 5),
    ).toEqual([]);
    expect(nextOccurrences(sundayTen, [], now, tz, 0)).toEqual([]);
    expect(nextOccurrences([], [], now, tz, 5)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  test("the search horizon is bounded (default about two years)", () => {
    const far: ScheduleRule[] = [
      { days: ["mo"], from: "10:00", to: "11:00", validFrom: "2030-01-01" },
    ];
    const now = new Date("2026-06-20T12:00:00Z");
    expect(nextOccurrences(far, [], now, tz, 1)).toEqual([]);
    expect(nextOccurrences(far, [], now, tz, 1, { horizonDays: 5 * 366 })[0]?.date).toBe(
      "2030-01-07",
    );
  });

  test("validFrom in the future: nothing before it, then it starts", () => {
    const starting: ScheduleRule[] = [
      { days: ["mo"], from: "10:00", to: "11:00", validFrom: "2027-01-04" },
    ];
    const now = new Date("2026-11-01T12:00:00Z");
    expect(nextOccurrences(starting, [], now, tz, 2).map((o) => o.date)).toEqual([
      "2027-01-04",
      "2027-01-11",
    ]);
    expect(occurrencesBetween(starting, [], "2026-11-01", "2027-01-03", tz)).toEqual([]);
    expect(isOpenAt(starting, [], new Date("2026-12-28T09:30:00Z"), tz)).toBeUndefined();
    expect(isOpenAt(starting, [], new Date("2027-01-04T09:30:00Z"), tz)?.date).toBe("2027-01-04");
  });
});

describe("open now near midnight", () => {
  // 2026-07-01 is a Wednesday; Amsterdam is UTC+2 in summer.
  const rules: ScheduleRule[] = [
    { days: ["we"], from: "23:00", to: "24:00" },
    { days: ["th"], from: "00:00", to: "01:00" },
  ];

  test("22:30 UTC on Wednesday is already Thursday 00:30 on the site", () => {
    const open = isOpenAt(rules, [], new Date("2026-07-01T22:30:00Z"), tz);
    expect(open?.date).toBe("2026-07-02");
    expect(open?.ruleIndex).toBe(1);
  });

  test("the Wednesday late session runs until midnight site time, i.e. 22:00 UTC", () => {
    expect(isOpenAt(rules, [], new Date("2026-07-01T21:30:00Z"), tz)?.ruleIndex).toBe(0);
    expect(isOpenAt(rules, [], new Date("2026-07-01T21:59:59Z"), tz)?.ruleIndex).toBe(0);
    expect(isOpenAt(rules, [], new Date("2026-07-01T22:00:00Z"), tz)?.ruleIndex).toBe(1);
    expect(isOpenAt(rules, [], new Date("2026-07-01T23:00:00Z"), tz)).toBeUndefined();
    expect(isOpenAt(rules, [], new Date("2026-07-01T20:59:00Z"), tz)).toBeUndefined();
  });

  test("in a zone west of UTC, the site's Wednesday evening is Thursday in UTC", () => {
    const ny = "America/New_York";
    const evening: ScheduleRule[] = [{ days: ["we"], from: "21:00", to: "23:00" }];
    // 2026-07-02T02:00Z is Wednesday 22:00 in New York (UTC-4).
    expect(isOpenAt(evening, [], new Date("2026-07-02T02:00:00Z"), ny)?.date).toBe("2026-07-01");
    expect(isOpenAt(evening, [], new Date("2026-07-01T22:00:00Z"), ny)).toBeUndefined();
    expect(nextOccurrences(evening, [], new Date("2026-07-02T02:00:00Z"), ny, 1)[0]?.date).toBe(
      "2026-07-01",
    );
  });
});

describe("many entries at once", () => {
  const initiative = {
    slug: "coffee",
    schedule: [{ days: ["tu"], from: "10:00", to: "12:00" }] as ScheduleRule[],
    closed: [{ on: "2026-12-29", note: "Holiday" }] as Closure[],
  };
  const place = {
    slug: "de-brug",
    openingHours: [{ days: ["mo", "tu"], from: "09:00", to: "17:00" }] as ScheduleRule[],
    closed: [] as Closure[],
  };
  const empty = { slug: "nothing", schedule: [] as ScheduleRule[] };

  test("gives each entry what occurrencesBetween gives it", () => {
    const map = occurrencesForMany([initiative, place, empty], "2026-12-21", "2027-01-03", tz);
    expect(map.get(initiative)).toEqual(
      occurrencesBetween(initiative.schedule, initiative.closed, "2026-12-21", "2027-01-03", tz),
    );
    expect(map.get(initiative)!.map((o) => o.date)).toEqual(["2026-12-22"]);
    expect(map.get(place)!.map((o) => o.date)).toEqual([
      "2026-12-21",
      "2026-12-22",
      "2026-12-28",
      "2026-12-29",
    ]);
    expect(map.get(empty)).toEqual([]);
    const withClosed = occurrencesForMany([initiative], "2026-12-21", "2027-01-03", tz, {
      includeClosed: true,
    });
    expect(withClosed.get(initiative)![1]?.closure?.note).toBe("Holiday");
  });

  test("timeline merges them by start time", () => {
    const map = occurrencesForMany([initiative, place], "2026-12-22", "2026-12-22", tz);
    expect(
      timeline(map).map(({ entry, occurrence }) => `${entry.slug} ${occurrence.from}`),
    ).toEqual(["de-brug 09:00", "coffee 10:00"]);
  });
});
