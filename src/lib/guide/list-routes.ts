/**
 * The list pages of a guide and what each holds (see list-pages.ts for the lengths):
 * the pages after the first of a need's list and of a place's "what's on here", and
 * the day pages behind the week and evenings-and-weekends pages. Routes and the
 * sitemap both ask here, so they always agree.
 */
import { needs, type Need } from "../facts.ts";
import type { Initiative, Place } from "../content/model.ts";
import { isEveningOrWeekend } from "../schedule/index.ts";
import type { GuideIndex, ScheduledItem } from "./index-guide.ts";
import {
  entryListPages,
  occurrenceRowsPerPage,
  paginate,
  pagePath,
  placeListPages,
  rowsPerDay,
  type ListPage,
} from "./list-pages.ts";

/** A page of days: the week (everything) or evenings and weekends. */
export type DayList = "week" | "evenings-weekends";

/**
 * What `list` shows on `date`: everything on the week; on evenings and weekends,
 * what starts at 18:00 or later, and all of Saturday and Sunday.
 */
export function dayItems<I extends Initiative>(
  index: GuideIndex<I, Place>,
  list: DayList,
  date: string,
): ScheduledItem<I>[] {
  const items = index.byDate.get(date) ?? [];
  return list === "week" ? items : items.filter((item) => isEveningOrWeekend(item.occurrence));
}

/** Rows each day shows on `list` before "all of this day" (the same for every day). */
export function dayRowLimit(index: GuideIndex<Initiative, Place>, list: DayList): number {
  return rowsPerDay(index.days.map((date) => dayItems(index, list, date).length));
}

/**
 * Whether `date` has a page of its own under `list`: every built day of the week
 * (the home page fetches today's when read after its build day), and the days of
 * evenings and weekends that have more than their rows on that page.
 */
export function hasDayPage(
  index: GuideIndex<Initiative, Place>,
  list: DayList,
  date: string,
  limit: number = dayRowLimit(index, list),
): boolean {
  if (!index.days.includes(date)) return false;
  return list === "week" || dayItems(index, list, date).length > limit;
}

/** The pages of one day's list. */
export function dayPages<I extends Initiative>(
  index: GuideIndex<I, Place>,
  list: DayList,
  date: string,
): ListPage<ScheduledItem<I>>[] {
  return paginate(dayItems(index, list, date), occurrenceRowsPerPage);
}

/** The pages of a need's list. */
export function needPages<I extends Initiative>(index: GuideIndex<I, Place>, need: Need) {
  return entryListPages(index.byNeed.get(need) ?? []);
}

/** The pages of a place's "what's on here" (the first is the place page itself). */
export function placePages<I extends Initiative>(index: GuideIndex<I, Place>, place: string) {
  return placeListPages(index.byPlace.get(place) ?? []);
}

/** `{ date, page }` route parameters of every day page of `list` (page undefined: the first). */
export function dayPageParams(
  index: GuideIndex<Initiative, Place>,
  list: DayList,
): { date: string; page: string | undefined }[] {
  const limit = dayRowLimit(index, list);
  return index.days
    .filter((date) => hasDayPage(index, list, date, limit))
    .flatMap((date) =>
      dayPages(index, list, date).map((page) => ({
        date,
        page: page.number === 1 ? undefined : String(page.number),
      })),
    );
}

/**
 * Paths after the locale of the list pages that are not a list's first page at a
 * fixed address: `needs/meet/2`, `places/de-linde/2`, `week/2026-12-02`,
 * `week/2026-12-02/2`, `evenings-weekends/2026-12-05`.
 */
export function extraListPaths(index: GuideIndex<Initiative, Place>): string[] {
  const later = (first: string, count: number) =>
    Array.from({ length: count - 1 }, (_, i) => pagePath(first, i + 2));
  return [
    ...needs.flatMap((need) => later(`needs/${need}`, needPages(index, need).pages.length)),
    ...index.places.flatMap((place) =>
      later(`places/${place.slug}`, placePages(index, place.slug).pages.length),
    ),
    ...(["week", "evenings-weekends"] as const).flatMap((list) =>
      dayPageParams(index, list).map(({ date, page }) =>
        pagePath(`${list}/${date}`, Number(page ?? 1)),
      ),
    ),
  ];
}
