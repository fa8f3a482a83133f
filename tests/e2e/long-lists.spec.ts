/**
 * A city-sized guide: 200 generated initiatives, built into their own folder with its
 * "today" pinned (BUURTGIDS_NOW, a Wednesday). Long lists show one compact row per
 * entry and are cut so that no page is longer than eight phone screens (360×740);
 * the week and evenings-and-weekends pages start at today and stay right for a week
 * without a rebuild (the browser's clock is moved, `page.clock`); the home page shows
 * today, and a later day's first rows when read after its build day. The pages pass
 * axe in Dutch and Arabic, stay within the page budget, and rows still get "open now".
 * `LONG_LISTS_REUSE=1` reuses the last build while working on this file.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { budgets } from "../../src/lib/budgets/budgets.ts";
import { firstLoad } from "../../src/lib/budgets/first-load.ts";
import { homeTodayLimit, maxPageHeight, phoneScreen } from "../../src/lib/guide/list-pages.ts";
import { addDays, instantOf } from "../../src/lib/schedule/index.ts";
import { buildGeneratedSite } from "./build-site.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

const work = path.resolve("tests/.tmp/long-lists");
const outDir = path.join(work, "dist");
const reuse = process.env.LONG_LISTS_REUSE === "1" && existsSync(path.join(outDir, "nl"));
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const timeZone = "Europe/Amsterdam";
/** The build's "today": Wednesday 2 December 2026, 09:00 in the site's time zone. */
const built = "2026-12-02";
const buildNow = instantOf(built, "09:00", timeZone);
/** 10:00 in the site's time zone, `days` after the build day. */
const later = (days: number) => instantOf(addDays(built, days), "10:00", timeZone);

test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: phoneScreen.width, height: phoneScreen.height } });

let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000);
  if (!reuse) {
    rmSync(work, { recursive: true, force: true });
    await buildGeneratedSite(work, {
      seed: 11,
      initiatives: 200,
      env: { BUURTGIDS_NOW: buildNow.toISOString() },
    });
  }
  server = await serveStatic(outDir);
});

test.afterAll(async () => {
  await server?.close();
});

/** Opens `route` with the browser's clock at `time` (the script reads it on load). */
async function openAt(page: Page, route: string, time: Date): Promise<void> {
  await page.clock.install({ time });
  await page.goto(`${server.url}${route}`);
}

/** The dates of the day sections a reader sees, top to bottom. */
function shownDays(page: Page): Promise<string[]> {
  return page
    .locator("section[data-day]:visible")
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-day") ?? ""));
}

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

const listPages = [
  "/nl/",
  "/nl/week/",
  "/nl/evenings-weekends/",
  "/nl/needs/meet/",
  "/nl/needs/meet/2/",
  `/nl/week/${built}/`,
  "/ar/week/",
  "/ar/needs/talk/",
];

for (const route of listPages) {
  test(`${route}: compact rows, at most eight phone screens, within 20 KB, passes axe`, async ({
    page,
  }) => {
    await openAt(page, route, later(0));
    const rows = page.locator('ul[data-density="rows"] > li, [data-day-rows] > li');
    expect(await rows.count()).toBeGreaterThan(0);
    // Rows, not cards: no read-aloud button or fact list per entry.
    expect(await page.locator("main [data-read-aloud], main article").count()).toBe(0);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(
      height,
      `${route} is ${(height / phoneScreen.height).toFixed(1)} screens`,
    ).toBeLessThanOrEqual(maxPageHeight);
    const load = weight(route);
    // The stylesheet and scripts were found and counted, not just the HTML.
    expect(load.assets.length).toBeGreaterThan(0);
    expect(load.total).toBeLessThanOrEqual(budgets.keyPageFirstLoad);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test.describe("lists that start at today", () => {
  test("the week page's first day heading is today's, with its badge", async ({ page }) => {
    await openAt(page, "/nl/week/", later(0));
    const first = page.locator("section[data-day]:visible").first();
    await expect(first).toHaveAttribute("data-day", built);
    await expect(first.getByRole("heading", { level: 2 })).toContainText("woensdag 2 december");
    await expect(first.locator("[data-today-badge]")).toBeVisible();
    expect(await shownDays(page)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(built, i)));
    // The row of day links starts at today, which is marked as the current date.
    const links = page.getByRole("navigation", { name: "Naar een dag" }).getByRole("link");
    await expect(links).toHaveCount(7);
    await expect(links.first()).toHaveAttribute("aria-current", "date");
    await expect(links.first()).toHaveText("wo 2");
  });

  test("three days later the past days are gone and today comes first", async ({ page }) => {
    await openAt(page, "/nl/week/", later(3));
    expect(await shownDays(page)).toEqual(
      Array.from({ length: 7 }, (_, i) => addDays(built, i + 3)),
    );
    await expect(
      page.locator("section[data-day]:visible").first().locator("[data-today-badge]"),
    ).toBeVisible();
    const links = page.getByRole("navigation", { name: "Naar een dag" }).getByRole("link");
    await expect(links).toHaveCount(7);
    await expect(links.first()).toHaveAttribute("aria-current", "date");
    await expect(links.first()).toHaveAttribute("href", `#day-${addDays(built, 3)}`);
  });

  test("seven days after the build the week page still starts at today", async ({ page }) => {
    await openAt(page, "/nl/week/", later(7));
    const days = await shownDays(page);
    expect(days[0]).toBe(addDays(built, 7));
    expect(days).toHaveLength(7);
    await expect(page.locator("[data-stale-notice]")).toBeHidden();
  });

  test("seven days after the build the home page shows that day's first rows", async ({ page }) => {
    const target = addDays(built, 7);
    // What that day's own page lists first.
    await page.goto(`${server.url}/nl/week/${target}/`);
    const expected = await page
      .locator("[data-day-rows] > li a[href*='/initiatives/']")
      .evaluateAll(
        (links, n) => links.slice(0, n).map((a) => a.getAttribute("href")),
        homeTodayLimit,
      );
    expect(expected.length).toBeGreaterThan(0);

    await openAt(page, "/nl/", later(7));
    const today = page.locator("[data-today-box] [data-day]");
    await expect(today).toHaveAttribute("data-day", target);
    await expect(today.locator("[data-day-label]")).toHaveText("woensdag 9 december");
    const shown = await today
      .locator("[data-day-rows] > li a[href*='/initiatives/']")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(shown).toEqual(expected);
    await expect(today.getByRole("link", { name: "Alles van vandaag bekijken" })).toHaveAttribute(
      "href",
      `/nl/week/${target}/`,
    );
    await expect(page.locator("[data-today-box] [data-stale-notice]")).toBeHidden();
  });

  test("the home page on the build day lists today's first rows, and links to the rest", async ({
    page,
  }) => {
    await openAt(page, "/nl/", later(0));
    const today = page.locator("[data-today-box] [data-day]");
    await expect(today).toHaveAttribute("data-day", built);
    await expect(today.locator("[data-day-rows] > li")).toHaveCount(homeTodayLimit);
    await today.getByRole("link", { name: "Alles van vandaag bekijken" }).click();
    await expect(page).toHaveURL(new RegExp(`/nl/week/${built}/$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("woensdag 2 december");
  });

  test("evenings and weekends three days later start at today", async ({ page }) => {
    await openAt(page, "/nl/evenings-weekends/", later(3));
    const days = await shownDays(page);
    expect(days[0]).toBe(addDays(built, 3));
    expect(days).toHaveLength(7);
  });

  test("without JavaScript the week starts at the build day, and day links jump", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: phoneScreen.width, height: phoneScreen.height },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/nl/week/`);
    expect(await shownDays(page)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(built, i)));
    const target = addDays(built, 4);
    await page
      .getByRole("navigation", { name: "Naar een dag" })
      .getByRole("link", { name: "zo 6" })
      .click();
    await expect(page).toHaveURL(new RegExp(`#day-${target}$`));
    await expect(page.locator(`#day-${target}`)).toBeInViewport();
    await context.close();
  });
});

test.describe("the rest of a long list", () => {
  test("'all of this day' leads to the day's pages, which list every occurrence", async ({
    page,
  }) => {
    await openAt(page, "/nl/week/", later(0));
    const more = page
      .locator(`section[data-day="${built}"]`)
      .getByRole("link", { name: /^Alles op woensdag 2 december/ });
    const total = Number((await more.textContent())?.match(/\((\d+)\)/)?.[1]);
    expect(total).toBeGreaterThan(3);
    await more.click();
    await expect(page).toHaveURL(new RegExp(`/nl/week/${built}/$`));
    let listed = 0;
    for (;;) {
      listed += await page.locator("[data-day-rows] > li").count();
      const next = page.getByRole("link", { name: "Volgende pagina" });
      if ((await next.count()) === 0) break;
      await next.click();
    }
    expect(listed).toBe(total);
  });

  test("a need's pages together list every entry once, with links between them", async ({
    page,
  }) => {
    await page.goto(`${server.url}/nl/needs/meet/`);
    const count = Number((await page.locator("main > p").first().textContent())?.match(/\d+/)?.[0]);
    const slugs: string[] = [];
    for (;;) {
      slugs.push(
        ...(await page
          .locator('ul[data-density="rows"] > li')
          .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-slug") ?? ""))),
      );
      const next = page.getByRole("link", { name: "Volgende pagina" });
      if ((await next.count()) === 0) break;
      await next.click();
      await expect(page.getByRole("link", { name: "Vorige pagina" })).toBeVisible();
    }
    expect(slugs.length).toBe(count);
    expect(new Set(slugs).size).toBe(count);
    await expect(page.getByRole("link", { name: /^Pagina \d+$/ }).last()).toHaveAttribute(
      "aria-current",
      "page",
    );
  });

  test("a row leads to the entry's full page", async ({ page }) => {
    await page.goto(`${server.url}/nl/needs/meet/`);
    const link = page.locator('ul[data-density="rows"] li a').first();
    const title = (await link.textContent())?.trim() ?? "";
    await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test("rows of a busy day are still marked open now", async ({ page }) => {
    await openAt(page, `/nl/week/${built}/`, later(0));
    const row = page.locator("[data-day-rows] > li[data-start]").first();
    const start = Number(await row.getAttribute("data-start"));
    // Half an hour after that row starts, on a fresh load, it is open.
    await page.clock.setFixedTime(start + 30 * 60_000);
    await page.reload();
    await expect(
      page.locator("[data-day-rows] > li[data-start]").first().locator("[data-open-label]"),
    ).toBeVisible();
  });
});
