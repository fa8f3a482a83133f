/**
 * Which days a page of days (the week, evenings and weekends) shows when it is read on
 * another day than it was built: today and the days after it, so past days are gone
 * and today comes first (scripts/day-window.ts). Pure, so it is tested without a
 * browser; the page is right without it on its build day.
 */

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
 * the next ones, `size` at most.
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
