/**
 * What the "now" script marks on a page built earlier: which of the listed days is
 * today in the site's time zone, and which occurrences are open now or next. Pure,
 * so it is tested without a browser; the page is correct without it for the build
 * day.
 */

export interface Timed {
  start: number;
  end: number;
}

export interface NowMarks {
  /** Indexes of items running at `now`. */
  open: number[];
  /** Index of the first item starting after `now`, if any. */
  next: number | undefined;
}

/** Open and next among `items` (epoch milliseconds) at the instant `now`. */
export function nowMarks(items: readonly Timed[], now: number): NowMarks {
  const open: number[] = [];
  let next: number | undefined;
  items.forEach((item, index) => {
    if (item.start <= now && now < item.end) open.push(index);
    else if (item.start > now) {
      const best = next === undefined ? undefined : items[next];
      if (!best || item.start < best.start) next = index;
    }
  });
  return { open, next };
}

/** Days shown at once on the week and the evenings-and-weekends pages: today and six more. */
export const daysShown = 7;

/** What a page of days built on one day shows when read on another. */
export interface DayView {
  /**
   * `listed`: today is one of the listed days; `before`: the device's clock is
   * behind the page (leave it as built); `after`: every listed day is past.
   */
  state: "listed" | "before" | "after";
  /** Today, when listed. */
  today: string | undefined;
  /** The listed days to show: today and the days after it, at most `size`. */
  shown: string[];
}

/**
 * The days a page of consecutive `listed` dates (sorted) shows on `today`: today and
 * the next ones, `size` at most, so past days are gone and today comes first.
 */
export function dayView(listed: readonly string[], today: string, size: number): DayView {
  const index = listed.indexOf(today);
  if (index >= 0) return { state: "listed", today, shown: listed.slice(index, index + size) };
  const first = listed[0];
  if (first !== undefined && today < first) {
    return { state: "before", today: undefined, shown: listed.slice(0, size) };
  }
  return { state: "after", today: undefined, shown: [] };
}

/**
 * Which of the listed dates to show as today: `today` itself when listed, else
 * undefined (the list is older than the days it covers, or from the future).
 */
export function pickToday(listed: readonly string[], today: string): string | undefined {
  return listed.includes(today) ? today : undefined;
}
