/**
 * An entry nobody checked for months: the banner, "last checked" and the report
 * links pass axe (WCAG 2.2 AA) in Dutch and Arabic, and loading the page asks
 * nothing of another origin (the report links are links, followed only on a tap).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { guide } from "./guide.ts";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const oldest = [...guide.initiatives].sort((a, b) =>
  a.lastVerified < b.lastVerified ? -1 : 1,
)[0]!;

for (const locale of ["nl", "ar"]) {
  test(`${locale}: the oldest entry's page is accessible and loads nothing foreign`, async ({
    page,
    baseURL,
  }) => {
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(baseURL ?? "")) foreign.push(request.url());
    });
    await page.goto(`/${locale}/initiatives/${oldest.slug}/`);
    await expect(page.locator("[data-last-checked] time")).toHaveAttribute(
      "datetime",
      oldest.lastVerified,
    );
    await expect(page.locator("[data-report] a[data-reason]")).toHaveCount(4);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(foreign).toEqual([]);
  });
}
