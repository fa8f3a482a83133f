/**
 * Whole calendar files, read by ical.js as a calendar app would: they parse, and
 * expanding every event for ~14 months gives exactly the meetings the site shows
 * (src/lib/schedule occurrencesBetween, closures left out): same local start and
 * end, same instants, for every initiative of the sample content and the shared
 * example, and for each rule shape. UIDs and bytes are stable across builds.
 */
import path from "node:path";
import { describe, expect, test } from "vitest";
import ICAL from "ical.js";
import type { Guide, Initiative, ScheduleRule, Closure } from "../../../src/lib/content/model.ts";
import { loadGuide } from "../../../src/lib/content/validate.ts";
import {
  allCalendar,
  eventUid,
  initiativeCalendar,
  type CalendarContext,
} from "../../../src/lib/ics/calendar.ts";
import { addDays, weekStart } from "../../../src/lib/schedule/civil-date.ts";
import { occurrencesBetween } from "../../../src/lib/schedule/occurrences.ts";
import { ruleOccursOn } from "../../../src/lib/schedule/rules.ts";
import { translator } from "../../../src/lib/i18n/translator.ts";
import { exampleDir, repoRoot } from "../content/helpers.ts";
import { expand, parseCalendar, type AppOccurrence } from "./ical.ts";

const sample = loadGuide(path.join(repoRoot, "content"));
const example = loadGuide(exampleDir);

function contextOf(guide: Guide, extra: Partial<CalendarContext> = {}): CalendarContext {
  return {
    site: guide.site,
    placeBySlug: new Map(guide.places.map((p) => [p.slug, p])),
    ...extra,
  };
}

/** About 14 months from the Monday of the week the entry was last verified. */
function windowOf(initiative: Initiative): [string, string] {
  const from = weekStart(initiative.lastVerified);
  return [from, addDays(from, 426)];
}

/** What the site's schedule logic says, in the same shape as the ical.js expansion. */
function siteOccurrences(initiative: Initiative, timeZone: string): AppOccurrence[] {
  const [from, until] = windowOf(initiative);
  return occurrencesBetween(initiative.schedule, initiative.closed, from, until, timeZone)
    .map((o) => ({
      uid: eventUid(initiative.slug, o.ruleIndex),
      start: `${o.date}T${o.from}:00`,
      end: o.to === "24:00" ? `${addDays(o.date, 1)}T00:00:00` : `${o.date}T${o.to}:00`,
      startMs: o.start.getTime(),
      endMs: o.end.getTime(),
    }))
    .sort((a, b) => a.startMs - b.startMs || a.uid.localeCompare(b.uid));
}

function appOccurrences(initiative: Initiative, guide: Guide): AppOccurrence[] {
  const [from, until] = windowOf(initiative);
  return expand(initiativeCalendar(initiative, contextOf(guide)), from, until);
}

function vevents(text: string): ICAL.Component[] {
  return parseCalendar(text).getAllSubcomponents("vevent");
}

describe.each([
  ["the sample content", sample],
  ["the shared example", example],
])("%s", (_, guide) => {
  const bySlug = guide.initiatives.map((i) => [i.slug, i] as const);

  test.each(bySlug)("%s: the file parses and has every required property", (_, initiative) => {
    const text = initiativeCalendar(initiative, contextOf(guide));
    const calendar = parseCalendar(text);
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toMatch(/^-\/\/Buurtgids\/\//);
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toContain(
      initiative.text[guide.site.defaultLocale]?.title,
    );
    const zone = calendar.getFirstSubcomponent("vtimezone");
    expect(zone?.getFirstPropertyValue("tzid")).toBe(guide.site.timeZone);
    const events = calendar.getAllSubcomponents("vevent");
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      for (const name of ["uid", "dtstamp", "dtstart", "dtend", "rrule", "summary"]) {
        expect(event.hasProperty(name), name).toBe(true);
      }
      expect(event.getFirstProperty("dtstart")?.getParameter("tzid")).toBe(guide.site.timeZone);
      expect(event.getFirstProperty("dtend")?.getParameter("tzid")).toBe(guide.site.timeZone);
    }
  });

  test.each(bySlug)(
    "%s: a calendar app shows exactly the meetings the site shows, for 14 months",
    (_, initiative) => {
      const expected = siteOccurrences(initiative, guide.site.timeZone);
      expect(expected.length).toBeGreaterThan(0);
      expect(appOccurrences(initiative, guide)).toEqual(expected);
    },
  );

  test.each(bySlug)("%s: each DTSTART is a day the rule really occurs on", (_, initiative) => {
    for (const event of vevents(initiativeCalendar(initiative, contextOf(guide)))) {
      const ruleIndex = Number(/-(\d+)@/.exec(event.getFirstPropertyValue("uid") as string)?.[1]);
      const start = (event.getFirstPropertyValue("dtstart") as ICAL.Time).toString();
      const rule = initiative.schedule[ruleIndex]!;
      expect(ruleOccursOn(rule, start.slice(0, 10))).toBe(true);
      expect(start.slice(11, 16)).toBe(rule.from);
    }
  });

  test("UIDs and bytes are identical across two generations; all.ics holds every event once", () => {
    const first = allCalendar(guide.initiatives, contextOf(guide));
    const second = allCalendar([...guide.initiatives].reverse(), contextOf(guide));
    expect(second).toBe(first);
    const uids = vevents(first).map((e) => e.getFirstPropertyValue("uid"));
    expect(new Set(uids).size).toBe(uids.length);
    for (const initiative of guide.initiatives) {
      const once = initiativeCalendar(initiative, contextOf(guide));
      expect(initiativeCalendar(initiative, contextOf(guide))).toBe(once);
      for (const event of vevents(once)) {
        expect(uids).toContain(event.getFirstPropertyValue("uid"));
      }
    }
  });
});

describe("texts, in the site's default language", () => {
  const t = translator(sample.site.defaultLocale);
  const get = (slug: string) => sample.initiatives.find((i) => i.slug === slug)!;
  const firstEvent = (initiative: Initiative, extra?: Partial<CalendarContext>) =>
    vevents(initiativeCalendar(initiative, contextOf(sample, extra)))[0]!;

  test("SUMMARY is the title; LOCATION is place, address and postcode; DTSTAMP is lastVerified", () => {
    const initiative = get("koffieochtend");
    const place = sample.places.find((p) => p.slug === initiative.place)!;
    const event = firstEvent(initiative);
    expect(event.getFirstPropertyValue("summary")).toBe(initiative.text.nl?.title);
    expect(event.getFirstPropertyValue("location")).toBe(
      `${place.text.nl?.title}, ${place.address}, ${place.postcode}`,
    );
    expect((event.getFirstPropertyValue("dtstamp") as ICAL.Time).toString()).toBe(
      `${initiative.lastVerified}T00:00:00Z`,
    );
  });

  test("DESCRIPTION has the summary, who you meet in what role, and the phone number", () => {
    const initiative = get("koffieochtend");
    const description = firstEvent(initiative).getFirstPropertyValue("description") as string;
    expect(description).toContain(initiative.text.nl?.summary);
    for (const host of initiative.hosts) expect(description).toContain(t(`role.${host.role}`));
    expect(description).toContain(initiative.contact.phone);
  });

  test("online and by-phone initiatives say so as their LOCATION", () => {
    expect(firstEvent(get("avondgesprek-online")).getFirstPropertyValue("location")).toBe(
      t("fact.online"),
    );
    expect(firstEvent(get("bel-een-ervaringsdeskundige")).getFirstPropertyValue("location")).toBe(
      t("fact.byPhone"),
    );
  });

  test("URL points at the entry page only when the site has an absolute URL", () => {
    const initiative = get("koffieochtend");
    expect(firstEvent(initiative).hasProperty("url")).toBe(false);
    const withSite = firstEvent(initiative, { siteUrl: "https://gids.example.org", base: "/" });
    expect(withSite.getFirstPropertyValue("url")).toBe(
      "https://gids.example.org/nl/initiatives/koffieochtend/",
    );
  });

  test("UIDs are slug, rule number and a fixed domain", () => {
    const uids = vevents(initiativeCalendar(get("hulp-bij-brieven"), contextOf(sample))).map((e) =>
      e.getFirstPropertyValue("uid"),
    );
    expect(uids).toEqual(["hulp-bij-brieven-0@buurtgids", "hulp-bij-brieven-1@buurtgids"]);
  });
});

describe("each rule shape, expanded by ical.js, equals the schedule logic", () => {
  const base = sample.initiatives[0]!;
  const tz = sample.site.timeZone;
  const make = (
    schedule: ScheduleRule[],
    closed: Closure[] = [],
    lastVerified = "2026-09-01",
  ): Initiative => ({ ...base, slug: "test", schedule, closed, lastVerified });
  const check = (initiative: Initiative) => {
    const expected = siteOccurrences(initiative, tz);
    const actual = appOccurrences(initiative, sample);
    expect(actual).toEqual(expected);
    return actual;
  };

  test("weekly across the last Sunday of October 2026: local time stays, the instant moves an hour", () => {
    const shown = check(make([{ days: ["tu", "th"], from: "10:00", to: "12:00" }]));
    const before = shown.find((o) => o.start === "2026-10-22T10:00:00")!;
    const after = shown.find((o) => o.start === "2026-10-27T10:00:00")!;
    expect(new Date(before.startMs).toISOString()).toBe("2026-10-22T08:00:00.000Z");
    expect(new Date(after.startMs).toISOString()).toBe("2026-10-27T09:00:00.000Z");
  });

  test("every other week, `starting` after the week it was verified", () => {
    const shown = check(
      make([{ days: ["sa"], every: 2, starting: "2026-10-10", from: "10:00", to: "12:00" }]),
    );
    expect(shown.slice(0, 3).map((o) => o.start.slice(0, 10))).toEqual([
      "2026-09-12",
      "2026-09-26",
      "2026-10-10",
    ]);
  });

  test("every third week on two days, anchored on the second day of its week", () => {
    check(
      make(
        [{ days: ["mo", "fr"], every: 3, starting: "2026-10-16", from: "19:00", to: "21:00" }],
        [],
        "2026-10-20",
      ),
    );
  });

  test("every other weekend: Saturday and Sunday belong to the same Monday-based week", () => {
    const shown = check(
      make([{ days: ["sa", "su"], every: 2, starting: "2026-09-06", from: "14:00", to: "17:00" }]),
    );
    expect(shown.slice(0, 4).map((o) => o.start.slice(0, 10))).toEqual([
      "2026-09-05",
      "2026-09-06",
      "2026-09-19",
      "2026-09-20",
    ]);
  });

  test("nth weekdays: 1st and 3rd Wednesday, 5th Thursday, 2nd and last Monday", () => {
    const shown = check(
      make([
        { days: ["we"], weeks: [1, 3], from: "14:00", to: "16:00" },
        { days: ["th"], weeks: [5], from: "14:00", to: "16:00" },
        { days: ["mo"], weeks: [2, -1], from: "09:00", to: "10:00" },
      ]),
    );
    expect(
      shown.filter((o) => o.uid === "test-1@buurtgids").map((o) => o.start.slice(0, 10)),
    ).toContain("2026-10-29");
  });

  test("last Friday, with a closure on one of them", () => {
    const shown = check(
      make([{ days: ["fr"], weeks: [-1], from: "18:00", to: "20:30" }], [{ on: "2026-12-25" }]),
    );
    expect(shown.map((o) => o.start.slice(0, 10))).not.toContain("2026-12-25");
    expect(shown.map((o) => o.start.slice(0, 10))).toContain("2027-01-29");
  });

  test("validFrom and validUntil (ending on the Sunday clocks go forward)", () => {
    const shown = check(
      make([
        {
          days: ["su"],
          from: "20:00",
          to: "21:00",
          validFrom: "2026-10-04",
          validUntil: "2027-03-28",
        },
      ]),
    );
    expect(shown[0]?.start).toBe("2026-10-04T20:00:00");
    expect(shown.at(-1)?.start).toBe("2027-03-28T20:00:00");
  });

  test("closures: a day, a period, and a period that began before the series", () => {
    check(
      make(
        [
          { days: ["mo", "we"], from: "19:00", to: "21:30" },
          { days: ["sa"], from: "10:00", to: "12:00" },
        ],
        [
          { on: "2026-11-11" },
          { from: "2026-12-21", until: "2027-01-03" },
          { from: "2026-09-01", until: "2026-09-09" },
        ],
      ),
    );
  });

  test("until midnight (`to: 24:00`)", () => {
    const shown = check(make([{ days: ["fr"], from: "21:00", to: "24:00" }]));
    expect(shown[0]?.end).toBe("2026-09-05T00:00:00");
  });

  test("a rule that ended long ago writes no event; the others still do", () => {
    const text = initiativeCalendar(
      make([
        { days: ["mo"], from: "10:00", to: "11:00", validUntil: "2025-01-01" },
        { days: ["tu"], from: "10:00", to: "11:00" },
      ]),
      contextOf(sample),
    );
    expect(vevents(text).map((e) => e.getFirstPropertyValue("uid"))).toEqual(["test-1@buurtgids"]);
  });
});
