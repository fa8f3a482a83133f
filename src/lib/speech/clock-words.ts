/**
 * Language-neutral groundwork for saying times of day: 12-hour clock values and
 * which part of the day a time falls in, so each locale only chooses its words.
 */
import { parseTime } from "../schedule/clock.ts";

/** A part of the day a spoken time is qualified with ("in the evening"). */
export type Period = "night" | "morning" | "noon" | "afternoon" | "evening";

export interface ClockTime {
  /** Minutes since midnight (0..1440). */
  minutes: number;
  /** Hour on a 12-hour clock, 1..12. */
  hour: number;
  /** The next hour on a 12-hour clock, for "half eleven", "quarter to eleven". */
  nextHour: number;
  minute: number;
  /** 00:00 or 24:00. */
  midnight: boolean;
}

/** An `HH:MM` time split for speaking. */
export function clockTime(time: string): ClockTime {
  const minutes = parseTime(time);
  const hour24 = Math.floor(minutes / 60) % 24;
  const hour = hour24 % 12 === 0 ? 12 : hour24 % 12;
  return {
    minutes,
    hour,
    nextHour: (hour % 12) + 1,
    minute: minutes % 60,
    midnight: minutes === 0 || minutes === 1440,
  };
}

/**
 * The usual split of the day: night before 06:00, morning before noon, afternoon
 * before 18:00 (where the schedule's "evening" starts), then evening. Midnight
 * itself has no part: it is said as a word of its own.
 */
export function periodOf(minutes: number): Period | undefined {
  if (minutes === 0 || minutes === 1440) return undefined;
  if (minutes < 6 * 60) return "night";
  if (minutes < 12 * 60) return "morning";
  if (minutes < 18 * 60) return "afternoon";
  return "evening";
}

export interface QualifierPlan {
  from?: Period;
  to?: Period;
}

/**
 * Where a range needs its part-of-day words. Same part: once, at the end ("from
 * seven to nine in the evening"); different parts: both ("from ten in the morning
 * to two in the afternoon"). With `bareNoonEnd`, a morning range ending at twelve
 * needs none, as people say "from ten to twelve".
 */
export function qualifierPlan(
  from: ClockTime,
  to: ClockTime,
  period: (minutes: number) => Period | undefined,
  bareNoonEnd: boolean,
): QualifierPlan {
  const pf = period(from.minutes);
  const pt = period(to.minutes);
  if (bareNoonEnd && to.minutes === 12 * 60 && pf === "morning") return {};
  if (pf === pt) return pt ? { to: pt } : {};
  const plan: QualifierPlan = {};
  if (pf) plan.from = pf;
  if (pt) plan.to = pt;
  return plan;
}

/** Ordinals of `weeks` (nth weekday of the month) in reading order, "last" (-1) at the end. */
export function sortedWeeks(weeks: readonly number[]): number[] {
  return [...weeks].sort((a, b) => (a === -1 ? 99 : a) - (b === -1 ? 99 : b));
}

/** Day and month (1-based) of a `YYYY-MM-DD` date. */
export function dayAndMonth(date: string): { day: number; month: number } {
  const [, month, day] = date.split("-").map(Number);
  return { day: day ?? 1, month: month ?? 1 };
}

/** Whole euros and cents of an amount, rounded to the cent. */
export function eurosAndCents(amount: number): { euros: number; cents: number } {
  const total = Math.round(amount * 100);
  return { euros: Math.floor(total / 100), cents: total % 100 };
}

/** "a, b and c" with the locale's word for "and". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
