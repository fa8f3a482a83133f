/**
 * Every output agrees on a rule that ended last month: the entry page's week strip
 * ticks none of its days, the poster leaves it out, read-aloud does not say it, and
 * the calendar file (read by ical.js as a calendar app would) has no meeting of it
 * after its end. The rule that still runs shows up everywhere.
 */
import { describe, expect, test } from "vitest";
import type { ScheduleRule } from "../../../src/lib/content/model.ts";
import { loadGuide } from "../../../src/lib/content/validate.ts";
import { eventUid, initiativeCalendar } from "../../../src/lib/ics/calendar.ts";
import { placeWeek } from "../../../src/lib/posters/week.ts";
import { addDays } from "../../../src/lib/schedule/civil-date.ts";
import { scheduleView } from "../../../src/lib/schedule/view.ts";
import { spokenSegments } from "../../../src/lib/speech/index.ts";
import { exampleDir } from "../content/helpers.ts";
import { expand } from "../ics/ical.ts";
import { brug, context, initiative, withEnglish } from "../speech/fixtures.ts";

const today = "2026-11-25";
/** Every Saturday morning until the end of last month. */
const ended: ScheduleRule = { days: ["sa"], from: "10:00", to: "12:00", validUntil: "2026-10-31" };
/** Every Tuesday afternoon, still running. */
const running: ScheduleRule = { days: ["tu"], from: "14:00", to: "16:00" };
const entry = withEnglish(initiative({ schedule: [ended, running], lastVerified: "2026-09-01" }));

describe("a rule that ended last month", () => {
  test("the entry page's week strip ticks no day of it, and lists only the running rule", () => {
    const view = scheduleView(entry, today);
    expect(view.days).toEqual(["tu"]);
    expect(view.rules.map((r) => r.rule)).toEqual([running]);
  });

  test("the poster's week has nothing on Saturday", () => {
    const week = placeWeek([entry], today);
    expect(week.find((d) => d.day === "sa")?.rows).toEqual([]);
    expect(week.find((d) => d.day === "tu")?.rows.map((r) => r.rule.from)).toEqual(["14:00"]);
  });

  test("read-aloud does not say it", () => {
    const when = spokenSegments(entry, "en", { ...context, today })
      .filter((s) => s.part === "when")
      .map((s) => s.text)
      .join(" ");
    expect(when).toMatch(/Tuesday/);
    expect(when).not.toMatch(/Saturday/);
    expect(when).not.toMatch(/October/);
  });

  test("the calendar file has no meeting of it after its end", () => {
    const site = loadGuide(exampleDir).site;
    const ics = initiativeCalendar(entry, { site, placeBySlug: new Map([[brug.slug, brug]]) });
    const meetings = expand(ics, "2026-08-31", addDays(today, 366));
    const ofEnded = meetings.filter((m) => m.uid === eventUid(entry.slug, 0));
    const ofRunning = meetings.filter((m) => m.uid === eventUid(entry.slug, 1));
    // Its past meetings are there (the file is a history too), none after 31 October.
    expect(ofEnded.length).toBeGreaterThan(0);
    expect(ofEnded.at(-1)?.start).toBe("2026-10-31T10:00:00");
    expect(ofEnded.filter((m) => m.start.slice(0, 10) > ended.validUntil!)).toEqual([]);
    // The running rule goes on past today.
    expect(ofRunning.some((m) => m.start.slice(0, 10) >= today)).toBe(true);
  });
});
