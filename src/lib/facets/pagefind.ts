/**
 * The facets in the search index: each entry page carries its values as Pagefind
 * filters (`need:meet`, `dayTime:tu-evening`), and the search page gives Pagefind
 * `facetFilter(selection)`, so search matches exactly as the providers' table does.
 */
import { facetFilter, facetKeys, facets, indexKeys } from "./vocabulary.ts";
import type { FacetFilter, FacetKey, FacetSelection, FacetValues } from "./vocabulary.ts";

/** `key:value` pairs for `data-pagefind-filter`, one per value. */
export function filterAttributes(values: FacetValues): string[] {
  return indexKeys.flatMap((key) => values[key].map((value) => `${key}:${value}`));
}

/**
 * One search to make for the counts beside a facet's values: without `value`, take
 * Pagefind's counts for facet `key` from the search with `filter`; with it, count that
 * search's results as the number beside `value`.
 */
export interface CountSearch {
  key: FacetKey;
  value?: string;
  filter: FacetFilter;
}

/**
 * The extra searches that give each value's count: "how many, if you also allow this
 * value". A facet nobody chose, or a yes/no fact, takes its counts from the search
 * itself. A chosen facet counts as if its own choice were removed. Day and time, when
 * the other one is chosen, hold for the same meeting, which Pagefind's per-facet
 * counts cannot say: each value is counted with a search of its own.
 *
 * `offered` holds every value in the index per facet, as Pagefind's `filters()` gives it.
 *
 * @example countSearches({ need: ["meet"] }, {}) // [{ key: "need", filter: {} }]
 */
export function countSearches(
  selection: FacetSelection,
  offered: Partial<Record<string, Record<string, number>>>,
): CountSearch[] {
  const chosen = (key: FacetKey) => !!selection[key]?.length;
  return facetKeys.flatMap((key): CountSearch[] => {
    const other = key === "day" ? "time" : key === "time" ? "day" : undefined;
    if (other && chosen(other)) {
      return Object.keys(offered[key] ?? {}).map((value) => ({
        key,
        value,
        filter: facetFilter({ ...selection, [key]: [value] }),
      }));
    }
    if (!facets[key].all && chosen(key)) {
      return [{ key, filter: facetFilter({ ...selection, [key]: [] }) }];
    }
    return [];
  });
}
