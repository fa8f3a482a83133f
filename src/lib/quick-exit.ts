/**
 * Quick exit: a button on every page (and Escape pressed twice) that replaces the
 * page with a neutral site, for someone who must hide what they are reading. It is a
 * navigation away on purpose, not a request the page makes. It cannot erase the
 * browser history; the about page says so and suggests a private window.
 */

/** A neutral page: a weather search. */
export const defaultQuickExitUrl = "https://www.google.com/search?q=weer";

/** Two Escape presses within this many milliseconds leave the site. */
export const escapeWindowMs = 1500;

export interface QuickExitConfig {
  /** Show the button and listen for Escape twice. */
  enabled: boolean;
  /** The page that replaces this one. */
  url: string;
}

/** site.yaml `quickExit` with its defaults: on, to a weather search. */
export function quickExitOf(site: { quickExit?: Partial<QuickExitConfig> }): QuickExitConfig {
  return {
    enabled: site.quickExit?.enabled ?? true,
    url: site.quickExit?.url ?? defaultQuickExitUrl,
  };
}

/**
 * Counts Escape presses: returns true on the second press within `windowMs` of the
 * first. Pure (time is passed in), so the script stays tiny and this is tested.
 */
export function escapeCounter(windowMs = escapeWindowMs): (now: number) => boolean {
  let last = -Infinity;
  return (now) => {
    const second = now - last <= windowMs;
    last = second ? -Infinity : now;
    return second;
  };
}
