/** A resident's way through the guide, in Debian's Chromium, with and without scripts. */
import { expect, test } from "@playwright/test";
import { guide } from "./guide.ts";

test("language chooser → need → initiative → place", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("link", { name: /Meet people/ }).click();
  await expect(page).toHaveURL(/\/en\/needs\/meet\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meet people");

  // A card's title or, in a list longer than a page of cards, a row's.
  const first = page.locator("main li a[href*='/en/initiatives/']").first();
  const title = await first.textContent();
  await first.click();
  await expect(page).toHaveURL(/\/en\/initiatives\/[a-z0-9-]+\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title ?? "");
  await expect(page.getByRole("heading", { name: "When" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Who you meet" })).toBeVisible();

  const placeLink = page.locator("#where ~ ul a[href*='/en/places/']").first();
  const placeName = (await placeLink.textContent())?.trim() ?? "";
  await placeLink.click();
  await expect(page).toHaveURL(/\/en\/places\/[a-z0-9-]+\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(placeName);
  await expect(page.getByRole("heading", { name: "What's on here" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Show on a map" })).toHaveAttribute(
    "href",
    /openstreetmap\.org/,
  );
});

test.describe("with the browser preferring Arabic", () => {
  test.use({ locale: "ar-SY" });
  test("the chooser lists Arabic first", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("#language-list li").first()).toHaveAttribute("data-locale", "ar");
  });
});

test.describe("before any script runs", () => {
  test.use({ javaScriptEnabled: false });
  test("the home page, tiles and today work", async ({ page }) => {
    await page.goto("/nl/");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.locator("#needs ~ div a").first()).toBeVisible();
    await page.goto("/ar/");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const tiles = await page.locator("#needs ~ div a").count();
    expect(tiles).toBeGreaterThan(3);
  });
});

test("an Arabic page lays out right to left", async ({ page }) => {
  const initiative = guide.initiatives[0]!;
  await page.goto(`/ar/initiatives/${initiative.slug}/`);
  const main = page.locator("#main");
  expect(await main.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  // Section headings run from the right: the icon stands right of its words.
  const heading = page.locator("#main section h2").first();
  const icon = await heading.locator("svg").first().boundingBox();
  const words = await heading.boundingBox();
  expect(icon!.x + icon!.width).toBeGreaterThan(words!.x + words!.width - 2);
  // A title not yet in Arabic is its own left-to-right run, so its full stops and
  // numbers stay where a Dutch reader expects them.
  const h1 = page.getByRole("heading", { level: 1 });
  const lang = await h1.getAttribute("lang");
  if (lang && lang !== "ar") await expect(h1).toHaveAttribute("dir", "ltr");
});
