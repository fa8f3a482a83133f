/**
 * Wall-clock times of day as `HH:MM` strings (24-hour), in the site time zone.
 */

const timePattern = /^(\d{2}):(\d{2})$/;

/** Minutes since midnight where the evening starts. */
export const eveningStartsAt = 18 * 60;
/** Minutes since midnight where the afternoon starts. */
export const afternoonStartsAt = 12 * 60;

/**
 * Minutes since midnight of an `HH:MM` time. `24:00` is accepted (1440) so a rule
 * can run until midnight.
 *
 * @throws RangeError for anything else (`9:30`, `25:00`, `10:60`).
 * @example parseTime("09:30") // 570
 */
export function parseTime(time: string): number {
  const match = timePattern.exec(time);
  if (match) {
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    if ((hours < 24 && minutes < 60) || (hours === 24 && minutes === 0)) {
      return hours * 60 + minutes;
    }
  }
  throw new RangeError(`Not a time (expected HH:MM, e.g. 09:30): ${JSON.stringify(time)}`);
}

/** True when `value` is an `HH:MM` time from 00:00 to 24:00. */
export function isClockTime(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    parseTime(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * `HH:MM` of a number of minutes since midnight (0..1440).
 *
 * @example formatTime(570) // "09:30"
 */
export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/**
 * The part of the day in which something starts: `evening` from 18:00,
 * `afternoon` from 12:00, otherwise `morning` (night hours count as morning).
 *
 * @example partOfDay("11:59") // "morning"
 * @example partOfDay("18:00") // "evening"
 */
export function partOfDay(from: string): "morning" | "afternoon" | "evening" {
  const minutes = parseTime(from);
  if (minutes >= eveningStartsAt) return "evening";
  if (minutes >= afternoonStartsAt) return "afternoon";
  return "morning";
}
