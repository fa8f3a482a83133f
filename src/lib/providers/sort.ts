/**
 * Sorting the providers' table by a column. Each cell carries a sort value
 * (`data-sort`): numbers sort as numbers, text by the reader's language.
 */

export type SortDirection = "ascending" | "descending";

const number = /^-?\d+(\.\d+)?$/;

/** Compare two sort values: numerically when both are numbers, else with the collator. */
export function compareSortValues(a: string, b: string, collator: Intl.Collator): number {
  if (number.test(a) && number.test(b)) return Number(a) - Number(b);
  return collator.compare(a, b);
}

/**
 * The order (indexes into `values`) that sorts them; equal values keep their
 * order, so sorting by one column after another works as people expect.
 *
 * @example sortOrder(["b", "a", "c"], "descending", "en") // [2, 0, 1]
 */
export function sortOrder(
  values: readonly string[],
  direction: SortDirection,
  locale: string,
): number[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
  const sign = direction === "ascending" ? 1 : -1;
  return values
    .map((value, index) => ({ value, index }))
    .sort((x, y) => sign * compareSortValues(x.value, y.value, collator) || x.index - y.index)
    .map((x) => x.index);
}

/** The direction after a click: a new column starts ascending, the same column flips. */
export function nextDirection(
  current: SortDirection | undefined,
  sameColumn: boolean,
): SortDirection {
  return sameColumn && current === "ascending" ? "descending" : "ascending";
}
