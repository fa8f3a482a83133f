/**
 * The facets a reader narrows initiatives by, the same on the search page and in the
 * providers' table: each facet's name, its query parameter, its values and how it
 * matches, written once. Values are language-neutral keys (`meet`, `tu`, `evening`,
 * `ar`), so a link works in every language. The query and form fields are read and
 * written by query.ts, an initiative's values come from values.ts, labels from
 * labels.ts, Pagefind's side from pagefind.ts. Pure and small: both pages' scripts
 * import it.
 *
 * How a choice matches: a facet with nothing chosen lets everything through; within
 * a facet one chosen value is enough (Tuesday or Friday), but yes/no facts must all
 * hold (free and women only); facets combine with "and". Day and time of day hold for
 * the same meeting: Tuesday + evening keeps a Tuesday evening group, not a group that
 * meets on Tuesday morning and on Friday evening. A spoken language is its main part
 * (`languageKey`: `ar-MA` is `ar`).
 */
import { initiativeTypes, needs, partsOfDay, weekdays } from "../facts.ts";

/** Yes/no facts; each is also a query parameter of its own (`womenOnly=1`). */
export const facetFlags = ["free", "womenOnly", "wheelchair", "walkIn", "eveningWeekend"] as const;
export type FacetFlag = (typeof facetFlags)[number];

/**
 * The facets, in the order both pages show them. A facet's name is its query
 * parameter (`need=talk`); each yes/no fact is a parameter of its own (`free=1`).
 */
export const facetKeys = ["need", "type", "day", "time", "language", "flag"] as const;
export type FacetKey = (typeof facetKeys)[number];

export interface Facet {
  /** Its values in the order shown; spoken languages are open (a tag's main part). */
  values: readonly string[] | "language";
  /** Older parameter names that links may still use. */
  aliases?: readonly string[];
  /** Every chosen value must hold (yes/no facts); otherwise one of them is enough. */
  all?: true;
}

export const facets: Readonly<Record<FacetKey, Facet>> = {
  need: { values: needs },
  type: { values: initiativeTypes },
  day: { values: weekdays },
  /** Part of the day a meeting starts in (see `partOfDay`); the providers' page said `part`. */
  time: { values: partsOfDay, aliases: ["part"] },
  /** A language spoken there; the search's Pagefind filter was called `lang`. */
  language: { values: "language", aliases: ["lang"] },
  flag: { values: facetFlags, all: true },
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
export type FacetFilter = Partial<Record<IndexKey, { any: readonly string[] } | readonly string[]>>;

/**
 * The conditions a selection sets (see `FacetFilter`). Day and time chosen together
 * become one condition on `dayTime`.
 *
 * @example facetFilter({ need: ["meet"], flag: ["free", "womenOnly"] })
 * // { need: { any: ["meet"] }, flag: ["free", "womenOnly"] }
 * @example facetFilter({ day: ["tu"], time: ["evening"] }) // { dayTime: { any: ["tu-evening"] } }
 */
export function facetFilter(selection: FacetSelection): FacetFilter {
  const filter: FacetFilter = {};
  for (const key of facetKeys) {
    const values = selection[key];
    if (values?.length) filter[key] = facets[key].all ? values : { any: values };
  }
  const { day = [], time = [] } = selection;
  if (day.length > 0 && time.length > 0) {
    delete filter.day;
    delete filter.time;
    filter.dayTime = { any: day.flatMap((d) => time.map((t) => `${d}-${t}`)) };
  }
  return filter;
}
