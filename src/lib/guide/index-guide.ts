/**
 * Everything the pages list, computed once per build: each entry's occurrences are
 * expanded one time for a window around "today", then grouped by day, need and
 * place. Pages only look things up here (no per-page re-reading or re-computing).
 */
import type { Need } from "../facts.ts";
import type { Initiative, Place, SiteConfig } from "../content/model.ts";
import {
  addDays,
  isEvening,
  isWeekend,
  nextOccurrences,
  occurrencesBetween,
  today as siteToday,
  weekDates,
  type Occurrence,
} from "../schedule/index.ts";
import { daysBuilt } from "./list-pages.ts";

export interface ScheduledItem<I extends Initiative = Initiative> {
  initiative: I;
  occurrence: Occurrence;
}

export interface GuideIndex<I extends Initiative = Initiative, P extends Place = Place> {
  site: SiteConfig;
  places: P[];
  initiatives: I[];
  placeBySlug: Map<string, P>;
  initiativeBySlug: Map<string, I>;
  /** The site-local date the build treats as today. */
  today: string;
  /** Monday..Sunday of the week containing today. */
  week: string[];
  /**
   * Today and the days after it that the week pages are built for (`daysBuilt`):
   * they show the first `daysShown`, and the "now" script moves on to later ones
   * when a page is read days after its build.
   */
  days: string[];
  /** Date -> what happens that day (closed occurrences included, marked). */
  byDate: Map<string, ScheduledItem<I>[]>;
  byNeed: Map<Need, I[]>;
  byPlace: Map<string, I[]>;
  /** The next few occurrences of each initiative from now, closed ones skipped. */
  nextBySlug: Map<string, Occurrence[]>;
  evenings: I[];
  weekends: I[];
}

/** How many days after the current week the listings look ahead. */
const lookAheadDays = 28;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Index a checked guide for listing pages, relative to the instant `now`. */
export function indexGuide<I extends Initiative, P extends Place>(
  site: SiteConfig,
  places: P[],
  initiatives: I[],
  now: Date,
): GuideIndex<I, P> {
  const tz = site.timeZone;
  const today = siteToday(now, tz);
  const week = weekDates(today);
  const first = week[0] ?? today;
  const days = Array.from({ length: daysBuilt }, (_, i) => addDays(today, i));
  const last = addDays(week[6] ?? today, lookAheadDays);
  const sorted = [...initiatives].sort((a, b) => a.slug.localeCompare(b.slug));

  const byDate = new Map<string, ScheduledItem<I>[]>();
  const byNeed = new Map<Need, I[]>();
  const byPlace = new Map<string, I[]>();
  const nextBySlug = new Map<string, Occurrence[]>();
  const evenings: I[] = [];
  const weekends: I[] = [];

  for (const initiative of sorted) {
    const occurrences = occurrencesBetween(
      initiative.schedule,
      initiative.closed,
      first,
      last,
      tz,
      {
        includeClosed: true,
      },
    );
    for (const occurrence of occurrences) push(byDate, occurrence.date, { initiative, occurrence });
    for (const need of initiative.needs) push(byNeed, need, initiative);
    if (initiative.place) push(byPlace, initiative.place, initiative);
    nextBySlug.set(
      initiative.slug,
      nextOccurrences(initiative.schedule, initiative.closed, now, tz, 3),
    );
    if (initiative.schedule.some(isEvening)) evenings.push(initiative);
    if (initiative.schedule.some(isWeekend)) weekends.push(initiative);
  }
  for (const items of byDate.values()) {
    items.sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime());
  }
  const bySoonest = (a: I, b: I) =>
    (nextBySlug.get(a.slug)?.[0]?.start.getTime() ?? Infinity) -
    (nextBySlug.get(b.slug)?.[0]?.start.getTime() ?? Infinity);
  for (const list of byNeed.values()) list.sort(bySoonest);
  for (const list of byPlace.values()) list.sort(bySoonest);
  evenings.sort(bySoonest);
  weekends.sort(bySoonest);

  return {
    site,
    places: [...places].sort((a, b) => a.slug.localeCompare(b.slug)),
    initiatives: sorted,
    placeBySlug: new Map(places.map((p) => [p.slug, p])),
    initiativeBySlug: new Map(sorted.map((i) => [i.slug, i])),
    today,
    week,
    days,
    byDate,
    byNeed,
    byPlace,
    nextBySlug,
    evenings,
    weekends,
  };
}
