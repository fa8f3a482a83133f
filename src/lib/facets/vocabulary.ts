/**
 * The facets a reader narrows initiatives by, the same on the search page and in the
 * providers' table: each facet's name, its query parameter, its values and how it
 * matches, written once. Values are language-neutral keys (`meet`, `tu`, `evening`,
 * `ar`), so a link works in every language. An initiative's values come from
 * values.ts, labels from labels.ts, Pagefind's side from pagefind.ts. Pure and small:
 * the client scripts import it.
 *
 * How a choice matches: a facet with nothing chosen lets everything through; within
 * a facet one chosen value is enough (Tuesday or Friday), but yes/no facts must all
 * hold (free and women only); facets combine with "and". Day and time of day hold for
 * the same meeting: Tuesday + evening keeps a Tuesday evening group, not a group that
 * meets on Tuesday morning and on Friday evening.
 */
import { initiativeTypes, needs, partsOfDay, weekdays } from "../facts.ts";

/** Yes/no facts; each is also a query parameter of its own (`womenOnly=1`). */
export const facetFlags = ["free", "womenOnly", "wheelchair", "walkIn", "eveningWeekend"] as const;
export type FacetFlag = (typeof facetFlags)[number];

/** The facets, in the order both pages show them. */
export const facetKeys = ["need", "type", "day", "time", "language", "flag"] as const;
export type FacetKey = (typeof facetKeys)[number];

export interface Facet {
  /** The query parameter (and form field) of its values. */
  param: string;
  /** Older parameter names that links may still use. */
  aliases: readonly string[];
  /** Its values in the order shown; spoken languages are open (a tag's main part). */
  values: readonly string[] | "language";
  /** `any`: one chosen value must hold; `all`: every chosen value must. */
  mode: "any" | "all";
}

export const facets: Readonly<Record<FacetKey, Facet>> = {
  need: { param: "need", aliases: [], values: needs, mode: "any" },
  type: { param: "type", aliases: [], values: initiativeTypes, mode: "any" },
  day: { param: "day", aliases: [], values: weekdays, mode: "any" },
  /** Part of the day a meeting starts in (see `partOfDay`); the providers' page said `part`. */
  time: { param: "time", aliases: ["part"], values: partsOfDay, mode: "any" },
  /** A language spoken there; the search's Pagefind filter was called `lang`. */
  language: { param: "language", aliases: ["lang"], values: "language", mode: "any" },
  flag: { param: "flag", aliases: [], values: facetFlags, mode: "all" },
};

/**
 * What is matched: the facets, and `dayTime`, each meeting's day and part of the day
 * together (`tu-evening`), which makes day + time hold for the same meeting.
 */
export const indexKeys = [...facetKeys, "dayTime"] as const;
export type IndexKey = (typeof indexKeys)[number];

/** An initiative's values per index key (see values.ts). */
export type FacetValues = Record<IndexKey, string[]>;

/** The chosen values per facet; a facet left out, or empty, is not chosen. */
export type FacetSelection = Partial<Record<FacetKey, readonly string[]>>;

/**
 * The chosen values as conditions on an initiative's values: per index key, `{ any }`
 * (one must be there) or a list (all must be). This is Pagefind's filter object, and
 * what `matches` runs for the providers' table: one rule for both.
 */
export type FacetFilter = Partial<Record<IndexKey, { any: string[] } | string[]>>;

/**
 * The main part of a language tag, lower-case: what a language facet compares.
 *
 * @example languageKey("pt-BR") // "pt"
 */
export function languageKey(tag: string): string {
  return (tag.split("-")[0] ?? tag).toLowerCase();
}

const languageTag = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** The values of facet `key` that are known, each once, in the facet's own order. */
function known(key: FacetKey, written: readonly string[]): string[] {
  const { values } = facets[key];
  if (values === "language") {
    return [...new Set(written.filter((tag) => languageTag.test(tag)).map(languageKey))];
  }
  return values.filter((value) => written.includes(value));
}

const isYes = (value: string | null) => value === "1" || value === "on" || value === "true";

/**
 * The selection in a URL query (or a form's fields). Unknown or malformed values are
 * ignored: a link then shows more, never an error. Old names (`part`, `lang`) and
 * `flag=free` are read too.
 *
 * @example parseFacets(new URLSearchParams("need=talk&womenOnly=1")) // { need: ["talk"], flag: ["womenOnly"] }
 */
export function parseFacets(params: URLSearchParams): FacetSelection {
  const selection: FacetSelection = {};
  for (const key of facetKeys) {
    const { param, aliases } = facets[key];
    const written = [param, ...aliases].flatMap((name) => params.getAll(name));
    if (key === "flag") written.push(...facetFlags.filter((flag) => isYes(params.get(flag))));
    const values = known(key, written);
    if (values.length > 0) selection[key] = values;
  }
  return selection;
}

/**
 * The form field that chooses `value` of facet `key`: `need=talk`, and for a yes/no
 * fact `womenOnly=1`.
 */
export function facetField(key: FacetKey, value: string): { name: string; value: string } {
  return key === "flag" ? { name: value, value: "1" } : { name: facets[key].param, value };
}

/**
 * The selection as a URL query without "?", always in the same order (equal choices
 * give equal links); "" when nothing is chosen.
 *
 * @example facetQuery({ flag: ["womenOnly"], need: ["talk"] }) // "need=talk&womenOnly=1"
 */
export function facetQuery(selection: FacetSelection): string {
  const params = new URLSearchParams();
  for (const key of facetKeys) {
    for (const value of selection[key] ?? []) {
      const field = facetField(key, value);
      params.append(field.name, field.value);
    }
  }
  return params.toString();
}

/** True when nothing is chosen: every initiative passes. */
export function isEmptySelection(selection: FacetSelection): boolean {
  return facetKeys.every((key) => (selection[key]?.length ?? 0) === 0);
}

/**
 * The conditions a selection sets (see `FacetFilter`). Day and time chosen together
 * become one condition on `dayTime`.
 *
 * @example facetFilter({ need: ["meet"], flag: ["free", "womenOnly"] })
 * // { need: { any: ["meet"] }, flag: ["free", "womenOnly"] }
 * @example facetFilter({ day: ["tu"], time: ["evening"] }) // { dayTime: { any: ["tu-evening"] } }
 */
export function facetFilter(selection: FacetSelection): FacetFilter {
  const chosen = (key: FacetKey) => [...(selection[key] ?? [])];
  const days = chosen("day");
  const times = chosen("time");
  const together = days.length > 0 && times.length > 0;
  const filter: FacetFilter = {};
  for (const key of facetKeys) {
    const values = chosen(key);
    if (values.length === 0 || (together && (key === "day" || key === "time"))) continue;
    filter[key] = facets[key].mode === "any" ? { any: values } : values;
  }
  if (together) filter.dayTime = { any: days.flatMap((day) => times.map((t) => `${day}-${t}`)) };
  return filter;
}

/** Whether an initiative with `values` passes `filter`. */
export function matches(values: FacetValues, filter: FacetFilter): boolean {
  return indexKeys.every((key) => {
    const condition = filter[key];
    const has = (value: string) => values[key].includes(value);
    if (!condition) return true;
    return Array.isArray(condition) ? condition.every(has) : condition.any.some(has);
  });
}

/** `data-*` attribute of an index key: `dayTime` → `data-day-time` (`dataset.dayTime`). */
const dataAttribute = (key: IndexKey) =>
  `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** An initiative's values as `data-*` attributes, for a table row. */
export function facetData(values: FacetValues): Record<string, string> {
  return Object.fromEntries(indexKeys.map((key) => [dataAttribute(key), values[key].join(" ")]));
}

/** The values back from a row's `dataset` (the inverse of `facetData`). */
export function facetValuesFromData(data: Record<string, string | undefined>): FacetValues {
  const words = (key: IndexKey) => (data[key] ?? "").split(" ").filter(Boolean);
  return Object.fromEntries(indexKeys.map((key) => [key, words(key)])) as FacetValues;
}
