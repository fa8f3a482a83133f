/**
 * A city-sized guide: 200 generated initiatives, built into their own folder. Long
 * lists (a busy day, a need, the evenings) show one compact row per entry instead of
 * full cards, so each page stays within the page budget on an old phone; the rows
 * pass axe in Dutch and Arabic, link to the full entry, and still get "open now".
 */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { budgets } from "../../src/lib/budgets/budgets.ts";
import { firstLoad } from "../../src/lib/budgets/first-load.ts";
import { fullCardLimit } from "../../src/lib/guide/list-pages.ts";
import { buildGeneratedSite } from "./build-site.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

const work = path.resolve("tests/.tmp/long-lists");
const outDir = path.join(work, "dist");
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

test.describe.configure({ mode: "serial" });

let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000);
  rmSync(work, { recursive: true, force: true });
  await buildGeneratedSite(work, { seed: 11, initiatives: 200 });
  server = await serveStatic(outDir);
});

test.afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const listPages = ["/nl/week/", "/nl/evenings-weekends/", "/nl/needs/meet/", "/ar/week/"];

for (const route of listPages) {
  test(`${route}: a long list is compact rows, within the page budget, and passes axe`, async ({
    page,
  }) => {
    await page.goto(`${server.url}${route}`);
    const rowLists = page.locator('ul[data-density="rows"]');
    expect(await rowLists.count()).toBeGreaterThan(0);
    for (const list of await rowLists.all()) {
      expect(await list.locator(":scope > li").count()).toBeGreaterThan(fullCardLimit);
      // Rows, not cards: no read-aloud button or fact list per entry.
      expect(await list.locator("[data-read-aloud], article").count()).toBe(0);
    }
    const html = readFileSync(path.join(outDir, route, "index.html"), "utf8");
    const weight = firstLoad(html, route, (url) => {
      try {
        return readFileSync(path.join(outDir, decodeURIComponent(url)));
      } catch {
        return undefined;
      }
    });
    // The stylesheet and scripts were found and counted, not just the HTML.
    expect(weight.assets.length).toBeGreaterThan(0);
    expect(weight.total).toBeLessThanOrEqual(budgets.anyPageFirstLoad);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test("a row leads to the entry's full page", async ({ page }) => {
  await page.goto(`${server.url}/nl/needs/meet/`);
  const link = page.locator('ul[data-density="rows"] li a').first();
  const title = (await link.textContent())?.trim() ?? "";
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("rows of a busy day are still marked open now", async ({ page }) => {
  await page.goto(`${server.url}/nl/week/`);
  const row = page.locator('ul[data-density="rows"] li[data-start]').first();
  const start = Number(await row.getAttribute("data-start"));
  // Half an hour after that row starts, on a fresh load, it is open.
  await page.clock.install({ time: start + 30 * 60_000 });
  await page.goto(`${server.url}/nl/week/`);
  await expect(
    page.locator('ul[data-density="rows"] li[data-start]').first().locator("[data-open-label]"),
  ).toBeVisible();
});
