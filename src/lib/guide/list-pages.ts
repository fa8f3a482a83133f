/**
 * How long a list page may be, and how long lists are cut so that none is longer than
 * about eight phone screens (360×740 CSS px) however big the guide grows:
 *
 * - a list of entries (a need, what's on at a place) shows full cards while all of
 *   them fit one page, else one compact row each, cut into numbered pages
 *   (`/nl/needs/meet/`, `/nl/needs/meet/2/`, …): plain links, no script, and the same
 *   address after every nightly build;
 * - a list of days (the week, evenings and weekends) shows a few rows per day, the
 *   same number for every day, and "all of this day" leads to that day's own page
 *   (`/nl/week/2026-12-02/`), itself cut into pages.
 *
 * Why pages and not "grouped by day" for needs and places: an entry that meets three
 * times a week would be listed three times, and a busy day at 1,000 entries still has
 * 150 of them; pages have a fixed length whatever the content. The day view exists
 * already, on the week and day pages.
 *
 * Heights are estimates in CSS px at 360 px wide, measured on the built sample in all
 * six locales (the average of the locale with the longest words, rounded up);
 * tests/e2e/list-length.spec.ts (sample), long-lists.spec.ts (200 entries) and
 * lists-scale.spec.ts (1,000) measure the real pages in Chromium, so a change of
 * design that makes these wrong fails a test.
 */
import { daysShown } from "./day-view.ts";

export { daysShown };

/** The phone the page lengths are measured on. */
export const phoneScreen = { width: 360, height: 740 } as const;

/** A list page is at most this many phone screens long. */
export const maxScreens = 8;

/** The most a list page may measure, in CSS px at 360 px wide. */
export const maxPageHeight = maxScreens * phoneScreen.height;

/** Estimated heights in CSS px at 360 px wide (see the module comment). */
export const estimatedHeights = {
  /** Header, title, count, page links and footer of a list page (measured: 920–1,140). */
  frame: 1150,
  /** The place page's own facts, text and buttons around "what's on here" (1,360–1,960). */
  placeFacts: 2000,
  /** A full card: every fact, the day strip, read aloud (average 795–985). */
  card: 950,
  /** A compact row of an entry: title, badges, when in words, where (average 177–210; 1,000 generated: 215). */
  initiativeRow: 220,
  /** A compact row of one occurrence: time, then title and where (119–150; 1,000 generated: 157). */
  occurrenceRow: 160,
  /** A day on the week page: its heading, and its "all of this day" link. */
  day: 130,
  /** The row of day links at the top of the week page. */
  dayLinks: 150,
} as const;

export type ListDensity = "cards" | "rows";

function fitting(space: number, height: number): number {
  return Math.max(1, Math.floor(space / height));
}

/** Entries shown as full cards when the whole list is at most this long (else rows). */
export const fullCardLimit = fitting(maxPageHeight - estimatedHeights.frame, estimatedHeights.card);

/** Entry rows per page of a need's list. */
export const entryRowsPerPage = fitting(
  maxPageHeight - estimatedHeights.frame,
  estimatedHeights.initiativeRow,
);

/** Cards that fit on a place page beside its own facts. */
export const placeCardLimit = fitting(
  maxPageHeight - estimatedHeights.frame - estimatedHeights.placeFacts,
  estimatedHeights.card,
);

/** Rows of "what's on here" on the place page itself; the rest on its next pages. */
export const placeRowsOnPlacePage = fitting(
  maxPageHeight - estimatedHeights.frame - estimatedHeights.placeFacts,
  estimatedHeights.initiativeRow,
);

/** Occurrence rows per page of one day's list. */
export const occurrenceRowsPerPage = fitting(
  maxPageHeight - estimatedHeights.frame,
  estimatedHeights.occurrenceRow,
);

/** Days the week pages are built for: two windows, so a page stays right for a week. */
export const daysBuilt = 2 * daysShown;

/** Rows of today on the home page; "see all of today" leads to the rest. */
export const homeTodayLimit = 8;

/** How a list of `count` entries is shown: cards while `cardLimit` of them fit, else rows. */
export function listDensity(count: number, cardLimit: number = fullCardLimit): ListDensity {
  return count <= cardLimit ? "cards" : "rows";
}

/** One page of a list cut into pages. */
export interface ListPage<T> {
  /** 1 for the first page. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
}

/**
 * Cuts `items` into pages of `perPage` (the first page may be shorter: `firstPage`).
 * Always at least one page, empty when there is nothing.
 */
export function paginate<T>(
  items: readonly T[],
  perPage: number,
  firstPage: number = perPage,
): ListPage<T>[] {
  if (!(perPage >= 1) || !(firstPage >= 1)) throw new RangeError("a page holds at least one item");
  const chunks: T[][] = [items.slice(0, firstPage)];
  for (let i = firstPage; i < items.length; i += perPage) chunks.push(items.slice(i, i + perPage));
  return chunks.map((chunk, index) => ({ number: index + 1, count: chunks.length, items: chunk }));
}

/** The path of page `n` of a list whose first page is at `first` ("needs/meet" → "needs/meet/2"). */
export function pagePath(first: string, n: number): string {
  return n <= 1 ? first : `${first.replace(/\/$/, "")}/${n}`;
}

/** How a list of entries (a need) is shown: density and pages. */
export function entryListPages<T>(items: readonly T[]): {
  density: ListDensity;
  pages: ListPage<T>[];
} {
  const density = listDensity(items.length);
  return {
    density,
    pages: density === "cards" ? paginate(items, fullCardLimit) : paginate(items, entryRowsPerPage),
  };
}

/**
 * "What's on here" of a place: cards when a few fit beside the place's facts, else
 * rows, a short first page on the place page and full pages after it.
 */
export function placeListPages<T>(items: readonly T[]): {
  density: ListDensity;
  pages: ListPage<T>[];
} {
  const density = listDensity(items.length, placeCardLimit);
  return {
    density,
    pages:
      density === "cards"
        ? paginate(items, placeCardLimit)
        : paginate(items, entryRowsPerPage, placeRowsOnPlacePage),
  };
}

/** What a page holds, for its estimated height. */
export interface PageParts {
  cards?: number;
  initiativeRows?: number;
  occurrenceRows?: number;
  days?: number;
  dayLinks?: boolean;
  placeFacts?: boolean;
}

/** The estimated height of a list page, in CSS px at 360 px wide. */
export function estimatedPageHeight(parts: PageParts): number {
  const h = estimatedHeights;
  return (
    h.frame +
    (parts.cards ?? 0) * h.card +
    (parts.initiativeRows ?? 0) * h.initiativeRow +
    (parts.occurrenceRows ?? 0) * h.occurrenceRow +
    (parts.days ?? 0) * h.day +
    (parts.dayLinks ? h.dayLinks : 0) +
    (parts.placeFacts ? h.placeFacts : 0)
  );
}

/** The estimated height in phone screens. */
export function estimatedScreens(parts: PageParts): number {
  return estimatedPageHeight(parts) / phoneScreen.height;
}

/** The fewest rows a day shows on the week page, even in a city-sized guide. */
export const minRowsPerDay = 3;

/** The most rows a day shows on the week page before "all of this day". */
export const maxRowsPerDay = 8;

/**
 * How many rows each day shows on a page of days (the week, evenings and weekends),
 * given how many each of the built days has: the most that keeps every run of
 * `daysShown` consecutive days (whichever the script shows) within the page length,
 * between `minRowsPerDay` and `maxRowsPerDay`.
 */
export function rowsPerDay(counts: readonly number[]): number {
  const fits = (limit: number) => {
    for (let first = 0; first === 0 || first + daysShown <= counts.length; first++) {
      const shown = counts.slice(first, first + daysShown);
      const rows = shown.reduce((sum, n) => sum + Math.min(n, limit), 0);
      const height = estimatedPageHeight({
        occurrenceRows: rows,
        days: shown.length,
        dayLinks: true,
      });
      if (height > maxPageHeight) return false;
    }
    return true;
  };
  let limit = maxRowsPerDay;
  while (limit > minRowsPerDay && !fits(limit)) limit--;
  return limit;
}

/**
 * The page numbers a page's links show: the first, the last, and the two around the
 * current one, with a gap (`"…"`) where numbers are left out, so 30 pages still fit
 * two lines on a phone.
 *
 * @example pageLinks(5, 12) // [1, "…", 3, 4, 5, 6, 7, "…", 12]
 */
export function pageLinks(current: number, count: number): (number | "…")[] {
  const shown = (n: number) => n === 1 || n === count || Math.abs(n - current) <= 2;
  const links: (number | "…")[] = [];
  for (let n = 1; n <= count; n++) {
    // A gap of one number is that number: "…" would take as much room.
    if (shown(n) || (shown(n - 1) && shown(n + 1))) links.push(n);
    else if (links.at(-1) !== "…") links.push("…");
  }
  return links;
}
