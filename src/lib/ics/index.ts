/**
 * Calendar (.ics, RFC 5545) export of the guide: our own small writer, so the
 * site ships no calendar library.
 *
 * - `text.ts`: TEXT escaping, 75-octet line folding, CRLF.
 * - `datetime.ts`: local and UTC DATE-TIME values, UTC offsets.
 * - `vtimezone.ts`: VTIMEZONE for the site zone, generated from Intl.
 * - `recurrence.ts`: a schedule rule as DTSTART + RRULE + UNTIL + EXDATE dates.
 * - `event-text.ts`: SUMMARY/LOCATION/DESCRIPTION words.
 * - `event.ts`: one VEVENT.
 * - `calendar.ts`: whole files (one initiative, all initiatives).
 * - `links.ts`: hrefs of the files, absolute entry URLs.
 */
export { escapeText, foldLine, maxLineOctets, serializeLines } from "./text.ts";
export { localDateTime, utcDateTime, utcOffset } from "./datetime.ts";
export { vtimezoneLines, zoneObservances, type Observance } from "./vtimezone.ts";
export { ruleRecurrence, rruleOf, type Recurrence } from "./recurrence.ts";
export { eventText, type EventText } from "./event-text.ts";
export { untilValue, veventLines, type EventInput } from "./event.ts";
export {
  allCalendar,
  defaultUidDomain,
  eventUid,
  initiativeCalendar,
  type CalendarContext,
} from "./calendar.ts";
export { calendarHref, entryUrl } from "./links.ts";
