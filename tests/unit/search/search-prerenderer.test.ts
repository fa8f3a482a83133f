import { describe, expect, it } from "vitest";
import type { AstroPrerenderer } from "astro";
import { handingPagesTo, type SearchSink } from "../../../src/integrations/search-prerenderer.ts";

const routeData = {} as Parameters<AstroPrerenderer["render"]>[1]["routeData"];
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const html = (text: string) =>
  new Response(`<html><body>${text}</body></html>`, {
    headers: { "content-type": "text/html" },
  });

/** A stand-in for Astro's prerenderer: each path renders after the delay it names. */
function fakeRendering(
  pages: Record<string, { ms: number; response?: () => Response }>,
  paths: string[] = [],
) {
  return {
    name: "fake",
    getStaticPaths: async () => paths.map((pathname) => ({ pathname, route: routeData })),
    async render(request: Request) {
      const path = new URL(request.url).pathname.replace(/^\/buurtgids/, "");
      const page = pages[path];
      if (!page) throw new Error(`no page ${path}`);
      await wait(page.ms);
      return (page.response ?? (() => html(path)))();
    },
  } satisfies AstroPrerenderer;
}

function recordingSink(): SearchSink & { got: string[] } {
  const got: string[] = [];
  return {
    got,
    wants: (url) => url.startsWith("/nl/") || url.startsWith("/en/"),
    async add(url, bytes) {
      got.push(`${url} ${new TextDecoder().decode(bytes)}`);
    },
    end: () => got.push("end"),
  };
}

const request = (path: string) => new Request(`https://example.org/buurtgids${path}`);

describe("handingPagesTo", () => {
  it("hands wanted pages to the index in the order Astro asked for them, not the order they finished", async () => {
    const sink = recordingSink();
    const rendering = handingPagesTo(
      sink,
      fakeRendering({ "/nl/a/": { ms: 30 }, "/nl/b/": { ms: 1 }, "/en/a/": { ms: 10 } }),
      "/buurtgids/",
    );
    await Promise.all(
      ["/nl/a/", "/nl/b/", "/en/a/"].map((path) => rendering.render(request(path), { routeData })),
    );
    expect(sink.got).toEqual([
      "/nl/a/ <html><body>/nl/a/</body></html>",
      "/nl/b/ <html><body>/nl/b/</body></html>",
      "/en/a/ <html><body>/en/a/</body></html>",
    ]);
  });

  it("returns each page unchanged, whether handed over or not", async () => {
    const sink = recordingSink();
    const rendering = handingPagesTo(
      sink,
      fakeRendering({ "/nl/a/": { ms: 1 }, "/posters/a/": { ms: 1 } }),
      "/buurtgids/",
    );
    const handed = (await rendering.render(request("/nl/a/"), { routeData })) as Response;
    const passed = (await rendering.render(request("/posters/a/"), { routeData })) as Response;
    expect(await handed.text()).toBe("<html><body>/nl/a/</body></html>");
    expect(handed.headers.get("content-type")).toBe("text/html");
    expect(await passed.text()).toBe("<html><body>/posters/a/</body></html>");
    expect(sink.got).toHaveLength(1);
  });

  it("gives the sink bytes of its own: moving them to another thread leaves Astro's page whole", async () => {
    const moved: string[] = [];
    const sink: SearchSink = {
      wants: () => true,
      end: () => {},
      async add(_url, bytes) {
        // What the search thread does: transfer, which empties the sender's buffer.
        const taken = structuredClone(bytes, { transfer: [bytes.buffer] });
        expect(bytes.byteLength).toBe(0);
        moved.push(new TextDecoder().decode(taken));
      },
    };
    const rendering = handingPagesTo(sink, fakeRendering({ "/nl/a/": { ms: 1 } }), "/buurtgids/");
    const page = (await rendering.render(request("/nl/a/"), { routeData })) as Response;
    expect(await page.text()).toBe("<html><body>/nl/a/</body></html>");
    expect(moved).toEqual(["<html><body>/nl/a/</body></html>"]);
  });

  it("lets a page that failed to render, or is not HTML, give up its place without stopping the others", async () => {
    const sink = recordingSink();
    const rendering = handingPagesTo(
      sink,
      fakeRendering({
        "/nl/json/": { ms: 5, response: () => Response.json({ a: 1 }) },
        "/nl/b/": { ms: 1 },
      }),
      "/buurtgids/",
    );
    const results = await Promise.allSettled(
      ["/nl/broken/", "/nl/json/", "/nl/b/"].map((path) =>
        rendering.render(request(path), { routeData }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled", "fulfilled"]);
    expect(sink.got).toEqual(["/nl/b/ <html><body>/nl/b/</body></html>"]);
  });

  it("passes on the index's refusal to the page that was refused", async () => {
    const sink: SearchSink = {
      wants: () => true,
      end: () => {},
      add: async () => {
        throw new Error("index full");
      },
    };
    const rendering = handingPagesTo(sink, fakeRendering({ "/nl/a/": { ms: 1 } }), "/buurtgids/");
    await expect(rendering.render(request("/nl/a/"), { routeData })).rejects.toThrow("index full");
  });

  it("renders the pages the index wants first, each part in Astro's order", async () => {
    const rendering = handingPagesTo(
      recordingSink(),
      fakeRendering({}, ["/calendar/a.ics", "/nl/a", "/posters/a/", "/en/a/", "/go/a/"]),
      "/buurtgids/",
    );
    const paths = await rendering.getStaticPaths();
    expect(paths.map((path) => path.pathname)).toEqual([
      "/nl/a",
      "/en/a/",
      "/calendar/a.ics",
      "/posters/a/",
      "/go/a/",
    ]);
  });

  it("tells the index it has every page once the last wanted page is in, before the other pages render", async () => {
    const sink = recordingSink();
    const rendering = handingPagesTo(
      sink,
      fakeRendering({ "/nl/a/": { ms: 30 }, "/en/a/": { ms: 1 }, "/posters/a/": { ms: 1 } }, [
        "/posters/a/",
        "/nl/a/",
        "/en/a/",
      ]),
      "/buurtgids/",
    );
    const order = (await rendering.getStaticPaths()).map((path) => path.pathname);
    // The last wanted page is rendered first: the index must still wait for the other.
    const wanted = order.slice(0, 2).map((path) => rendering.render(request(path), { routeData }));
    await wait(10);
    expect(sink.got).toEqual([]);
    await Promise.all(wanted);
    expect(sink.got).toEqual([
      "/nl/a/ <html><body>/nl/a/</body></html>",
      "/en/a/ <html><body>/en/a/</body></html>",
      "end",
    ]);
    await rendering.render(request("/posters/a/"), { routeData });
    expect(sink.got.filter((got) => got === "end")).toHaveLength(1);
  });
});
