/**
 * The search page: shows the form (hidden until now, since searching needs this
 * script), and on the first word typed or filter ticked loads Pagefind from the site
 * itself (`/pagefind/`). Results come from this page's locale only: Pagefind picks the
 * index of `<html lang>`, and matches the ticked facets by the same rule as the
 * providers' table (src/lib/facets). Counts beside the filters are Pagefind's, loaded
 * once the filter panel is open. Results are built from the page's <template>s with
 * textContent, never HTML from the index.
 */
import { needs } from "../lib/facts.ts";
import { foldForSearch } from "../lib/search/fold.ts";
import { countSearches } from "../lib/facets/pagefind.ts";
import { facetFilter, type FacetKey, type FacetSelection } from "../lib/facets/vocabulary.ts";
import { pluralText } from "../lib/search/plural.ts";

type Counts = Record<string, Record<string, number>>;
interface Fragment {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Result {
  data: () => Promise<Fragment>;
}
interface Search {
  results: Result[];
  filters: Counts;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options?: { filters?: object }) => Promise<Search>;
  filters: () => Promise<Counts>;
}
interface Strings {
  locale: string;
  results: Record<string, string>;
  none: string;
  error: string;
  place: string;
  types: Record<string, string>;
}

/** Results shown at once; "show more" adds as many (each costs a download of about 1 KB). */
const pageSize = 5;
/** Wait this long after the last key press before searching. */
const typingPause = 300;
/**
 * Search as you type from this many letters: one or two letters match half the guide
 * and cost downloads for results nobody wants. Pressing Enter searches any length.
 */
const typedMinimum = 3;

function start(app: HTMLElement): void {
  const strings = JSON.parse(app.dataset.strings ?? "{}") as Strings;
  const base = app.dataset.base ?? "/";
  const form = app.querySelector<HTMLFormElement>("[data-search-form]")!;
  const input = form.querySelector<HTMLInputElement>("input[type=search]")!;
  const panel = app.querySelector<HTMLDetailsElement>("[data-search-filters]")!;
  const status = app.querySelector<HTMLElement>("[data-search-status]")!;
  const list = app.querySelector<HTMLOListElement>("[data-search-results]")!;
  const more = app.querySelector<HTMLButtonElement>("[data-search-more]")!;
  const boxes = [...app.querySelectorAll<HTMLInputElement>("input[type=checkbox][data-facet]")];
  const resultTemplate = app.querySelector<HTMLTemplateElement>("template[data-search-result]")!;

  app.hidden = false;
  for (const note of document.querySelectorAll<HTMLElement>("[data-search-nojs]")) {
    note.hidden = true;
  }

  let pagefind: Promise<Pagefind> | undefined;
  /** Every value in the index per facet, once the counts are first wanted. */
  let offered: Counts | undefined;
  let run = 0;
  let results: Result[] = [];
  let shown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Enter was pressed since the last key: search even a short word. */
  let submitted = false;

  const load = (): Promise<Pagefind> =>
    (pagefind ??= (async () => {
      const url = `${base}pagefind/pagefind.js`;
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      // On the main thread: saves downloading a second copy of the engine for a worker.
      await module.options({ baseUrl: base, noWorker: true });
      return module;
    })());

  /** The ticked values per facet. */
  /** The ticked values per facet (`data-facet="day:tu"`). */
  const ticked = (): FacetSelection => {
    const values: Partial<Record<FacetKey, string[]>> = {};
    for (const box of boxes) {
      const [key, value] = box.dataset.facet!.split(":") as [FacetKey, string];
      if (box.checked) (values[key] ??= []).push(value);
    }
    return values;
  };

  const icon = (key: string): Node | undefined =>
    app
      .querySelector<HTMLTemplateElement>(`template[data-search-icon="${key}"]`)
      ?.content.cloneNode(true);

  const slot = (root: ParentNode, name: string) =>
    root.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;

  function resultItem(fragment: Fragment): DocumentFragment {
    const item = resultTemplate.content.cloneNode(true) as DocumentFragment;
    const isPlace = fragment.url.includes("/places/");
    const type = fragment.filters.type?.[0];
    const need = needs.find((n) => fragment.filters.need?.includes(n));
    const picture = icon(isPlace ? "place" : (need ?? `type-${type}`));
    if (picture) slot(item, "icon").append(picture);
    slot(item, "kind").textContent = isPlace ? strings.place : (strings.types[type ?? ""] ?? "");
    const link = slot(item, "link") as HTMLAnchorElement;
    link.href = fragment.url;
    link.textContent = fragment.meta.title ?? fragment.url;
    if (fragment.meta.textLang) link.lang = fragment.meta.textLang;
    for (const name of ["when", "where"]) {
      const text = fragment.meta[name]?.trim();
      if (text) slot(item, name).textContent = text;
      else slot(item, `${name}-line`).remove();
    }
    return item;
  }

  async function showMore(id: number, focus: boolean): Promise<void> {
    const next = results.slice(shown, shown + pageSize);
    const fragments = await Promise.all(next.map((result) => result.data()));
    if (id !== run) return;
    const items = fragments.map(resultItem);
    const first = items[0]?.querySelector("a");
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= results.length;
    if (focus) first?.focus();
  }

  function showCounts(counts: Counts): void {
    for (const count of app.querySelectorAll<HTMLElement>("[data-count]")) {
      const [key = "", value = ""] = (count.dataset.count ?? "").split(":");
      const n = counts[key]?.[value] ?? 0;
      count.textContent = `(${n})`;
      count.closest("label")?.classList.toggle("opacity-60", n === 0);
    }
  }

  /** Counts of the whole guide, as the page was built with them. */
  function showTotals(): void {
    for (const count of app.querySelectorAll<HTMLElement>("[data-count]")) {
      count.textContent = `(${count.dataset.total ?? 0})`;
      count.closest("label")?.classList.remove("opacity-60");
    }
  }

  /**
   * Pagefind's counts for the current search, once the filter panel is open. Loaded
   * after the results are on screen: the counts need every filter's index (a few KB
   * each), the results only the ticked ones.
   */
  async function updateCounts(
    engine: Pagefind,
    query: string | null,
    chosen: FacetSelection,
    id: number,
  ) {
    offered ??= await engine.filters();
    const search = await engine.search(query, { filters: facetFilter(chosen) });
    const counts: Counts = { ...search.filters };
    for (const { key, value, filter } of countSearches(chosen, offered)) {
      const others = await engine.search(query, { filters: filter });
      // Every value of a facet counted one by one is in `offered`: each is overwritten.
      if (value === undefined) counts[key] = others.filters[key] ?? {};
      else (counts[key] ??= {})[value] = others.results.length;
    }
    if (id === run) showCounts(counts);
  }

  /** The query (from `typedMinimum` letters, or any length once submitted) and ticks. */
  function current(): { query: string | null; chosen: FacetSelection; active: boolean } {
    const typed = input.value.trim();
    const usable = submitted || [...typed].length >= typedMinimum ? typed : "";
    const query = foldForSearch(usable, strings.locale) || null;
    const chosen = ticked();
    return { query, chosen, active: query !== null || boxes.some((box) => box.checked) };
  }

  async function update(): Promise<void> {
    const id = ++run;
    const { query, chosen, active } = current();
    if (!active) {
      results = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      showTotals();
      return;
    }
    try {
      const engine = await load();
      const search = await engine.search(query, { filters: facetFilter(chosen) });
      if (id !== run) return;
      results = search.results;
      shown = 0;
      list.replaceChildren();
      await showMore(id, false);
      if (id !== run) return;
      status.textContent =
        results.length === 0
          ? strings.none
          : pluralText(strings.results, results.length, strings.locale);
      if (panel.open) await updateCounts(engine, query, chosen, id);
    } catch (error) {
      if (id !== run) return;
      status.textContent = strings.error;
      console.error(error);
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    submitted = false;
    timer = setTimeout(() => void update(), typingPause);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    submitted = true;
    void update();
  });
  for (const box of boxes) box.addEventListener("change", () => void update());
  // Counts for a search made while the panel was closed.
  panel.addEventListener("toggle", () => {
    const { query, chosen, active } = current();
    if (!panel.open || !active) return;
    const id = run;
    load()
      .then((engine) => updateCounts(engine, query, chosen, id))
      .catch((error: unknown) => console.error(error));
  });
  more.addEventListener("click", () => void showMore(run, true));
}

const app = document.querySelector<HTMLElement>("[data-search-app]");
if (app) start(app);
