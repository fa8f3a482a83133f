/**
 * The providers' overview, improved: filters apply as they change and live in the
 * URL query (history.replaceState, so a link shares them), a live region says how
 * many rows are shown, and column headings become sort buttons with aria-sort.
 * Without this script the page shows the full table.
 */
import { facetFilter } from "../lib/facets/vocabulary.ts";
import {
  facetQuery,
  facetValuesFromData,
  isEmptySelection,
  matches,
  parseFacets,
} from "../lib/facets/query.ts";
import { nextDirection, sortOrder } from "../lib/providers/sort.ts";

const form = document.querySelector<HTMLFormElement>("#providers-filters");
const table = document.querySelector<HTMLTableElement>("#providers-table");
const count = document.querySelector<HTMLElement>("#providers-count");
const none = document.querySelector<HTMLElement>("#providers-none");
const body = table?.tBodies[0];

/** The form's fields as a URL query. */
function formParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value !== "") params.set(name, value);
  }
  return params;
}

/** Put the choice from the URL into the form's fields (a select shows its first value). */
function fillForm(form: HTMLFormElement, params: URLSearchParams): void {
  // Read as the facets read it (old names too), written out in today's names.
  const chosen = new URLSearchParams(facetQuery(parseFacets(params)));
  for (const element of form.elements) {
    if (element instanceof HTMLSelectElement) {
      element.value = chosen.get(element.name) ?? "";
    } else if (element instanceof HTMLInputElement && element.type === "checkbox") {
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
    const text = (count.dataset.template ?? "{count}/{total}")
      .replace("{count}", String(shown))
      .replace("{total}", count.dataset.total ?? String(body.rows.length));
    // A live region is announced when its text changes; on load nothing is said.
    if (announce || !isEmptySelection(selection)) count.textContent = text;
  }
}

function updateUrl(params: URLSearchParams): void {
  const query = facetQuery(parseFacets(params));
  const url = new URL(window.location.href);
  url.search = query;
  history.replaceState(history.state, "", url);
}

function sortBy(header: HTMLTableCellElement, column: number): void {
  if (!table || !body) return;
  const current = header.getAttribute("aria-sort");
  const sorted = current === "ascending" || current === "descending" ? current : undefined;
  const direction = nextDirection(sorted, sorted !== undefined);
  const rows = [...body.rows];
  const values = rows.map((row) => {
    const cell = row.cells[column];
    return cell?.dataset.sort ?? cell?.textContent?.trim() ?? "";
  });
  const locale = document.documentElement.lang;
  for (const index of sortOrder(values, direction, locale)) {
    const row = rows[index];
    if (row) body.append(row);
  }
  for (const th of table.tHead?.rows[0]?.cells ?? []) th.removeAttribute("aria-sort");
  header.setAttribute("aria-sort", direction);
}

function makeSortButtons(): void {
  const headers = table?.tHead?.rows[0]?.cells;
  if (!headers) return;
  [...headers].forEach((header, column) => {
    if (!header.dataset.sortKey) return;
    const button = document.createElement("button");
    button.type = "button";
    button.append(...header.childNodes);
    const arrow = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    arrow.setAttribute("viewBox", "0 0 24 24");
    arrow.setAttribute("aria-hidden", "true");
    arrow.setAttribute("class", "size-4 shrink-0");
    const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("fill", "none");
    path.setAttribute("stroke", "currentColor");
    path.setAttribute("stroke-width", "2");
    path.setAttribute("d", "M8 9l4-4 4 4M16 15l-4 4-4-4");
    arrow.append(path);
    button.append(arrow);
    button.addEventListener("click", () => sortBy(header, column));
    header.replaceChildren(button);
  });
  const hint = document.querySelector<HTMLElement>("#providers-sort-hint");
  if (hint) hint.hidden = false;
}

if (form && body) {
  document.querySelector<HTMLElement>("#providers-static-note")?.setAttribute("hidden", "");
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
      form.reset();
      for (const select of form.querySelectorAll("select")) select.value = "";
      onChange();
    });
  makeSortButtons();
}
