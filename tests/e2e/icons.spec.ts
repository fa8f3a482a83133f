/**
 * Icons are drawn once per page and shown by reference (lib/icon-drawing.ts): the
 * browser must still paint every one. Each visible icon's pixels, taken from a
 * screenshot of the icon alone, hold strokes in a colour of their own, on screen, in
 * search results cloned from a template, and on a poster under print.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { guide } from "./guide.ts";

/** The share of an element's pixels that differ clearly from its commonest colour. */
async function inkShare(element: Locator): Promise<number> {
  const png = PNG.sync.read(await element.screenshot({ animations: "disabled" }));
  const counts = new Map<number, number>();
  const colours: number[] = [];
  for (let i = 0; i < png.data.length; i += 4) {
    const colour = (png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!;
    colours.push(colour);
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const background = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const distance = (a: number, b: number) =>
    Math.abs((a >> 16) - (b >> 16)) +
    Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)) +
    Math.abs((a & 255) - (b & 255));
  return colours.filter((colour) => distance(colour, background) > 90).length / colours.length;
}

/** Every visible icon in `scope` whose painted share is below what any icon covers. */
async function blankIcons(page: Page, scope: string): Promise<string[]> {
  const icons = page.locator(`${scope} svg:has(> use)`).filter({ visible: true });
  const count = await icons.count();
  expect(count, scope).toBeGreaterThan(0);
  const blank: string[] = [];
  for (let i = 0; i < count; i++) {
    const icon = icons.nth(i);
    if ((await inkShare(icon)) < 0.05) {
      blank.push((await icon.locator("use").getAttribute("href")) ?? `icon ${i}`);
    }
  }
  return blank;
}

test("an icon whose symbol is missing paints nothing, so the checks below can fail", async ({
  page,
}) => {
  await page.goto(`/nl/initiatives/${guide.initiatives[0]!.slug}/`);
  const icon = page.locator("#main svg:has(> use)").first();
  expect(await inkShare(icon)).toBeGreaterThan(0.05);
  await icon.locator("use").evaluate((use) => use.setAttribute("href", "#i-no-such-icon"));
  expect(await inkShare(icon)).toBeLessThan(0.01);
});

test("every icon on an entry page is painted, left to right and right to left", async ({
  page,
}) => {
  const entry = guide.initiatives.find((i) => i.needs.length > 0 && i.schedule.length > 0)!;
  for (const locale of ["nl", "ar"]) {
    await page.goto(`/${locale}/initiatives/${entry.slug}/`);
    expect(await blankIcons(page, "body"), locale).toEqual([]);
  }
});

test("search results show the icons their template holds", async ({ page }) => {
  await page.goto("/nl/search/");
  await page.getByRole("searchbox").fill("koffie");
  await expect(page.locator("[data-search-results] li").first()).toBeVisible();
  expect(await blankIcons(page, "[data-search-results]")).toEqual([]);
});

test("a poster's pictograms are painted when printed", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await page.goto(`/posters/${guide.initiatives[0]!.slug}/`);
  expect(await blankIcons(page, "body")).toEqual([]);
});
