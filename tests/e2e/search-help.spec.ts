/**
 * Search that finds help (issue 13), in Chromium on the built site: feeling words put
 * an entry for talking or meeting people first and are never shown back; one-letter
 * typos still find the entry; with no result the page offers the other languages and
 * the topics; the search lives in the address (load, reload, Back); a filter ticked on
 * a phone brings the count into view; and the page does not shift while it loads.
 *
 * Expected entries are read from the content (any content: nothing here names a
 * sample entry), so these hold for a guide that is not this repository's.
 */
import { expect, test, type Page } from "@playwright/test";
import { guide } from "./guide.ts";
import { uiResources } from "../../src/lib/i18n/resources.ts";
import type { Initiative } from "../../src/lib/content/model.ts";
import { translator } from "../../src/lib/i18n/translator.ts";
import { pluralTemplates, pluralText } from "../../src/lib/search/plural.ts";

const phone = { width: 360, height: 740 };

/** The initiative a result links to, by the slug in its address. */
function initiativeOf(href: string): Initiative | undefined {
  const slug = /\/initiatives\/([^/]+)\//.exec(href)?.[1];
  return guide.initiatives.find((i) => i.slug === slug);
}

/** The result links shown, once the count has been announced. */
async function resultLinks(page: Page): Promise<string[]> {
  await expect(page.getByRole("status")).not.toBeEmpty();
  return page
    .locator("[data-search-results] li h2 a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

async function search(page: Page, locale: string, query: string): Promise<string[]> {
  await page.goto(`/${locale}/search/`);
  await page.getByRole("searchbox").fill(query);
  await page.getByRole("searchbox").press("Enter");
  return resultLinks(page);
}

/** Presses "show more" until every result is listed. */
async function showAll(page: Page): Promise<void> {
  const items = page.locator("[data-search-results] li");
  const more = page.locator("[data-search-more]");
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    await expect(items).not.toHaveCount(before);
  }
}

function countText(locale: string, count: number): string {
  return pluralText(pluralTemplates("search.results", locale, translator(locale)), count, locale);
}

const entryText = (initiative: Initiative, locale: string) => {
  const text = initiative.text[locale];
  return text ? `${text.title} ${text.summary} ${text.body}` : "";
};

test.describe("feeling words", () => {
  const cases: [locale: string, word: string][] = [
    ["nl", "depressie"],
    ["nl", "eenzaam"],
    ["nl", "somber"],
    ["nl", "angst"],
    ["nl", "ggz"],
    ["en", "lonely"],
    ["tr", "yalnız"],
    ["ar", "وحدة"],
  ];
  for (const [locale, word] of cases) {
    test(`${locale} "${word}" puts an entry for talking or meeting people first, and never shows the word`, async ({
      page,
    }) => {
      expect(
        guide.initiatives.some((i) => i.needs.includes("talk") || i.needs.includes("meet")),
      ).toBe(true);
      const hrefs = await search(page, locale, word);
      expect(hrefs.length).toBeGreaterThan(0);
      const first = initiativeOf(hrefs[0]!);
      expect(first, hrefs[0]).toBeDefined();
      expect(
        first!.needs.some((need) => need === "talk" || need === "meet"),
        hrefs[0],
      ).toBe(true);
      // Every result shown, with "show more" pressed until all are: the word is not
      // there unless the entry's own text says it (the site never adds it).
      await showAll(page);
      const items = page.locator("[data-search-results] li");
      for (const item of await items.all()) {
        const href = (await item.getByRole("link").getAttribute("href")) ?? "";
        const own = entryText(initiativeOf(href) ?? ({ text: {} } as Initiative), locale);
        const shown = (await item.innerText()).toLocaleLowerCase(locale);
        if (!own.toLocaleLowerCase(locale).includes(word)) expect(shown, href).not.toContain(word);
      }
      // Nor anywhere else the search writes.
      for (const part of ["[data-search-note]", "[data-search-status]"]) {
        expect((await page.locator(part).innerText()).toLocaleLowerCase(locale)).not.toContain(
          word,
        );
      }
    });
  }
});

test.describe("one-letter typos", () => {
  test('"kofie" finds the coffee entry', async ({ page }) => {
    const coffee = guide.initiatives.filter((i) => /\bkoffie/iu.test(i.text.nl?.title ?? ""));
    expect(coffee.length).toBeGreaterThan(0);
    const hrefs = await search(page, "nl", "kofie");
    expect(coffee.map((i) => i.slug)).toContain(initiativeOf(hrefs[0]!)?.slug);
  });

  test("a letter dropped, added, changed or swapped in a title's long word still finds the entry", async ({
    page,
  }) => {
    // Words of seven letters or more from Dutch titles, each made wrong four ways.
    const picks = guide.initiatives
      .flatMap((i) => (i.text.nl?.title.match(/\p{L}{7,}/gu) ?? []).map((word) => ({ i, word })))
      .slice(0, 3);
    expect(picks.length).toBeGreaterThan(0);
    for (const { i, word } of picks) {
      const w = word.toLowerCase();
      const middle = Math.floor(w.length / 2);
      const typos = [
        w.slice(0, middle) + w.slice(middle + 1),
        w.slice(0, middle) + "x" + w.slice(middle),
        w.slice(0, middle) + (w[middle] === "q" ? "z" : "q") + w.slice(middle + 1),
        w.slice(0, middle) + w[middle + 1] + w[middle] + w.slice(middle + 2),
      ];
      for (const typo of typos) {
        if (typo === w) continue;
        await search(page, "nl", typo);
        await showAll(page);
        const slugs = (
          await page
            .locator("[data-search-results] li h2 a")
            .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))
        ).map((href) => initiativeOf(href)?.slug);
        expect(slugs, `${typo} for ${word}`).toContain(i.slug);
      }
    }
  });
});

test("an Arabic word on the Dutch page: nothing found, it says the script, Arabic first, topics", async ({
  page,
}) => {
  const word = "وحدة";
  const hrefs = await search(page, "nl", word);
  expect(hrefs).toEqual([]);
  await expect(page.getByRole("status")).toHaveText(uiResources.nl!["search.none"]!);
  const script = new Intl.DisplayNames(["nl"], { type: "script" }).of("Arab")!;
  await expect(page.locator("[data-search-script]")).toContainText(script);
  const others = page.locator("a[data-search-other]");
  await expect(others.first()).toHaveAttribute("lang", "ar");
  expect(await others.count()).toBe(guide.site.locales.length - 1);
  await expect(page.locator("#browse ~ div a[href*='/nl/needs/']").first()).toBeVisible();
  // The Arabic search, with the same word, finds help.
  await others.first().click();
  await expect(page).toHaveURL(/\/ar\/search\/\?q=/);
  await expect(page.getByRole("searchbox")).toHaveValue(word);
  const found = await resultLinks(page);
  expect(found.length).toBeGreaterThan(0);
  expect(found[0]).toMatch(/^\/ar\//);
});

test.describe("the search lives in the address", () => {
  test("?q=koffie loads with results", async ({ page }) => {
    await page.goto("/nl/search/?q=koffie");
    await expect(page.getByRole("searchbox")).toHaveValue("koffie");
    const hrefs = await resultLinks(page);
    expect(hrefs.length).toBeGreaterThan(0);
    const count = await countOf(page);
    expect(count).toBeGreaterThanOrEqual(hrefs.length);
    await expect(page.getByRole("status")).toHaveText(countText("nl", count));
  });

  test("words and filters survive a reload and Back", async ({ page }) => {
    const strings = uiResources.nl!;
    const talk = guide.initiatives.filter((i) => i.needs.includes("talk"));
    expect(talk.length).toBeGreaterThan(0);
    await page.goto("/nl/search/");
    await page.locator("summary", { hasText: strings["search.filters"]! }).click();
    await page.getByRole("checkbox", { name: strings["need.talk"]! }).check();
    await expect(page.getByRole("status")).toHaveText(countText("nl", talk.length));
    await expect(page).toHaveURL(/[?&]need=talk(&|$)/);

    await page.reload();
    const box = page.getByRole("checkbox", { name: strings["need.talk"]!, includeHidden: true });
    await expect(box).toBeChecked();
    await expect(page.getByRole("status")).toHaveText(countText("nl", talk.length));

    // Open a result, then come back: the same search, the same results.
    const first = page.locator("[data-search-results] li h2 a").first();
    const href = await first.getAttribute("href");
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await page.goBack();
    await expect(page).toHaveURL(/[?&]need=talk(&|$)/);
    await expect(box).toBeChecked();
    await expect(page.getByRole("status")).toHaveText(countText("nl", talk.length));
    await expect(page.locator("[data-search-results] li").first()).toBeVisible();
  });
});

/** The number in the announced count, for comparing with Intl's plural text. */
async function countOf(page: Page): Promise<number> {
  return Number(/\d+/.exec(await page.getByRole("status").innerText())?.[0] ?? NaN);
}

test("on a phone, ticking a filter brings the announced count into view", async ({ page }) => {
  await page.setViewportSize(phone);
  const strings = uiResources.nl!;
  await page.goto("/nl/search/");
  await page.locator("summary", { hasText: strings["search.filters"]! }).click();
  // The first filter of the panel: the count is screens below it.
  const box = page.locator("input[data-facet]").first();
  await page
    .locator("summary", { hasText: strings["search.filters"]! })
    .evaluate((summary) => summary.scrollIntoView({ block: "start" }));
  const status = page.getByRole("status");
  await expect(status).not.toBeInViewport();
  await box.check();
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expect(status).toHaveText(/\d/);
  await expect(status).toBeInViewport();
});

test.describe("no layout shift while the search page loads", () => {
  test.use({ viewport: phone });
  const pages = [
    "/nl/search/",
    "/nl/search/?q=koffie",
    "/nl/search/?q=kofie&need=meet",
    "/ar/search/?q=وحدة",
    "/nl/search/?q=qxwzvyk",
  ];
  for (const path of pages) {
    test(`${path}: layout shift below 0.05`, async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { cls: number };
        w.cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput) w.cls += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(path);
      if (path.includes("?")) await expect(page.getByRole("status")).not.toBeEmpty();
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(500);
      const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
      console.log(`CLS ${path}: ${cls.toFixed(4)}`);
      expect(cls).toBeLessThan(0.05);
    });
  }
});
