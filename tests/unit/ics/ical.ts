/**
 * Test helpers around ical.js (a real, independent iCalendar implementation):
 * parse our files and expand their recurrences the way a calendar app would.
 */
import ICAL from "ical.js";

/** One meeting as a calendar app sees it. */
export interface AppOccurrence {
  uid: string;
  /** Local wall clock, `YYYY-MM-DDTHH:MM:SS`, in the event's TZID. */
  start: string;
  end: string;
  /** Instants (ms) as computed by ical.js from our VTIMEZONE. */
  startMs: number;
  endMs: number;
}

/** Parses an .ics text; throws on anything ical.js cannot read. */
export function parseCalendar(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

/**
 * Registers the file's VTIMEZONEs with ical.js (it has no zone data of its own),
 * then parses the file again so DTSTART/EXDATE values pick the zone up.
 */
export function parseWithZones(text: string): ICAL.Component {
  for (const zone of parseCalendar(text).getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(zone);
  }
  return parseCalendar(text);
}

/**
 * Every occurrence whose local start date lies in `fromDate`..`untilDate`
 * (inclusive), expanded by ical.js (RRULE, UNTIL and EXDATE applied).
 */
export function expand(text: string, fromDate: string, untilDate: string): AppOccurrence[] {
  const result: AppOccurrence[] = [];
  for (const vevent of parseWithZones(text).getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(vevent);
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      const start = details.startDate.toString();
      const date = start.slice(0, 10);
      if (date > untilDate) break;
      if (date < fromDate) continue;
      result.push({
        uid: event.uid,
        start,
        end: details.endDate.toString(),
        startMs: details.startDate.toJSDate().getTime(),
        endMs: details.endDate.toJSDate().getTime(),
      });
    }
  }
  return result.sort((a, b) => a.startMs - b.startMs || a.uid.localeCompare(b.uid));
}

/**
 * A converter from a local wall clock (`YYYY-MM-DD`, `HH:MM`) to the instant (ms)
 * that ical.js computes in a zone described only by our VTIMEZONE lines: what a
 * calendar app does with `DTSTART;TZID=…`.
 */
export function icalInstant(vtimezone: readonly string[]): (date: string, time: string) => number {
  const text = ["BEGIN:VCALENDAR", ...vtimezone, "END:VCALENDAR", ""].join("\r\n");
  const zone = new ICAL.Timezone(parseCalendar(text).getFirstSubcomponent("vtimezone")!);
  return (date, time) => {
    const [year, month, day] = date.split("-").map(Number);
    const [hour, minute] = time.split(":").map(Number);
    const local = new ICAL.Time({ year, month, day, hour, minute, second: 0, isDate: false }, zone);
    return local.toUnixTime() * 1000;
  };
}
