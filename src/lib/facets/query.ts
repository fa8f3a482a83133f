/**
 * The facets outside the search index: a URL query or a form's fields
 * (`need=talk&womenOnly=1`, in the names of vocabulary.ts, old names read too), and
 * a table row's `data-*` attributes, which `matches` tests against `facetFilter`.
 * Used by the providers' page and its script (the search page gives the filter to
 * Pagefind instead, so its script needs none of this).
 */
import { facetFlags, facetKeys, facets, indexKeys } from "./vocabulary.ts";
import type { FacetFilter, FacetKey, FacetSelection, FacetValues, IndexKey } from "./vocabulary.ts";

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
    const names = [key, ...(facets[key].aliases ?? [])];
    const written = names.flatMap((name) => params.getAll(name));
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
  return key === "flag" ? { name: value, value: "1" } : { name: key, value };
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

/** Whether a row with `values` passes `filter` (what Pagefind does for the search). */
export function matches(values: FacetValues, filter: FacetFilter): boolean {
  return indexKeys.every((key) => {
    const condition = filter[key];
    const has = (value: string) => values[key].includes(value);
    if (!condition) return true;
    return "any" in condition ? condition.any.some(has) : condition.every(has);
  });
}
