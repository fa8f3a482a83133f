/**
 * One VEVENT per schedule rule: local start and end in the site time zone
 * (DTSTART/DTEND with TZID), the RRULE with UNTIL, an EXDATE per closed meeting.
 */
import type { ScheduleRule } from "../content/model.ts";
import { instantOf } from "../schedule/zone.ts";
import { addDays } from "../schedule/civil-date.ts";
import { localDateTime, utcDateTime } from "./datetime.ts";
import { escapeText } from "./text.ts";
import type { Recurrence } from "./recurrence.ts";
import type { EventText } from "./event-text.ts";

/** Everything one VEVENT says. */
export interface EventInput {
  /** Stable across builds, e.g. `koffieochtend-0@buurtgids`. */
  uid: string;
  /** Civil date used as DTSTAMP (the entry's `lastVerified`), so output is reproducible. */
  stamp: string;
  timeZone: string;
  rule: ScheduleRule;
  recurrence: Recurrence;
  text: EventText;
  /** Absolute URL of the entry page; omitted when absent. */
  url?: string;
}

/** A TZID parameter, quoted only if the name holds a character that needs it. */
function tzid(timeZone: string): string {
  return /[;:,]/.test(timeZone) ? `TZID="${timeZone}"` : `TZID=${timeZone}`;
}

/**
 * UNTIL for a series whose DTSTART has a TZID must be UTC (RFC 5545 §3.3.10):
 * the last second of the local day `last`.
 */
export function untilValue(last: string, timeZone: string): string {
  const nextMidnight = instantOf(addDays(last, 1), "00:00", timeZone);
  return utcDateTime(new Date(nextMidnight.getTime() - 1000));
}

/**
 * The content lines of one VEVENT (unfolded).
 *
 * @example veventLines(input)[3] // "DTSTART;TZID=Europe/Amsterdam:20261102T093000"
 */
export function veventLines(input: EventInput): string[] {
  const { recurrence, rule, timeZone, text } = input;
  const zone = tzid(timeZone);
  const until =
    recurrence.last === undefined ? "" : `;UNTIL=${untilValue(recurrence.last, timeZone)}`;
  const lines = [
    "BEGIN:VEVENT",
    `UID:${input.uid}`,
    `DTSTAMP:${input.stamp.replaceAll("-", "")}T000000Z`,
    `DTSTART;${zone}:${localDateTime(recurrence.first, rule.from)}`,
    `DTEND;${zone}:${localDateTime(recurrence.first, rule.to)}`,
    `RRULE:${recurrence.rrule}${until}`,
    ...recurrence.exdates.map((date) => `EXDATE;${zone}:${localDateTime(date, rule.from)}`),
    `SUMMARY:${escapeText(text.summary)}`,
  ];
  if (text.location) lines.push(`LOCATION:${escapeText(text.location)}`);
  if (text.description) lines.push(`DESCRIPTION:${escapeText(text.description)}`);
  if (input.url) lines.push(`URL:${input.url}`);
  lines.push("END:VEVENT");
  return lines;
}
