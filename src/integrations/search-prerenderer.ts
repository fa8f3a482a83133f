/**
 * Astro's own prerenderer, with each entry page handed to the search index as soon as
 * it is rendered, so Pagefind indexes (in its own thread and process) while the build
 * renders the next pages. Astro renders a few pages at once (`build.concurrency`) and
 * they finish in any order; the index still gets them in the order Astro asked for
 * them, which is the order of the routes' paths: one language after another, and the
 * same index every build.
 *
 * The pages the index wants are rendered first, the others after them: while the
 * posters, short links, day pages and data files render, Pagefind writes the last
 * language, which otherwise kept the build waiting after its last page (about a
 * second at 300 entries).
 */
import type { AstroPrerenderer } from "astro";
import { InOrder } from "../lib/async/in-order.ts";

/** What receives the built pages while the build renders them (see `search-index-thread.ts`). */
export interface SearchSink {
  /** Whether the page at `url` (without the site's base) may have a part to search. */
  wants(url: string): boolean;
  /**
   * Takes one built page (its HTML as UTF-8, the sink's to keep or move to another
   * thread); resolves when the index has room for the next.
   */
  add(url: string, html: Uint8Array<ArrayBuffer>): Promise<void>;
  /**
   * No more pages will come: the index may be written now, while the build renders
   * the pages it does not want. Its errors still come from finishing it.
   */
  end(): void;
}

type Rendered = Awaited<ReturnType<AstroPrerenderer["render"]>>;

/** `rendering` (Astro's prerenderer) with the pages `sink` wants handed to it; `base` is the site's base path. */
export function handingPagesTo(
  sink: SearchSink,
  rendering: AstroPrerenderer,
  base: string,
): AstroPrerenderer {
  const line = new InOrder<{ url: string; html: Uint8Array<ArrayBuffer> }>(({ url, html }) =>
    sink.add(url, html),
  );
  const prefix = base.replace(/\/$/, "");
  /** How many wanted pages the build will render, and how many were handed over. */
  let wanted = Number.POSITIVE_INFINITY;
  let placed = 0;
  return {
    name: "buurtgids:search-index",
    setup: rendering.setup && (() => rendering.setup!()),
    async getStaticPaths() {
      const paths = await rendering.getStaticPaths();
      const wants = (path: { pathname: string }) => sink.wants(withTrailingSlash(path.pathname));
      const first = paths.filter(wants);
      // Astro renders a path twice only by mistake (it warns or stops on a conflict).
      wanted = new Set(first.map((path) => withTrailingSlash(path.pathname))).size;
      return [...first, ...paths.filter((path) => !wants(path))];
    },
    collectStaticImages: rendering.collectStaticImages && (() => rendering.collectStaticImages!()),
    teardown: rendering.teardown && (() => rendering.teardown!()),
    async render(request, options) {
      const path = new URL(request.url).pathname;
      const url = path.startsWith(prefix) ? path.slice(prefix.length) : path;
      if (!sink.wants(url)) return rendering.render(request, options);
      // The place is taken now, in the order Astro asks; the page is handed over in it.
      const place = line.place();
      const last = ++placed === wanted;
      const handOver = async (page: { url: string; html: Uint8Array<ArrayBuffer> } | undefined) => {
        await place(page);
        // Every earlier place has had its turn: the line is in order.
        if (last) sink.end();
      };
      let rendered: Rendered;
      try {
        rendered = await rendering.render(request, options);
      } catch (error) {
        void handOver(undefined);
        throw error;
      }
      const response = rendered instanceof Response ? rendered : rendered.response;
      if (!response.body || !response.headers.get("content-type")?.startsWith("text/html")) {
        await handOver(undefined);
        return rendered;
      }
      // Bytes, not text: this thread neither decodes nor encodes the page again. Astro
      // gets the bytes read, the sink a copy of its own (to move to its thread). Not
      // `response.clone()`: its tee raised the peak memory of 1,000 entries by 70 MB.
      const html = new Uint8Array(await response.arrayBuffer());
      const copy = new Response(html, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      await handOver({ url, html: html.slice() });
      return rendered instanceof Response ? copy : { ...rendered, response: copy };
    },
  };
}

function withTrailingSlash(pathname: string): string {
  return pathname.endsWith("/") ? pathname : `${pathname}/`;
}
