/**
 * A fixed set of schedule queries whose answers must not depend on the device's
 * time zone. Used in-process and, with another TZ, in a child Node process that
 * runs the TypeScript sources directly (type stripping).
 */
import type { Closure, ScheduleRule } from "../../../src/lib/content/model.ts";
import {
  instantOf,
  isOpenAt,
  nextOccurrences,
  occurrencesBetween,
  today,
  weekDates,
  zonedDateTime,
  type Occurrence,
} from "../../../src/lib/schedule/index.ts";

const tz = "Europe/Amsterdam";
const rules: ScheduleRule[] = [
  { days: ["su"], from: "10:00", to: "11:00" },
  { days: ["we"], weeks: [1, 3], from: "23:00", to: "24:00" },
  {
    days: ["th"],
    every: 2,
    starting: "2026-09-10",
    from: "00:00",
    to: "01:30",
  },
  {
    days: ["tu"],
    weeks: [-1],
    from: "19:00",
    to: "21:00",
    validUntil: "2028-02-29",
  },
];
const closed: Closure[] = [{ from: "2026-12-21", until: "2027-01-03", note: "Christmas break" }];

const show = (o: Occurrence | undefined) =>
  o &&
  `${o.date} ${o.from}-${o.to} ${o.start.toISOString()}/${o.end.toISOString()} #${o.ruleIndex}${o.closure ? " closed" : ""}`;

/** Answers to the fixed queries, as plain strings. */
export function snapshot(): Record<string, unknown> {
  const instants = [
    "2026-07-01T22:30:00Z",
    "2026-07-01T21:30:00Z",
    "2026-10-25T08:30:00Z",
    "2026-10-25T09:30:00Z",
    "2027-03-28T08:30:00Z",
    "2027-03-28T09:30:00Z",
    "2026-12-31T23:30:00Z",
    "2026-09-09T22:15:00Z",
  ].map((s) => new Date(s));
  return {
    zoned: instants.map((i) => zonedDateTime(i, tz)),
    today: instants.map((i) => today(i, tz)),
    open: instants.map((i) => show(isOpenAt(rules, closed, i, tz)) ?? null),
    between: occurrencesBetween(rules, closed, "2026-10-01", "2027-04-30", tz, {
      includeClosed: true,
    }).map(show),
    next: instants.map((i) => nextOccurrences(rules, closed, i, tz, 3).map(show)),
    instants: [
      instantOf("2027-03-28", "02:30", tz),
      instantOf("2026-10-25", "02:30", tz),
      instantOf("2028-02-29", "19:00", tz),
    ].map((d) => d.toISOString()),
    week: weekDates("2028-02-29"),
  };
}
