/**
 * Quick exit: Escape pressed twice, or the button, replaces the page with the
 * neutral site (Back does not return to the guide); without JavaScript the button is
 * a plain link. The neutral site is intercepted: no request leaves this machine, the
 * test only sees which address the browser tried to open.
 */
import { expect, test, type Page } from "@playwright/test";
import { quickExitOf } from "../../src/lib/quick-exit.ts";
import { guide } from "./guide.ts";

const exitUrl = quickExitOf(guide.site).url;
const exitOrigin = new URL(exitUrl).origin;

/** Answers every request to the neutral site locally and records it. */
async function interceptExit(page: Page): Promise<string[]> {
  const attempted: string[] = [];
  await page.route(`${exitOrigin}/**`, async (route) => {
    attempted.push(route.request().url());
    await route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<!doctype html><html lang=en><title>Weather</title><p>Sunny</p></html>",
    });
  });
  return attempted;
}

test("Escape pressed twice replaces the page with the neutral site", async ({ page }) => {
  const attempted = await interceptExit(page);
  await page.goto("/nl/");
  await page.goto("/nl/week/");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForURL(exitUrl);
  expect(attempted).toEqual([exitUrl]);
  await expect(page.locator("p")).toHaveText("Sunny");
  // Replaced, not added: Back skips the page the reader was on.
  await page.goBack();
  await expect(page).toHaveURL(/\/nl\/$/);
});

test("one Escape, or two far apart, keeps the page", async ({ page }) => {
  const attempted = await interceptExit(page);
  await page.goto("/nl/about/");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(1800);
  await page.keyboard.press("Escape");
  await page.waitForTimeout(500);
  await expect(page).toHaveURL(/\/nl\/about\/$/);
  expect(attempted).toEqual([]);
});

test("the button replaces the page too, in the reader's language", async ({ page }) => {
  const attempted = await interceptExit(page);
  await page.goto("/ar/");
  await page.goto("/ar/about/");
  const button = page.getByRole("link", { name: "خروج سريع" });
  await button.click();
  await page.waitForURL(exitUrl);
  expect(attempted).toEqual([exitUrl]);
  await page.goBack();
  await expect(page).toHaveURL(/\/ar\/$/);
});

test.describe("on a small phone", () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test("the button is big enough and sits at the bottom, on the reading end's side", async ({
    page,
  }) => {
    for (const [locale, side] of [
      ["nl", "right"],
      ["ar", "left"],
    ] as const) {
      await page.goto(`/${locale}/`);
      const box = await page.locator("[data-quick-exit]").boundingBox();
      expect(box).not.toBeNull();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(640 - (box!.y + box!.height)).toBeLessThan(24);
      if (side === "right") expect(360 - (box!.x + box!.width)).toBeLessThan(24);
      else expect(box!.x).toBeLessThan(24);
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the quick-exit link still leaves the site", async ({ page }) => {
    const attempted = await interceptExit(page);
    await page.goto("/nl/initiatives/koffieochtend/");
    const link = page.getByRole("link", { name: "Snel weg" });
    await expect(link).toHaveAttribute("href", exitUrl);
    await expect(link).toHaveAttribute("rel", /noreferrer/);
    await link.click();
    await page.waitForURL(exitUrl);
    expect(attempted).toEqual([exitUrl]);
  });
});
