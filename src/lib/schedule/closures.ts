/**
 * Closures (the `closed` list of the content contract): days on which an entry
 * does not take place, whatever its schedule says.
 *
 * A closure covers its `on` date, or the inclusive period `from`..`until` (the
 * content schema makes sure it is exactly one of the two). Closures apply to
 * whole civil days.
 */
import type { Closure } from "../content/model.ts";
import { toEpochDay } from "./civil-date.ts";

/** A closure prepared for fast tests on epoch days. */
export interface CompiledClosure {
  closure: Closure;
  on: number | undefined;
  /** Period bounds, or `undefined` for a one-day closure. */
  range: readonly [number, number] | undefined;
}

/**
 * Prepares closures for `compiledClosureOn`.
 *
 * @throws RangeError when a date is not a valid `YYYY-MM-DD` date.
 */
export function compileClosures(closed: readonly Closure[] | undefined): CompiledClosure[] {
  return (closed ?? []).map((closure) => ({
    closure,
    on: "on" in closure ? toEpochDay(closure.on) : undefined,
    range: "on" in closure ? undefined : [toEpochDay(closure.from), toEpochDay(closure.until)],
  }));
}

/** `closureOn` for compiled closures and an epoch day. */
export function compiledClosureOn(
  closed: readonly CompiledClosure[],
  epochDay: number,
): Closure | undefined {
  for (const { closure, on, range } of closed) {
    if (on === epochDay) return closure;
    if (range && range[0] <= epochDay && epochDay <= range[1]) return closure;
  }
  return undefined;
}

/**
 * True when the closure covers the civil date.
 *
 * @example closureCovers({ from: "2026-12-21", until: "2027-01-03" }, "2027-01-01") // true
 */
export function closureCovers(closure: Closure, date: string): boolean {
  return compiledClosureOn(compileClosures([closure]), toEpochDay(date)) !== undefined;
}

/**
 * The first closure in the list that covers the date, if any.
 *
 * @example closureOn([{ on: "2026-12-09", note: "Sinterklaas" }], "2026-12-09")?.note // "Sinterklaas"
 */
export function closureOn(
  closed: readonly Closure[] | undefined,
  date: string,
): Closure | undefined {
  return compiledClosureOn(compileClosures(closed), toEpochDay(date));
}
