/**
 * Page weight and length at city scale: 1,000 generated initiatives, built with its
 * "today" pinned (BUURTGIDS_NOW) into its own folder. The home page, a need page and
 * the week page load in at most 20 KB gzip, all included; the providers' table, the
 * one page that lists every entry, within its own budget (src/lib/budgets/budgets.ts
 * says why). No list page is longer than eight phone screens, and seven days after
 * the build the home and week pages still show the right "today".
 *
 * Slow (generating and building takes several minutes): it runs with
 * `npm run test:scale` (`BUURTGIDS_SCALE_TESTS=1`), not in every e2e run.
 * `LISTS_SCALE_REUSE=1` reuses the last build while working on this file.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { budgets } from "../../src/lib/budgets/budgets.ts";
import { firstLoad } from "../../src/lib/budgets/first-load.ts";
import { maxPageHeight, phoneScreen } from "../../src/lib/guide/list-pages.ts";
import { addDays, instantOf } from "../../src/lib/schedule/index.ts";
import { buildGeneratedSite } from "./build-site.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

const initiatives = 1000;
const work = path.resolve("tests/.tmp/lists-scale");
const outDir = path.join(work, "dist");
const reuse = process.env.LISTS_SCALE_REUSE === "1" && existsSync(path.join(outDir, "nl"));
const timeZone = "Europe/Amsterdam";
const built = "2026-12-02";
const later = (days: number) => instantOf(addDays(built, days), "10:00", timeZone);

test.describe.configure({ mode: "serial", timeout: 20 * 60_000 });
test.use({ viewport: { width: phoneScreen.width, height: phoneScreen.height } });

let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(30 * 60_000);
  if (!reuse) {
    rmSync(work, { recursive: true, force: true });
    await buildGeneratedSite(work, {
      seed: 1,
      initiatives,
      env: { BUURTGIDS_NOW: instantOf(built, "09:00", timeZone).toISOString() },
    });
  }
  server = await serveStatic(outDir);
});

test.afterAll(async () => {
  await server?.close();
});

function weight(route: string) {
  const html = readFileSync(path.join(outDir, route, "index.html"), "utf8");
  return firstLoad(html, route, (url) => {
    try {
      return readFileSync(path.join(outDir, decodeURIComponent(url)));
    } catch {
      return undefined;
    }
  });
}

const budgeted: [string, number][] = [
  ["/nl/", budgets.keyPageFirstLoad],
  ["/ar/", budgets.keyPageFirstLoad],
  ["/nl/needs/meet/", budgets.keyPageFirstLoad],
  ["/nl/needs/meet/2/", budgets.keyPageFirstLoad],
  ["/nl/week/", budgets.keyPageFirstLoad],
  ["/ar/week/", budgets.keyPageFirstLoad],
  ["/nl/evenings-weekends/", budgets.keyPageFirstLoad],
  [`/nl/week/${built}/`, budgets.keyPageFirstLoad],
  ["/nl/providers/", budgets.providersAt1000FirstLoad],
];

test(`first load at ${initiatives} entries, gzip: home, need, week within 20 KB, providers within its budget`, () => {
  const lines: string[] = [];
  const over: string[] = [];
  for (const [route, budget] of budgeted) {
    const load = weight(route);
    // The stylesheet and scripts were found and counted, not just the HTML.
    expect(load.assets.length, route).toBeGreaterThan(0);
    lines.push(
      `${route}\t${load.total} bytes (html ${load.html}, css ${load.css}, script ${load.script})`,
    );
    if (load.total > budget) over.push(`${route}: ${load.total} > ${budget}`);
  }
  console.log(`First load at ${initiatives} entries:\n${lines.join("\n")}`);
  expect(over).toEqual([]);
});

async function heightOf(page: Page, route: string): Promise<number> {
  await page.goto(`${server.url}${route}`);
  return page.evaluate(() => document.documentElement.scrollHeight);
}

test("no list page is longer than eight phone screens", async ({ page }) => {
  await page.clock.install({ time: later(0) });
  const routes = [
    "/nl/",
    "/nl/week/",
    "/nl/evenings-weekends/",
    "/nl/needs/meet/",
    "/nl/needs/meet/2/",
    `/nl/week/${built}/`,
    `/nl/week/${built}/2/`,
    "/ar/week/",
    "/ar/needs/talk/",
    "/en/week/",
    "/pl/needs/meet/",
  ];
  const lines: string[] = [];
  const tooLong: string[] = [];
  for (const route of routes) {
    const height = await heightOf(page, route);
    lines.push(`${route}\t${(height / phoneScreen.height).toFixed(1)} screens`);
    if (height > maxPageHeight) tooLong.push(`${route}: ${height} px`);
  }
  console.log(lines.join("\n"));
  expect(tooLong).toEqual([]);
});

test("seven days after the build the home and week pages show the right today", async ({
  page,
}) => {
  const target = addDays(built, 7);
  await page.clock.install({ time: later(7) });
  await page.goto(`${server.url}/nl/week/`);
  await expect(page.locator("section[data-day]:visible").first()).toHaveAttribute(
    "data-day",
    target,
  );
  await page.goto(`${server.url}/nl/`);
  const today = page.locator("[data-today-box] [data-day]");
  await expect(today).toHaveAttribute("data-day", target);
  await expect(today.locator("[data-day-label]")).toHaveText("woensdag 9 december");
  await expect(today.locator("[data-day-rows] > li").first()).toBeVisible();
});
