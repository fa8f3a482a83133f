/**
 * The providers' overview in Chromium: a shared link with filters narrows the
 * table and fills the form, changing a filter updates the URL, sorting reorders
 * rows and says so with aria-sort, and without JavaScript the full list is shown
 * with a note. The share button on an entry page copies the link.
 */
import { expect, test, type Page } from "@playwright/test";
import { guide } from "./guide.ts";

const visibleSlugs = (page: Page) =>
  page
    .locator("#providers-table tbody tr:not([hidden])")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-slug") ?? ""));

const total = guide.initiatives.length;

test("a link with filters narrows the table and fills the form", async ({ page }) => {
  const expected = guide.initiatives
    .filter((i) => i.needs.includes("talk") && i.womenOnly)
    .map((i) => i.slug)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(total);
  await page.goto("/nl/providers/?need=talk&womenOnly=1");
  expect((await visibleSlugs(page)).sort()).toEqual(expected);
  await expect(page.locator("#filter-need")).toHaveValue("talk");
  await expect(page.locator("#filter-womenOnly")).toBeChecked();
  await expect(page.locator("#providers-count")).toContainText(`${expected.length}`);
  await expect(page.locator("#providers-count")).toContainText(`${total}`);
  await expect(page.locator("#providers-static-note")).toBeHidden();
});

test("changing a filter updates the rows, the live region and the URL", async ({ page }) => {
  await page.goto("/en/providers/");
  expect(await visibleSlugs(page)).toHaveLength(total);
  await page.locator("#filter-day").selectOption("sa");
  await page.locator("#filter-time").selectOption("morning");
  const expected = guide.initiatives
    .filter((i) => i.schedule.some((r) => r.days.includes("sa") && r.from < "12:00"))
    .map((i) => i.slug)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  await expect.poll(async () => (await visibleSlugs(page)).sort()).toEqual(expected);
  expect(new URL(page.url()).search).toBe("?day=sa&time=morning");
  await expect(page.locator("#providers-count")).toHaveText(
    `Shown: ${expected.length} of ${total}`,
  );
  await page.getByRole("link", { name: "Show all" }).click();
  await expect.poll(async () => (await visibleSlugs(page)).length).toBe(total);
  expect(new URL(page.url()).search).toBe("");
});

test("an older link with part= (now time=) still narrows the table", async ({ page }) => {
  const expected = guide.initiatives
    .filter((i) => i.schedule.some((r) => r.days.includes("sa") && r.from < "12:00"))
    .map((i) => i.slug)
    .sort();
  await page.goto("/en/providers/?day=sa&part=morning");
  expect((await visibleSlugs(page)).sort()).toEqual(expected);
  await expect(page.locator("#filter-time")).toHaveValue("morning");
});

test("sorting by a column changes the order and aria-sort", async ({ page }) => {
  await page.goto("/en/providers/");
  const nameHeader = page.locator("#providers-table thead th").first();
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  const byName = await visibleSlugs(page);
  const costHeader = page.locator("#providers-table thead th", { hasText: "Cost" });
  await costHeader.getByRole("button").click();
  await expect(costHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(nameHeader).not.toHaveAttribute("aria-sort", /.*/);
  const ascending = await visibleSlugs(page);
  expect(ascending).not.toEqual(byName);
  const cost = (slug: string) => {
    const c = guide.initiatives.find((i) => i.slug === slug)!.cost;
    return c === "free" ? 0 : c;
  };
  const costs = ascending.map(cost);
  expect(costs).toEqual([...costs].sort((a, b) => a - b));
  await costHeader.getByRole("button").click();
  await expect(costHeader).toHaveAttribute("aria-sort", "descending");
  const descending = (await visibleSlugs(page)).map(cost);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  const box = await costHeader.getByRole("button").boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the full list is shown, and the page says the filters cannot narrow it", async ({
    page,
  }) => {
    await page.goto("/nl/providers/?need=talk&womenOnly=1");
    expect(await visibleSlugs(page)).toHaveLength(total);
    await expect(page.locator("#providers-static-note")).toBeVisible();
    await expect(page.locator("#providers-table thead button")).toHaveCount(0);
  });
});

test("the share button copies the page's link where there is no share sheet", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    // Desktop Chromium may have a share sheet; test the fallback everyone else gets.
    Object.defineProperty(navigator, "share", { value: undefined });
  });
  const slug = guide.initiatives[0]!.slug;
  await page.goto(`/en/initiatives/${slug}/#who`);
  const button = page.getByRole("button", { name: "Share" });
  await expect(button).toBeVisible();
  expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  await button.click();
  await expect(page.locator("[data-share-status]")).toHaveText("The link is copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/en/initiatives/${slug}/`);
});
