/**
 * Where the build hands each rendered page to the search index (`src/middleware.ts`
 * gives, `pagefind.ts` takes). The two run in one process but load as separate module
 * instances (the config's and the build's bundle), so they meet on `globalThis`.
 */

/** What receives the built pages while the build renders them. */
export interface SearchSink {
  /** Whether the page at `url` (without the site's base) may have a part to search. */
  wants(url: string): boolean;
  /** Takes one built page (its HTML as UTF-8); resolves when the index has room for the next. */
  add(url: string, html: Uint8Array): Promise<void>;
}

const key = Symbol.for("buurtgids.searchSink");
type WithSink = typeof globalThis & { [key]?: SearchSink | undefined };

/** Sets (or, with undefined, clears) the sink for the pages about to be rendered. */
export function setSearchSink(sink: SearchSink | undefined): void {
  (globalThis as WithSink)[key] = sink;
}

/** The sink of the build under way; undefined in `astro dev` and outside a build. */
export function searchSink(): SearchSink | undefined {
  return (globalThis as WithSink)[key];
}
