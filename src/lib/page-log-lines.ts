/**
 * Which of Astro's log events are its line per built page: the page's path (label
 * none, no line end), then on its own the time it took ("(+14ms)"), or "(cached)".
 * A city's build writes ten thousand pages, and with eight rendered at once these
 * twenty thousand events did not even pair up: each path was followed by some other
 * page's time.
 */

/** A log event as Astro hands it to a logger (astro/logger). */
export interface LogEvent {
  label: string | null;
  level: "debug" | "info" | "warn" | "error" | "silent";
  message: string;
  newLine: boolean;
}

/** Colour codes, which Astro adds when it writes to a terminal. */
const colours = /\u001b\[[0-9;]*m/g;
/** The time a page took, or that it came from Astro's cache: all such an event says. */
const pageTime = /^\s*\((?:\+\d+(?:\.\d+)?m?s|cached|restored)\)\s*$/;

/** Whether `event` is one of Astro's per-page build lines (see above); anything else is not. */
export function isPageLine(event: LogEvent): boolean {
  if (event.level !== "info") return false;
  const text = event.message.replace(colours, "");
  if (event.label === null) return !event.newLine && /^\s*[├└]─ /.test(text);
  if (event.label === "SKIP_FORMAT") return pageTime.test(text);
  return false;
}
