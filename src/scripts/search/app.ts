/**
 * The search, loaded by ../search.ts. On the first search it loads Pagefind from the
 * site itself (`/pagefind/`). Results come from this page's locale only: Pagefind
 * picks the index of `<html lang>`, and matches the ticked facets by the same rule as
 * the providers' table (src/lib/facets). Results are built from the page's
 * <template>s with textContent, never HTML from the index.
 *
 * - Feeling words ("eenzaam", "depressie") match hidden metadata of the entries for
 *   the need they point to (src/lib/search/feelings), weighted here so those come first.
 * - A word Pagefind does not know is corrected from the locale's word list, loaded only
 *   then (src/lib/search/typos.ts): with no result, or results that only match a short
 *   beginning of the word, the page searches the correction and says so. A feeling
 *   word is searched, never shown back.
 * - With no result: the same search in the other languages (saying so when the words
 *   are in another script), and the topics.
 * - The words and filters live in the address (src/lib/search/url.ts), restored on
 *   load and on Back.
 * - A filter ticked on a phone brings the result count into view; it is a polite live
 *   region, so it is read out too.
 * - No layout shift: the form is on the page from the start, the count has its line,
 *   and results take the place of the topics in a box of fixed least height.
 */
import { foldForSearch } from "../../lib/search/fold.ts";
import { countSearches } from "../../lib/facets/pagefind.ts";
import { facetFilter, type FacetKey, type FacetSelection } from "../../lib/facets/vocabulary.ts";
import { pluralText } from "../../lib/search/plural.ts";
import { readSearch, searchQuery } from "../../lib/search/url.ts";
import { feelingMetaWeights } from "../../lib/search/feelings/words.ts";
import { textScript } from "../../lib/search/scripts.ts";
import {
  correctWords,
  correctedQuery,
  parseWordList,
  queryWords,
  unconfirmedWords,
  type WordList,
} from "../../lib/search/typos.ts";

type Counts = Record<string, Record<string, number>>;
interface Fragment {
  url: string;
  excerpt?: string;
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
  /** The script this page's language is written in (`Latn`, `Arab`). */
  script: string;
  results: Record<string, string>;
  none: string;
  error: string;
  place: string;
  types: Record<string, string>;
  /** "Results for “{{word}}”. You typed “{{typed}}”." */
  corrected: string;
  /** "This word is in another script ({{script}})." */
  otherScript: string;
}

/** Why a search runs: typing, a filter ticked, or the address (load, Back). */
type Reason = "typed" | "filter" | "address";

/** Results shown at once; "show more" adds as many (each costs a download of about 1 KB). */
const pageSize = 5;
/** Wait this long after the last key press before searching. */
const typingPause = 300;
/**
 * Search as you type from this many letters: one or two letters match half the guide
 * and cost downloads for results nobody wants. Pressing Enter searches any length.
 */
const typedMinimum = 3;

/** What the first results show of their match: marked words, titles and stored words. */
function matchedTexts(fragments: readonly Fragment[]): string[] {
  return fragments.flatMap((fragment) => [
    ...[...(fragment.excerpt ?? "").matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1] ?? ""),
    ...Object.values(fragment.meta).filter((value): value is string => !!value),
  ]);
}

export function start(app: HTMLElement): void {
  const strings = JSON.parse(app.dataset.strings ?? "{}") as Strings;
  const base = app.dataset.base ?? "/";
  const find = <E extends Element = HTMLElement>(selector: string) =>
    app.querySelector<E>(selector)!;
  const form = find<HTMLFormElement>("[data-search-form]");
  const input = find<HTMLInputElement>("input[type=search]");
  const panel = find<HTMLDetailsElement>("[data-search-filters]");
  const chosenCount = find("[data-search-chosen]");
  const status = find("[data-search-status]");
  const note = find("[data-search-note]");
  const list = find<HTMLOListElement>("[data-search-results]");
  const more = find<HTMLButtonElement>("[data-search-more]");
  const none = find("[data-search-none]");
  const scriptNote = find("[data-search-script]");
  const others = [...app.querySelectorAll<HTMLAnchorElement>("a[data-search-other]")];
  const browse = app.querySelector<HTMLElement>("[data-search-browse]");
  const boxes = [...app.querySelectorAll<HTMLInputElement>("input[type=checkbox][data-facet]")];
  const resultTemplate = find<HTMLTemplateElement>("template[data-search-result]");

  let pagefind: Promise<Pagefind> | undefined;
  let words: Promise<WordList | undefined> | undefined;
  /** Every value in the index per facet, once the counts are first wanted. */
  let offered: Counts | undefined;
  let run = 0;
  let results: Result[] = [];
  let shown = 0;
  /** The query the results are for (a corrected one, after a typo). */
  let searched: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Enter was pressed (or the address holds the search): search even a short word. */
  let submitted = app.dataset.submitted !== undefined;
  delete app.dataset.submitted;

  const load = (): Promise<Pagefind> =>
    (pagefind ??= (async () => {
      const url = `${base}pagefind/pagefind.js`;
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      // On the main thread: saves downloading a second copy of the engine for a worker.
      await module.options({
        baseUrl: base,
        noWorker: true,
        ranking: { metaWeights: feelingMetaWeights },
      });
      return module;
    })());

  /** The locale's word list, fetched the first time a search needs it. */
  const wordList = (): Promise<WordList | undefined> =>
    (words ??= fetch(`${base}search-words/${strings.locale}.txt`)
      .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
      .then(parseWordList)
      .catch(() => undefined));

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
    // One icon per type everywhere (lib/icons.ts typeIcons), beside the type's word.
    const picture = icon(isPlace ? "place" : `type-${type}`);
    if (picture) slot(item, "icon").append(picture);
    slot(item, "kind").textContent = isPlace ? strings.place : (strings.types[type ?? ""] ?? "");
    const link = slot(item, "link") as HTMLAnchorElement;
    link.href = fragment.url;
    link.textContent = fragment.meta.title ?? fragment.url;
    if (fragment.meta.textLang) {
      // A title in another language is its own bidi run (Dutch inside an Arabic list).
      link.lang = fragment.meta.textLang;
      link.dir = "auto";
    }
    for (const name of ["when", "where"]) {
      const text = fragment.meta[name]?.trim();
      if (text) slot(item, name).textContent = text;
      else slot(item, `${name}-line`).remove();
    }
    return item;
  }

  const fragments = (from: readonly Result[]) =>
    Promise.all(from.slice(0, pageSize).map((result) => result.data()));

  /** True while "show more" is fetching: a second press adds nothing twice. */
  let fetchingMore = false;

  async function showMore(id: number): Promise<void> {
    if (fetchingMore) return;
    fetchingMore = true;
    const next = await fragments(results.slice(shown)).finally(() => (fetchingMore = false));
    if (id !== run) return;
    const items = next.map(resultItem);
    const first = items[0]?.querySelector("a");
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= results.length;
    first?.focus();
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

  /** The words as typed, the query to search (from `typedMinimum` letters) and the ticks. */
  function current() {
    const typed = input.value.trim();
    const usable = submitted || [...typed].length >= typedMinimum ? typed : "";
    const query = foldForSearch(usable, strings.locale) || null;
    const chosen = ticked();
    return { typed, query, chosen, active: query !== null || boxes.some((box) => box.checked) };
  }

  /** The search into the address, replacing this history entry (typing makes no new ones). */
  function writeAddress(typed: string, chosen: FacetSelection): void {
    const query = searchQuery({ q: typed, selection: chosen });
    const url = `${location.pathname}${query ? `?${query}` : ""}`;
    if (url !== `${location.pathname}${location.search}`) {
      history.replaceState(history.state, "", url);
    }
  }

  /** The search in the address into the form: on load, and on Back within the page. */
  function readAddress(): void {
    const { q, selection } = readSearch(new URLSearchParams(location.search));
    input.value = q;
    for (const box of boxes) {
      const [key, value] = box.dataset.facet!.split(":") as [FacetKey, string];
      box.checked = selection[key]?.includes(value) ?? false;
    }
  }

  /**
   * With no result: the same search in the other languages, those written in the
   * script of the words first, saying so when that is not this page's script.
   */
  function offerOtherLanguages(typed: string, chosen: FacetSelection): void {
    const scripts = [strings.script, ...others.map((link) => link.dataset.script ?? "")];
    const script = textScript(typed, scripts);
    const foreign = script !== undefined && script !== strings.script ? script : undefined;
    const query = searchQuery({ q: typed, selection: chosen });
    const matching: HTMLElement[] = [];
    for (const link of others) {
      link.href = `${link.dataset.href}${query ? `?${query}` : ""}`;
      const item = link.closest("li")!;
      if (link.dataset.script === foreign) matching.push(item);
    }
    matching.reverse().forEach((item) => item.parentElement?.prepend(item));
    const name = others.find((link) => link.dataset.script === foreign)?.dataset.scriptName;
    scriptNote.hidden = !name;
    scriptNote.textContent = name ? strings.otherScript.replace("{{script}}", name) : "";
  }

  function clear(): void {
    results = [];
    searched = null;
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    note.hidden = true;
    note.textContent = "";
    none.hidden = true;
    if (browse) browse.hidden = false;
    status.textContent = "";
    showTotals();
  }

  /** Brings the count into view (a phone shows the filters, not the results). */
  function bringCountIntoView(): void {
    const { top, bottom } = status.getBoundingClientRect();
    if (top >= 0 && bottom <= innerHeight) return;
    const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
    status.scrollIntoView({ block: "nearest", behavior: still ? "auto" : "smooth" });
  }

  async function update(reason: Reason): Promise<void> {
    const id = ++run;
    const { typed, query, chosen, active } = current();
    writeAddress(typed, chosen);
    const count = boxes.filter((box) => box.checked).length;
    chosenCount.textContent = count > 0 ? String(count) : "";
    if (!active) {
      clear();
      return;
    }
    // The topics make room for the results (they come back when nothing is found).
    if (browse) browse.hidden = true;
    try {
      const engine = await load();
      const filters = facetFilter(chosen);
      let search = await engine.search(query, { filters });
      let first = await fragments(search.results);
      let effective = query;
      let said = "";
      const unsure = query
        ? unconfirmedWords(queryWords(query), matchedTexts(first), strings.locale)
        : [];
      const known = unsure.length > 0 ? await wordList() : undefined;
      const corrections = known ? correctWords(unsure, known, strings.locale) : [];
      if (query && corrections.length > 0) {
        // Nothing found, or only what a short beginning of the word matched: the
        // correction's results, if it has any.
        const better = correctedQuery(query, corrections);
        const retry = await engine.search(better, { filters });
        if (retry.results.length > 0) {
          search = retry;
          first = await fragments(retry.results);
          effective = better;
          // A feeling word is searched, never shown back.
          if (!corrections.some((correction) => correction.feeling)) {
            const isolate = (text: string) => `\u2068${text}\u2069`;
            said = strings.corrected
              .replace("{{word}}", isolate(better))
              .replace("{{typed}}", isolate(typed));
          }
        }
      }
      if (id !== run) return;
      // Everything at once, so nothing on screen moves twice.
      results = search.results;
      searched = effective;
      shown = first.length;
      list.replaceChildren(...first.map(resultItem));
      more.hidden = shown >= results.length;
      note.textContent = said;
      note.hidden = said === "";
      const nothing = results.length === 0;
      if (nothing) offerOtherLanguages(typed, chosen);
      none.hidden = !nothing;
      if (browse) browse.hidden = !nothing;
      status.textContent = nothing
        ? strings.none
        : pluralText(strings.results, results.length, strings.locale);
      if (reason === "filter") bringCountIntoView();
      if (panel.open) await updateCounts(engine, effective, chosen, id);
    } catch (error) {
      if (id !== run) return;
      status.textContent = strings.error;
      if (browse) browse.hidden = false;
      console.error(error);
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    submitted = false;
    timer = setTimeout(() => void update("typed"), typingPause);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    submitted = true;
    void update("typed");
  });
  for (const box of boxes) box.addEventListener("change", () => void update("filter"));
  // Counts for a search made while the panel was closed.
  panel.addEventListener("toggle", () => {
    const { chosen, active } = current();
    if (!panel.open || !active) return;
    const id = run;
    load()
      .then((engine) => updateCounts(engine, searched, chosen, id))
      .catch((error: unknown) => console.error(error));
  });
  more.addEventListener("click", () => void showMore(run));
  addEventListener("popstate", () => {
    // Back or Forward to another search of this page (a jump to #main changes nothing).
    const { typed, chosen } = current();
    const query = searchQuery({ q: typed, selection: chosen });
    if ((query ? `?${query}` : "") === location.search) return;
    readAddress();
    submitted = true;
    void update("address");
  });

  if (location.search.length > 1) {
    readAddress();
    submitted = true;
    void update("address");
  } else if (input.value.trim() !== "" || boxes.some((box) => box.checked)) {
    // Typed or ticked before this module had loaded.
    void update("typed");
  }
}
