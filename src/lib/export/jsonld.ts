/**
 * schema.org JSON-LD for search engines: an initiative is an `Event` whose
 * `eventSchedule` says when it repeats (byDay, startTime/endTime, repeatFrequency
 * P1W/P2W/P1M, byMonthWeek for "first and third", scheduleTimezone); a place is a
 * `Place` with `openingHoursSpecification`. Texts are the page's own (its locale,
 * or the default language when it falls back).
 */
import type { Initiative, Place, ScheduleRule } from "../content/model.ts";
import { weekdays, type Weekday } from "../facts.ts";
import { mapHref } from "../guide/links.ts";
import { isRemote, whereLabel, whereOf } from "../guide/where.ts";
import { ruleRecurrence } from "../ics/recurrence.ts";
import { offsetMinutes, zonedDateTime } from "../schedule/zone.ts";
import { recurrenceParts, ruleShape } from "../schedule/view.ts";
import type { Occurrence } from "../schedule/occurrences.ts";
import { pageUrl, type ExportContext } from "./context.ts";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonLd = { [key: string]: Json };

/** What a page knows that the entry does not: its locale and the text it shows. */
export interface JsonLdPage {
  locale: string;
  title: string;
  summary: string;
}

const dayNames: Record<Weekday, string> = {
  mo: "Monday",
  tu: "Tuesday",
  we: "Wednesday",
  th: "Thursday",
  fr: "Friday",
  sa: "Saturday",
  su: "Sunday",
};

/** schema.org's URL of a weekday, e.g. "https://schema.org/Tuesday". */
export function dayOfWeek(day: Weekday): string {
  return `https://schema.org/${dayNames[day]}`;
}

function compact(value: Record<string, Json | undefined>): JsonLd {
  const out: JsonLd = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out;
}

function ruleDays(rule: ScheduleRule): string[] {
  return weekdays.filter((d) => rule.days.includes(d)).map(dayOfWeek);
}

/**
 * An instant as ISO 8601 local time with the zone's offset at that instant.
 *
 * @example localIso(new Date("2026-12-01T09:00:00Z"), "Europe/Amsterdam") // "2026-12-01T10:00:00+01:00"
 */
export function localIso(instant: Date, timeZone: string): string {
  const key = `${instant.getTime()} ${timeZone}`;
  let iso = localIsoAnswers.get(key);
  if (iso === undefined) {
    if (localIsoAnswers.size >= maxLocalIsoAnswers) localIsoAnswers.clear();
    iso = localIsoOf(instant, timeZone);
    localIsoAnswers.set(key, iso);
  }
  return iso;
}

/**
 * Each entry's next times come up on its page in every locale: the time zone's
 * arithmetic (0.8 s in a CPU profile of a 1,000-entry build) is done once per instant.
 * Bounded, so `astro dev` cannot grow.
 */
const localIsoAnswers = new Map<string, string>();
const maxLocalIsoAnswers = 50_000;

function localIsoOf(instant: Date, timeZone: string): string {
  const { date, time } = zonedDateTime(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${date}T${time}:00${sign}${hh}:${mm}`;
}

/** One rule as a schema.org `Schedule`, or undefined when it never occurs. */
export function ruleSchedule(
  rule: ScheduleRule,
  entry: { closed: Initiative["closed"]; lastVerified: string },
  timeZone: string,
): JsonLd | undefined {
  const recurrence = ruleRecurrence(rule, entry.closed, entry.lastVerified, timeZone);
  const parts = recurrenceParts(rule);
  if (!recurrence || !parts) return undefined;
  const shape = ruleShape(rule);
  return compact({
    "@type": "Schedule",
    byDay: ruleDays(rule),
    ...(shape.kind === "monthly" ? { byMonthWeek: shape.weeks } : {}),
    startTime: rule.from,
    endTime: rule.to,
    repeatFrequency: shape.kind === "monthly" ? "P1M" : `P${parts.interval}W`,
    // Every other week only means something from a known first date.
    startDate: rule.validFrom ?? (parts.interval > 1 ? recurrence.first : undefined),
    endDate: rule.validUntil,
    exceptDate: recurrence.exdates.length > 0 ? recurrence.exdates : undefined,
    scheduleTimezone: timeZone,
  });
}

function postalAddress(
  place: Place,
  area?: { city?: string; stateProvince?: string; country?: string },
): JsonLd {
  return compact({
    "@type": "PostalAddress",
    streetAddress: place.address,
    postalCode: place.postcode,
    addressLocality: area?.city,
    addressRegion: area?.stateProvince,
    addressCountry: area?.country,
  });
}

function geo(place: Place): JsonLd | undefined {
  return place.geo
    ? { "@type": "GeoCoordinates", latitude: place.geo.lat, longitude: place.geo.lon }
    : undefined;
}

const placeIndexes = new WeakMap<readonly Place[], Map<string, Place>>();

/** Places by slug, made once per list: every entry page of a city-sized guide asks. */
function placesBySlug(places: readonly Place[]): Map<string, Place> {
  let index = placeIndexes.get(places);
  if (!index) {
    index = new Map(places.map((p) => [p.slug, p]));
    placeIndexes.set(places, index);
  }
  return index;
}

/**
 * The `Event` of an initiative page.
 *
 * @param next the next meeting (for `startDate`/`endDate`), when there is one.
 */
export function initiativeJsonLd(
  initiative: Initiative,
  page: JsonLdPage,
  context: ExportContext & { area?: { city?: string; stateProvince?: string; country?: string } },
  next?: Pick<Occurrence, "start" | "end">,
): JsonLd {
  const { site } = context;
  const where = whereOf(initiative, placesBySlug(context.places), page.locale, site.defaultLocale);
  const name = whereLabel(where, page.locale, site.defaultLocale).name.text;
  const remote = isRemote(where);
  const location: JsonLd | undefined =
    where.kind === "place"
      ? compact({
          "@type": "Place",
          name,
          address: postalAddress(where.place, context.area),
          geo: geo(where.place),
          url: pageUrl(context, page.locale, "places", where.place.slug),
        })
      : remote
        ? { "@type": "VirtualLocation", name }
        : name
          ? { "@type": "Place", name, address: name }
          : undefined;
  const organisations = [
    ...new Set(initiative.hosts.flatMap((h) => (h.organisation ? [h.organisation] : []))),
  ];
  const schedules = initiative.schedule.flatMap((rule) => {
    const schedule = ruleSchedule(rule, initiative, site.timeZone);
    return schedule ? [schedule] : [];
  });
  return compact({
    "@context": "https://schema.org",
    "@type": "Event",
    name: page.title,
    description: page.summary,
    url: pageUrl(context, page.locale, "initiatives", initiative.slug),
    eventAttendanceMode: remote
      ? "https://schema.org/OnlineEventAttendanceMode"
      : "https://schema.org/OfflineEventAttendanceMode",
    eventStatus: "https://schema.org/EventScheduled",
    startDate: next ? localIso(next.start, site.timeZone) : undefined,
    endDate: next ? localIso(next.end, site.timeZone) : undefined,
    eventSchedule: schedules,
    location,
    organizer:
      organisations.length > 0
        ? organisations.map((name) => ({ "@type": "Organization", name }))
        : undefined,
    inLanguage: initiative.languages.length > 0 ? initiative.languages : undefined,
    isAccessibleForFree: initiative.cost === "free",
    offers: {
      "@type": "Offer",
      price: initiative.cost === "free" ? 0 : initiative.cost,
      priceCurrency: "EUR",
    },
    audience: initiative.womenOnly
      ? { "@type": "PeopleAudience", suggestedGender: "female" }
      : undefined,
  });
}

/** The `Place` of a place page, with its opening hours and closed days. */
export function placeJsonLd(
  place: Place,
  page: JsonLdPage,
  context: ExportContext & { area?: { city?: string; stateProvince?: string; country?: string } },
): JsonLd {
  // Opening hours can only say "every week"; nth-week and every-N-week rules are left out.
  const weekly = place.openingHours.filter((rule) => ruleShape(rule).kind === "weekly");
  const hours: JsonLd[] = weekly.map((rule) =>
    compact({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: ruleDays(rule),
      opens: rule.from,
      closes: rule.to,
      validFrom: rule.validFrom,
      validThrough: rule.validUntil,
    }),
  );
  // schema.org's way to say "closed on these days": opens and closes at 00:00.
  const closed: JsonLd[] = place.closed.map((c) => ({
    "@type": "OpeningHoursSpecification",
    opens: "00:00",
    closes: "00:00",
    validFrom: "on" in c ? c.on : c.from,
    validThrough: "on" in c ? c.on : c.until,
  }));
  return compact({
    "@context": "https://schema.org",
    "@type": "Place",
    name: page.title,
    description: page.summary,
    url: pageUrl(context, page.locale, "places", place.slug),
    address: postalAddress(place, context.area),
    geo: geo(place),
    hasMap: mapHref(place),
    openingHoursSpecification: [...hours, ...closed],
    amenityFeature: place.wheelchair
      ? [{ "@type": "LocationFeatureSpecification", name: "wheelchairAccessible", value: true }]
      : undefined,
  });
}

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` (and the
 * JavaScript line separators) are written as \u escapes, so text such as
 * `</script>` in an entry can never end the element. The JSON means the same.
 */
export function jsonLdText(value: JsonLd): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
