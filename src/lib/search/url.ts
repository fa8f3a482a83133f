/**
 * A search in the page's address, so it can be shared, reloaded and come back on
 * Back: `?q=koffie&need=talk&womenOnly=1`. The words are `q` as typed; the filters
 * are the facets' own parameters (`../facets/query.ts`), the same as on the
 * providers' page, so a link made on one page reads the same on the other.
 */
import { facetQuery, parseFacets } from "../facets/query.ts";
import type { FacetSelection } from "../facets/vocabulary.ts";

export interface SearchState {
  /** The words as typed (trimmed). */
  q: string;
  /** The ticked filters. */
  selection: FacetSelection;
}

/**
 * The search an address holds; unknown filter values are ignored.
 *
 * @example readSearch(new URLSearchParams("q=koffie&need=talk")) // { q: "koffie", selection: { need: ["talk"] } }
 */
export function readSearch(params: URLSearchParams): SearchState {
  return { q: (params.get("q") ?? "").trim(), selection: parseFacets(params) };
}

/**
 * The query string for a search, without "?": words first, then the filters in
 * their fixed order; "" for an empty search.
 *
 * @example searchQuery({ q: "koffie", selection: { need: ["talk"] } }) // "q=koffie&need=talk"
 */
export function searchQuery({ q, selection }: SearchState): string {
  const words = q.trim() ? new URLSearchParams({ q: q.trim() }).toString() : "";
  return [words, facetQuery(selection)].filter(Boolean).join("&");
}
