/**
 * Schedule logic for Buurtgids: weekly rules, closures, occurrences, "open now"
 * and "today" in the site time zone. Pure TypeScript: no Astro, no dependencies,
 * never the device's time zone.
 *
 * - `civil-date.ts`: `YYYY-MM-DD` arithmetic (weekday, month ends, week start).
 * - `clock.ts`: `HH:MM` times and the part of the day.
 * - `zone.ts`: instant <-> site wall clock (Intl.DateTimeFormat), DST handling.
 * - `rules.ts`: on which dates a rule occurs (`weeks`, `every`, validity).
 * - `closures.ts`: which closure covers a date.
 * - `occurrences.ts`: occurrences with instants, next ones, open now, many entries.
 * - `view.ts`: what every output shows: current rules, rule shape, upcoming
 *   closures, evening or weekend, and all of it for one entry on one date.
 */
export {
  addDays,
  daysBetween,
  daysInMonth,
  formatDate,
  fromEpochDay,
  isCivilDate,
  isLastWeekdayOfMonth,
  isLeapYear,
  isNthWeekdayOfMonth,
  nthWeekdayOfMonth,
  parseDate,
  toEpochDay,
  weekDates,
  weekStart,
  weekdayIndex,
  weekdayOf,
  type CivilDate,
} from "./civil-date.ts";
export { formatTime, isClockTime, parseTime, partOfDay } from "./clock.ts";
export { instantOf, offsetMinutes, today, zonedDateTime, type ZonedDateTime } from "./zone.ts";
export { activeWeekdays, ruleDatesBetween, ruleOccursOn, ruleProblems } from "./rules.ts";
export { closureCovers, closureOn } from "./closures.ts";
export {
  isOpenAt,
  nextOccurrences,
  occurrencesBetween,
  occurrencesForMany,
  skippedOccurrencesBetween,
  timeline,
  type NextOccurrenceOptions,
  type Occurrence,
  type OccurrenceOptions,
  type Schedulable,
} from "./occurrences.ts";
export {
  cancelledMeetings,
  currentRules,
  isEvening,
  isEveningOrWeekend,
  isWeekend,
  recurrenceParts,
  ruleShape,
  ruleStatus,
  scheduleView,
  upcomingClosures,
  type CancelledMeetings,
  type RecurrenceParts,
  type RuleShape,
  type RuleView,
  type ScheduleView,
  type Slot,
} from "./view.ts";
