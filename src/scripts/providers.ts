/**
 * The providers' overview, improved: filters apply as they change and live in the
 * URL query (history.replaceState, so a link shares them), a live region says how
 * many rows are shown, column headings become sort buttons with aria-sort and the
 * order is kept in the query too (`?sort=cost`, `?sort=-cost`), the "print this
 * list" button appears, and the print-only line gets today's date (the printed
 * filters are the form's own fields, shown on paper by CSS). Without this script
 * the page shows the full table.
 */
import { facetFilter } from "../lib/facets/vocabulary.ts";
import {
  facetQuery,
  facetValuesFromData,
  isEmptySelection,
  matches,
  parseFacets,
} from "../lib/facets/query.ts";
import { nextDirection, sortOrder, type SortDirection } from "../lib/providers/sort.ts";

const form = document.querySelector<HTMLFormElement>("#providers-filters");
const table = document.querySelector<HTMLTableElement>("#providers-table");
const count = document.querySelector<HTMLElement>("#providers-count");
const none = document.querySelector<HTMLElement>("#providers-none");
const body = table?.tBodies[0];

/** The form's fields as a URL query. */
function formParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  // Selects and checkboxes only: every value is text.
  for (const [name, value] of new FormData(form)) if (value) params.set(name, value as string);
  return params;
}

/** Put the choice from the URL into the form's fields (a select shows its first value). */
function fillForm(form: HTMLFormElement, params: URLSearchParams): void {
  // Read as the facets read it (old names too), written out in today's names.
  const chosen = new URLSearchParams(facetQuery(parseFacets(params)));
  for (const element of form.elements) {
    if (element instanceof HTMLSelectElement) {
      element.value = chosen.get(element.name) ?? "";
    } else if (element instanceof HTMLInputElement) {
      // A checkbox: the form has no other input.
      element.checked = chosen.getAll(element.name).includes(element.value);
    }
  }
}

function applyFilter(params: URLSearchParams, announce: boolean): void {
  if (!body) return;
  const selection = parseFacets(params);
  const filter = facetFilter(selection);
  let shown = 0;
  for (const row of body.rows) {
    const visible = matches(facetValuesFromData(row.dataset), filter);
    row.hidden = !visible;
    if (visible) shown += 1;
  }
  if (none) none.hidden = shown > 0;
  if (count) {
    // The page always renders both data attributes.
    const data = count.dataset;
    const text = data.template!.replace("{count}", String(shown)).replace("{total}", data.total!);
    // A live region is announced when its text changes; on load nothing is said.
    if (announce || !isEmptySelection(selection)) count.textContent = text;
  }
}

/** The URL's query: the filters, then the sort order when it is not the default. */
function updateUrl(params: URLSearchParams, sort?: string): void {
  const url = new URL(window.location.href);
  const order = sort ?? url.searchParams.get("sort") ?? "";
  const query = facetQuery(parseFacets(params));
  url.search = order ? `${query}${query ? "&" : ""}sort=${order}` : query;
  history.replaceState(history.state, "", url);
}

/** Sorts by the column of `header`: in `direction`, or after a click the next direction. */
function sortBy(header: HTMLTableCellElement, direction?: SortDirection): void {
  if (!body || !form) return;
  const current = header.getAttribute("aria-sort");
  direction ??= nextDirection(current === "ascending" ? current : undefined, true);
  const rows = [...body.rows];
  const values = rows.map((row) => row.cells[header.cellIndex]?.dataset.sort ?? "");
  for (const index of sortOrder(values, direction, document.documentElement.lang)) {
    body.append(rows[index]!);
  }
  for (const th of header.parentElement!.children) th.removeAttribute("aria-sort");
  header.setAttribute("aria-sort", direction);
  // `?sort=cost` or `?sort=-cost`; nothing for the table's own order (by name, ascending).
  const key = header.dataset.sortKey!;
  updateUrl(formParams(form), direction === "descending" ? `-${key}` : key === "name" ? "" : key);
}

if (form && body) {
  const initial = new URLSearchParams(window.location.search);
  fillForm(form, initial);
  applyFilter(initial, false);
  const onChange = () => {
    const params = formParams(form);
    applyFilter(params, true);
    updateUrl(params);
  };
  form.addEventListener("change", onChange);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onChange();
  });
  form
    .querySelector<HTMLAnchorElement>("[data-filter-reset]")
    ?.addEventListener("click", (event) => {
      event.preventDefault();
      // Back to the fields' defaults: every select on its first ("any") option, no boxes ticked.
      form.reset();
      onChange();
    });
  // Headings become sort buttons (the arrow is in the heading already, hidden without JS).
  // With them, CSS hides the note that filters need JavaScript and shows the sort hint.
  const headers = [...(table?.tHead?.rows[0]?.cells ?? [])].filter((th) => th.dataset.sortKey);
  for (const header of headers) {
    const button = document.createElement("button");
    button.type = "button";
    button.append(...header.childNodes);
    button.addEventListener("click", () => sortBy(header));
    header.replaceChildren(button);
  }
  const sort = initial.get("sort") ?? "";
  const sorted = headers.find((th) => th.dataset.sortKey === sort.replace(/^-/, ""));
  if (sorted) sortBy(sorted, sort.startsWith("-") ? "descending" : "ascending");
  // Shown with JavaScript only: a button that does nothing would confuse.
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
  const printed = document.querySelector<HTMLElement>("#providers-printed");
  if (printed) {
    // On paper: the day it was printed, in the site's time zone.
    printed.textContent = (printed.dataset.printed ?? "").replace(
      "{date}",
      new Date().toLocaleDateString(`${document.documentElement.lang}-u-nu-latn`, {
        dateStyle: "full",
        timeZone: document.body.dataset.timeZone,
      }),
    );
  }
}
