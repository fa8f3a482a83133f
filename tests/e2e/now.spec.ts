/**
 * A page rendered at build time and read on another day: the script marks the right
 * "today" in the site's time zone, whatever the device's zone, and marks what is
 * open now.
 */
import { expect, test, type Page } from "@playwright/test";
import { addDays, instantOf } from "../../src/lib/schedule/index.ts";
import { guide } from "./guide.ts";

const timeZone = guide.site.timeZone;

async function buildDay(page: Page, path: string): Promise<string> {
  await page.goto(path);
  const day = page.locator("[data-day]:has([data-today-badge]:not([hidden]))").first();
  return (await day.getAttribute("data-day")) ?? "";
}

test.describe("in a device time zone far from the site's", () => {
  test.use({ timezoneId: "Pacific/Kiritimati" });

  test("the week page viewed tomorrow marks tomorrow as today", async ({ page }) => {
    const built = await buildDay(page, "/nl/week/");
    const days = await page
      .locator("[data-day]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-day")));
    // Tomorrow, or yesterday when the site was built on Sunday: another day of that week.
    const target = days.includes(addDays(built, 1)) ? addDays(built, 1) : addDays(built, -1);
    // 00:30 in the site's zone: already the next day there, still "today" in UTC.
    await page.clock.setFixedTime(instantOf(target, "00:30", timeZone));
    await page.reload();
    const marked = page.locator("[data-day]:has([data-today-badge]:not([hidden]))");
    await expect(marked).toHaveCount(1);
    await expect(marked).toHaveAttribute("data-day", target);
  });

  test("the home page viewed two days later lists that day", async ({ page }) => {
    await page.goto("/nl/");
    const built = await page.locator("[data-day]:not([hidden])").getAttribute("data-day");
    const target = addDays(built ?? "", 2);
    await page.clock.setFixedTime(instantOf(target, "12:00", timeZone));
    await page.reload();
    await expect(page.locator("[data-day]:not([hidden])")).toHaveAttribute("data-day", target);
  });

  test("an occurrence running now is marked open, and the next one next", async ({ page }) => {
    await page.goto("/nl/week/");
    const first = page.locator("[data-start]").first();
    const start = Number(await first.getAttribute("data-start"));
    await page.clock.setFixedTime(new Date(start + 60_000));
    await page.reload();
    const row = page.locator(`[data-start="${start}"]`).first();
    await expect(row.locator("[data-open-label]")).toBeVisible();
    await expect(page.locator("[data-next-label]:visible")).toHaveCount(1);
  });

  test("a page read after the last day it was built for says its list may be out of date", async ({
    page,
  }) => {
    await page.goto("/nl/");
    const built = await page.locator("[data-day]:not([hidden])").getAttribute("data-day");
    // The week pages are built for two weeks of days (lib/guide/list-pages.ts daysBuilt).
    await page.clock.setFixedTime(instantOf(addDays(built ?? "", 15), "12:00", timeZone));
    await page.reload();
    await expect(page.locator("[data-stale-notice]")).toBeVisible();
    await expect(page.locator("[data-day]:not([hidden])")).toHaveCount(0);
  });
});
