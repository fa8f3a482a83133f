/**
 * No list page of the sample is longer than eight phone screens (360×740) in any
 * locale: the home page, the week and evenings-and-weekends pages, every need page
 * and every place page with what's on there (lib/guide/list-pages.ts; the same at
 * 200 entries in long-lists.spec.ts and at 1,000 in lists-scale.spec.ts).
 */
import { expect, test } from "@playwright/test";
import { maxPageHeight, maxScreens, phoneScreen } from "../../src/lib/guide/list-pages.ts";
import { needs } from "../../src/lib/facts.ts";
import { guide } from "./guide.ts";

test.use({ viewport: { width: phoneScreen.width, height: phoneScreen.height } });

const usedNeeds = needs.filter((need) => guide.initiatives.some((i) => i.needs.includes(need)));

for (const locale of guide.site.locales) {
  test(`/${locale}/: list pages are at most ${maxScreens} phone screens long`, async ({ page }) => {
    test.setTimeout(120_000);
    const routes = [
      `/${locale}/`,
      `/${locale}/week/`,
      `/${locale}/evenings-weekends/`,
      ...usedNeeds.map((need) => `/${locale}/needs/${need}/`),
      ...guide.places.map((place) => `/${locale}/places/${place.slug}/`),
    ];
    const tooLong: string[] = [];
    for (const route of routes) {
      await page.goto(route);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (height > maxPageHeight) {
        tooLong.push(`${route}: ${(height / phoneScreen.height).toFixed(1)} screens`);
      }
    }
    expect(tooLong).toEqual([]);
  });
}
