/**
 * The instant the build treats as "now". `BUURTGIDS_NOW` (an ISO date-time) pins it
 * so tests and reproducible builds see the same "today".
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.BUURTGIDS_NOW;
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`BUURTGIDS_NOW="${pinned}" is not a date-time, e.g. 2026-12-01T09:00:00+01:00`);
  }
  return date;
}
