/**
 * Every page type in Dutch and Arabic: axe (WCAG 2.2 A/AA) finds nothing, and no
 * request leaves the site's origin.
 */
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { guide, pageTypes } from "./guide.ts";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

const routes = [
  "/",
  ...pageTypes("nl"),
  ...pageTypes("ar"),
  "/nl/providers/",
  "/ar/providers/",
  "/nl/posters/",
  "/ar/posters/",
  `/posters/${guide.initiatives[0]!.slug}/`,
  `/posters/places/${guide.places[0]!.slug}/?size=a3&lang=ar`,
];

{
  for (const route of routes) {
    test(`${route}: no axe violation, no request to another origin`, async ({ page, baseURL }) => {
      const foreign: string[] = [];
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL ?? "") && !url.startsWith("data:")) foreign.push(url);
      });
      await page.goto(route);
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
      expect(summary).toEqual([]);
      expect(foreign).toEqual([]);
      const cookies = await page.context().cookies();
      expect(cookies).toEqual([]);
    });
  }
}
