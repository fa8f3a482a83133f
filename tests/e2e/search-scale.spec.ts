/**
 * Search on a big neighbourhood: 1,000 generated initiatives over 100 places, built
 * into its own folder and served with gzip on its own port. The first search on the
 * search page, from the first key press to the results on screen, must download at
 * most 100 KB (what the network carried, compressed, headers included), for people
 * on small data plans. Slow: generating and building takes several minutes.
 * `SEARCH_SCALE_REUSE=1` reuses the last build while working on this file.
 */
import { rmSync, existsSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { buildGeneratedSite } from "./build-site.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

const initiatives = 1000;
const budget = 100 * 1024;
const work = path.resolve("tests/.tmp/search-scale");
const outDir = path.join(work, "dist");
/** Set to reuse a build from an earlier run while working on this test. */
const reuse = process.env.SEARCH_SCALE_REUSE === "1" && existsSync(path.join(outDir, "pagefind"));

test.describe.configure({ mode: "serial", timeout: 20 * 60_000 });

let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(20 * 60_000);
  if (!reuse) {
    rmSync(work, { recursive: true, force: true });
    await buildGeneratedSite(work, { seed: 7, initiatives });
  }
  server = await serveStatic(outDir);
});

test.afterAll(async () => {
  await server?.close();
});

/** Bytes the network carried (compressed, headers included) while `action` ran. */
async function bytesDuring(page: Page, action: () => Promise<void>): Promise<Map<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const urls = new Map<string, string>();
  const sizes = new Map<string, number>();
  cdp.on("Network.requestWillBeSent", (event) => urls.set(event.requestId, event.request.url));
  cdp.on("Network.loadingFinished", (event) => {
    const url = urls.get(event.requestId) ?? event.requestId;
    sizes.set(url, (sizes.get(url) ?? 0) + event.encodedDataLength);
  });
  await action();
  await page.waitForLoadState("networkidle");
  await cdp.detach();
  return sizes;
}

const firstSearches: [string, string][] = [
  ["nl", "koffie"],
  ["nl", "wandelen"],
  ["ar", "القهوة"],
  ["tr", "KAHVE"],
];

for (const [locale, query] of firstSearches) {
  test(`/${locale}/search/: the first search for "${query}" downloads at most 100 KB`, async ({
    page,
  }) => {
    await page.goto(`${server.url}/${locale}/search/`);
    await page.waitForLoadState("networkidle");
    const sizes = await bytesDuring(page, async () => {
      // Key by key, slower than the page waits before searching (a reader on a
      // phone): the searches for the first letters count too.
      await page.getByRole("searchbox").pressSequentially(query, { delay: 400 });
      await expect(page.locator("[data-search-results] li").first()).toBeVisible({
        timeout: 30_000,
      });
    });
    const total = [...sizes.values()].reduce((sum, n) => sum + n, 0);
    const lines = [...sizes].map(([url, n]) => `${n}\t${url.replace(server.url, "")}`);
    console.log(`${locale} "${query}": ${total} bytes\n${lines.join("\n")}`);
    expect(sizes.size, "the search downloaded something").toBeGreaterThan(0);
    expect([...sizes.keys()].some((url) => url.includes("/pagefind/"))).toBe(true);
    expect(total, lines.join("\n")).toBeLessThanOrEqual(budget);
    // The big index answers in the reader's language.
    const hrefs = await page
      .locator("[data-search-results] li a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/`));
  });
}
