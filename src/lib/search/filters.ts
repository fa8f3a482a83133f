/**
 * What the search can filter on, as language-neutral values: the same value (`meet`,
 * `mo`, `evening`, `ar`) is stored in every locale's index, and each page shows its
 * own translated label beside it. Pure: no Astro, no Pagefind.
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
import type { Initiative } from "../content/types.ts";
import { partOfDay } from "../schedule/clock.ts";

/** Yes/no facts a reader can ask for; each narrows the results (all must hold). */
export const searchFlags = ["free", "womenOnly", "wheelchair", "walkIn"] as const;
export type SearchFlag = (typeof searchFlags)[number];

/** Filter groups, in the order the search page shows them. */
export const searchFilterKeys = ["need", "type", "day", "time", "lang", "flag"] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

/**
 * How values inside one group combine: ticking Monday and Tuesday means either day
 * (`any`); ticking "free" and "women only" means both (`all`). Groups always combine
 * with each other as "and".
 */
export const filterModes: Record<SearchFilterKey, "any" | "all"> = {
  need: "any",
  type: "any",
  day: "any",
  time: "any",
  lang: "any",
  flag: "all",
};

export interface SearchFilterValues {
  need: Need[];
  type: InitiativeType[];
  day: Weekday[];
  time: PartOfDay[];
  lang: string[];
  flag: SearchFlag[];
}

/** A BCP-47 tag in its canonical spelling ("pt-br" → "pt-BR"), or the tag as written. */
export function canonicalLanguage(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The filter values of one initiative. Days are every weekday any rule names; the
 * part of the day is taken from each rule's start time, as on the evenings page.
 *
 * @example initiativeFilters(koffieochtend).day // ["mo", "we", "fr"]
 */
export function initiativeFilters(initiative: Initiative): SearchFilterValues {
  const rules = initiative.schedule;
  const starts = new Set(rules.map((rule) => partOfDay(rule.from)));
  const flags: Record<SearchFlag, boolean> = {
    free: initiative.cost === "free",
    womenOnly: initiative.womenOnly,
    wheelchair: initiative.wheelchair,
    walkIn: initiative.walkIn,
  };
  return {
    need: needs.filter((need) => initiative.needs.includes(need)),
    type: [initiative.type],
    day: weekdays.filter((day) => rules.some((rule) => rule.days.includes(day))),
    time: partsOfDay.filter((part) => starts.has(part)),
    lang: [...new Set(initiative.languages.map(canonicalLanguage))],
    flag: searchFlags.filter((flag) => flags[flag]),
  };
}

/** `key:value` pairs for `data-pagefind-filter`, one per value. */
export function filterAttributes(values: SearchFilterValues): string[] {
  return searchFilterKeys.flatMap((key) =>
    (values[key] as readonly string[]).map((value) => `${key}:${value}`),
  );
}

export interface FilterOption {
  value: string;
  /** How many initiatives have this value (before any search). */
  count: number;
}

/**
 * The values each group offers on the search page: only values at least one
 * initiative has, in the fixed order of the enumerations (languages: most spoken
 * first, then by tag), each with how many initiatives have it.
 */
export function filterOptions(
  initiatives: readonly Initiative[],
): Record<SearchFilterKey, FilterOption[]> {
  const counts = new Map<string, number>();
  for (const initiative of initiatives) {
    const values = initiativeFilters(initiative);
    for (const key of searchFilterKeys) {
      for (const value of values[key] as readonly string[]) {
        const id = `${key}:${value}`;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
  }
  const options = (key: SearchFilterKey, order: readonly string[]) =>
    order
      .map((value) => ({ value, count: counts.get(`${key}:${value}`) ?? 0 }))
      .filter((option) => option.count > 0);
  const languages = [...counts.keys()]
    .filter((id) => id.startsWith("lang:"))
    .map((id) => id.slice("lang:".length));
  languages.sort(
    (a, b) => (counts.get(`lang:${b}`) ?? 0) - (counts.get(`lang:${a}`) ?? 0) || a.localeCompare(b),
  );
  return {
    need: options("need", needs),
    type: options("type", initiativeTypes),
    day: options("day", weekdays),
    time: options("time", partsOfDay),
    lang: options("lang", languages),
    flag: options("flag", searchFlags),
  };
}

/** Pagefind's compound filter object for the ticked values of each group. */
export type PagefindFilter = Partial<Record<SearchFilterKey, { any: string[] } | string[]>>;

/**
 * The filter object Pagefind's `search()` takes: groups with nothing ticked are left
 * out; `any` groups match one of their values, `all` groups every value.
 *
 * @example pagefindFilter({ need: ["meet"], flag: ["free", "womenOnly"] })
 * // { need: { any: ["meet"] }, flag: ["free", "womenOnly"] }
 */
export function pagefindFilter(
  ticked: Partial<Record<SearchFilterKey, readonly string[]>>,
): PagefindFilter {
  const filter: PagefindFilter = {};
  for (const key of searchFilterKeys) {
    const values = ticked[key];
    if (!values || values.length === 0) continue;
    filter[key] = filterModes[key] === "any" ? { any: [...values] } : [...values];
  }
  return filter;
}

/**
 * Groups whose counts need a search of their own: an `any` group with ticked values
 * counts each value as if that group's ticks were removed ("how many on Tuesday, if
 * you also allow Tuesday"); every other group takes its counts from the search
 * itself ("how many of these results are free").
 */
export function facetGroups(
  ticked: Partial<Record<SearchFilterKey, readonly string[]>>,
): SearchFilterKey[] {
  return searchFilterKeys.filter(
    (key) => filterModes[key] === "any" && (ticked[key]?.length ?? 0) > 0,
  );
}
