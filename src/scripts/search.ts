/**
 * The search page's first script, kept tiny: the page must stay within its budget of
 * script before interaction (src/lib/budgets). The search itself (./search/app.ts)
 * loads as a module of its own, from the site itself: at once when the address holds a
 * search (`?q=koffie&need=talk`, a shared link, a reload, Back), else once the page
 * has loaded and the browser is idle, or earlier at the first sign that someone wants
 * to search (focus, a touch, a word typed, a tick, Enter). Idle rather than at the
 * first key: the first search on a phone must download at most 100 KB, Pagefind's
 * engine and index taking most of it (tests/e2e/search-scale.spec.ts).
 *
 * The form is on the page from the start (no layout shift when this runs); without
 * JavaScript the stylesheet hides it (`noscript:`), and the page offers the topics.
 */
const app = document.querySelector<HTMLElement>("[data-search-app]");
if (app) {
  let loading: Promise<void> | undefined;
  const load = () => (loading ??= import("./search/app.ts").then((search) => search.start(app)));
  if (location.search.length > 1) void load();
  const idle = () =>
    "requestIdleCallback" in window
      ? requestIdleCallback(() => void load())
      : setTimeout(load, 500);
  if (document.readyState === "complete") idle();
  else addEventListener("load", idle, { once: true });
  for (const type of ["focusin", "pointerdown", "input", "change", "toggle"]) {
    // Capture: "toggle" of the filter panel does not bubble.
    app.addEventListener(type, () => void load(), { capture: true, once: true, passive: true });
  }
  app.querySelector("form")?.addEventListener("submit", (event) => {
    // Enter before the search has loaded: search once it has, even a short word.
    event.preventDefault();
    app.dataset.submitted = "";
    void load();
  });
}
