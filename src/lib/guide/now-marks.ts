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

/**
 * Which of the listed dates to show as today: `today` itself when listed, else
 * undefined (the list is older than the days it covers, or from the future).
 */
export function pickToday(listed: readonly string[], today: string): string | undefined {
  return listed.includes(today) ? today : undefined;
}
