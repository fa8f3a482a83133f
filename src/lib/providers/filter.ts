/**
 * The filters of the providers' overview, shared by the page (which writes each
 * row's facts as data attributes) and its script (which reads the URL query and
 * hides rows). The filter state is the URL query, so a filtered list can be shared
 * as a link: `?need=talk&womenOnly=1`.
 */
import {
  initiativeTypes,
  needs,
  partsOfDay,
  weekdays,
  type InitiativeType,
  type Need,
  type PartOfDay,
  type Weekday,
} from "../facts.ts";

export interface ProviderFilter {
  need?: Need;
  type?: InitiativeType;
  day?: Weekday;
  part?: PartOfDay;
  /** A BCP-47 tag of a language spoken there. */
  language?: string;
  womenOnly: boolean;
  free: boolean;
  eveningWeekend: boolean;
}

/** When an initiative meets: one weekday and part of the day per rule and day. */
export interface Slot {
  day: Weekday;
  part: PartOfDay;
}

/** What the filters look at in one row. */
export interface RowFacts {
  type: InitiativeType;
  needs: Need[];
  slots: Slot[];
  languages: string[];
  womenOnly: boolean;
  free: boolean;
  eveningWeekend: boolean;
}

/** Query parameter names, in the order a query is written. */
export const filterParams = [
  "need",
  "type",
  "day",
  "part",
  "language",
  "womenOnly",
  "free",
  "eveningWeekend",
] as const;

const languageTag = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

const flag = (value: string | null) => value === "1" || value === "on" || value === "true";

/**
 * The filter in a URL query; unknown or malformed values are ignored (the link
 * then shows more, never an error).
 *
 * @example parseFilter(new URLSearchParams("need=talk&womenOnly=1")) // { need: "talk", womenOnly: true, ... }
 */
export function parseFilter(params: URLSearchParams): ProviderFilter {
  const language = params.get("language");
  const filter: ProviderFilter = {
    womenOnly: flag(params.get("womenOnly")),
    free: flag(params.get("free")),
    eveningWeekend: flag(params.get("eveningWeekend")),
  };
  const need = oneOf(needs, params.get("need"));
  const type = oneOf(initiativeTypes, params.get("type"));
  const day = oneOf(weekdays, params.get("day"));
  const part = oneOf(partsOfDay, params.get("part"));
  if (need) filter.need = need;
  if (type) filter.type = type;
  if (day) filter.day = day;
  if (part) filter.part = part;
  if (language && languageTag.test(language)) filter.language = language;
  return filter;
}

/**
 * The filter as a URL query without "?", only the fields that are set, always in
 * the same order (so equal filters give equal links). "" when nothing is set.
 */
export function filterQuery(filter: ProviderFilter): string {
  const params = new URLSearchParams();
  for (const name of filterParams) {
    const value = filter[name];
    if (value === true) params.set(name, "1");
    else if (typeof value === "string") params.set(name, value);
  }
  return params.toString();
}

/** True when the filter lets every row through. */
export function isEmptyFilter(filter: ProviderFilter): boolean {
  return filterQuery(filter) === "";
}

function primary(tag: string): string {
  return tag.split("-")[0]?.toLowerCase() ?? tag;
}

/**
 * Whether a row passes the filter. Day and part of day must hold for the same
 * meeting: "Tuesday" + "evening" keeps a Tuesday evening group, not a group that
 * meets on Tuesday morning and on Friday evening.
 */
export function matchesFilter(facts: RowFacts, filter: ProviderFilter): boolean {
  if (filter.need && !facts.needs.includes(filter.need)) return false;
  if (filter.type && facts.type !== filter.type) return false;
  if (filter.womenOnly && !facts.womenOnly) return false;
  if (filter.free && !facts.free) return false;
  if (filter.eveningWeekend && !facts.eveningWeekend) return false;
  if (filter.language) {
    const wanted = primary(filter.language);
    if (!facts.languages.some((tag) => primary(tag) === wanted)) return false;
  }
  if (filter.day || filter.part) {
    const hit = facts.slots.some(
      (slot) =>
        (!filter.day || slot.day === filter.day) && (!filter.part || slot.part === filter.part),
    );
    if (!hit) return false;
  }
  return true;
}

/** A row's facts as `data-*` attributes for the page. */
export function factsToData(facts: RowFacts): Record<string, string> {
  return {
    "data-type": facts.type,
    "data-needs": facts.needs.join(" "),
    "data-slots": facts.slots.map((s) => `${s.day}-${s.part}`).join(" "),
    "data-languages": facts.languages.join(" "),
    "data-women-only": facts.womenOnly ? "1" : "0",
    "data-free": facts.free ? "1" : "0",
    "data-evening-weekend": facts.eveningWeekend ? "1" : "0",
  };
}

const words = (value: string | undefined) => (value ?? "").split(" ").filter(Boolean);

/** A row's facts back from its `dataset` (the inverse of `factsToData`). */
export function factsFromData(data: Record<string, string | undefined>): RowFacts {
  return {
    type: oneOf(initiativeTypes, data["type"] ?? null) ?? "activity",
    needs: words(data["needs"]).flatMap((n) => oneOf(needs, n) ?? []),
    slots: words(data["slots"]).flatMap((slot) => {
      const [d = null, p = null] = slot.split("-");
      const day = oneOf(weekdays, d);
      const part = oneOf(partsOfDay, p);
      return day && part ? [{ day, part }] : [];
    }),
    languages: words(data["languages"]),
    womenOnly: data["womenOnly"] === "1",
    free: data["free"] === "1",
    eveningWeekend: data["eveningWeekend"] === "1",
  };
}
