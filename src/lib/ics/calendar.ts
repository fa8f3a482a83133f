/**
 * Whole .ics files: one initiative's calendar (`/calendar/<slug>.ics`) and the
 * calendar of every initiative (`/calendar/all.ics`). Output depends only on the
 * content (DTSTAMP is the entry's `lastVerified`, UIDs come from slugs), so an
 * unchanged guide yields byte-identical files on every build.
 */
import type { Initiative, Place, SiteConfig } from "../content/model.ts";
import { ruleRecurrence } from "./recurrence.ts";
import { eventText } from "./event-text.ts";
import { veventLines } from "./event.ts";
import { vtimezoneLines } from "./vtimezone.ts";
import { entryUrl } from "./links.ts";
import { escapeText, serializeLines } from "./text.ts";

/** What every calendar of a site needs. */
export interface CalendarContext {
  site: SiteConfig;
  placeBySlug: ReadonlyMap<string, Place>;
  /** Absolute site URL (astro.config `site`); without it events carry no URL. */
  siteUrl?: string;
  /** The site's base path (`import.meta.env.BASE_URL`), default `/`. */
  base?: string;
  /** Right-hand side of every UID; keep it fixed so calendar apps recognise updates. */
  uidDomain?: string;
}

/** Default right-hand side of UIDs. */
export const defaultUidDomain = "buurtgids";

interface BuiltEvent {
  lines: string[];
  firstYear: number;
}

/**
 * The stable UID of the VEVENT for rule `ruleIndex` of an initiative.
 *
 * @example eventUid("koffieochtend", 0) // "koffieochtend-0@buurtgids"
 */
export function eventUid(slug: string, ruleIndex: number, domain = defaultUidDomain): string {
  return `${slug}-${ruleIndex}@${domain}`;
}

function eventsOf(initiative: Initiative, context: CalendarContext): BuiltEvent[] {
  const { site } = context;
  const locale = site.defaultLocale;
  const text = eventText(initiative, context.placeBySlug, locale);
  const url = entryUrl(context.siteUrl, context.base ?? "/", locale, initiative.slug);
  const events: BuiltEvent[] = [];
  initiative.schedule.forEach((rule, ruleIndex) => {
    const recurrence = ruleRecurrence(
      rule,
      initiative.closed,
      initiative.lastVerified,
      site.timeZone,
    );
    if (!recurrence) return;
    const lines = veventLines({
      uid: eventUid(initiative.slug, ruleIndex, context.uidDomain),
      stamp: initiative.lastVerified,
      timeZone: site.timeZone,
      rule,
      recurrence,
      text,
      ...(url ? { url } : {}),
    });
    events.push({ lines, firstYear: Number(recurrence.first.slice(0, 4)) });
  });
  return events;
}

function calendar(name: string, events: BuiltEvent[], context: CalendarContext): string {
  const { site } = context;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//Buurtgids//Buurtgids calendar//${site.defaultLocale.toUpperCase()}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${site.timeZone}`,
    "REFRESH-INTERVAL;VALUE=DURATION:P1D",
    "X-PUBLISHED-TTL:P1D",
  ];
  if (events.length > 0) {
    // A year before the first event, so every event lies after the first observance.
    const fromYear = Math.min(...events.map((e) => e.firstYear)) - 1;
    lines.push(...vtimezoneLines(site.timeZone, fromYear));
  }
  for (const event of events) lines.push(...event.lines);
  lines.push("END:VCALENDAR");
  return serializeLines(lines);
}

function siteName(site: SiteConfig): string {
  return site.name[site.defaultLocale] ?? "Buurtgids";
}

/**
 * The .ics file of one initiative: one VEVENT per schedule rule that still has
 * meetings, texts in the site's default language.
 */
export function initiativeCalendar(initiative: Initiative, context: CalendarContext): string {
  const title = initiative.text[context.site.defaultLocale]?.title ?? initiative.slug;
  return calendar(`${title} - ${siteName(context.site)}`, eventsOf(initiative, context), context);
}

/** The .ics file of every initiative, sorted by slug. */
export function allCalendar(initiatives: readonly Initiative[], context: CalendarContext): string {
  const sorted = [...initiatives].sort((a, b) => a.slug.localeCompare(b.slug));
  return calendar(
    siteName(context.site),
    sorted.flatMap((initiative) => eventsOf(initiative, context)),
    context,
  );
}
