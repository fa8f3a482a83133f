/**
 * Search on the built sample site, in Chromium: stemming, prefixes and misspellings,
 * Arabic, Turkish dotted/dotless i, results that stay in the reader's language,
 * filters that combine, and a page that works before (and without) any script.
 * Expected entries come from the sample content, not from the index.
 */
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { guide } from "./guide.ts";
import { uiResources } from "../../src/lib/i18n/resources.ts";
import type { Initiative } from "../../src/lib/content/model.ts";
import { translator } from "../../src/lib/i18n/translator.ts";
import { pluralTemplates, pluralText } from "../../src/lib/search/plural.ts";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Types `query` on /<locale>/search/ and waits for the announced result count. */
async function search(page: Page, locale: string, query: string): Promise<string[]> {
  await page.goto(`/${locale}/search/`);
  await page.getByRole("searchbox").fill(query);
  return resultsAfterStatus(page);
}

/** Every result's link, after the count is announced (pressing "show more" as needed). */
async function resultsAfterStatus(page: Page): Promise<string[]> {
  await expect(page.getByRole("status")).not.toBeEmpty();
  await showAll(page);
  return page
    .locator("[data-search-results] li a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

async function openFilters(page: Page, summary: string): Promise<void> {
  await page.locator("summary", { hasText: summary }).click();
}

/** The announced count as i18next would say it in `locale` ("2 resultaten", "نتيجتان"). */
function countText(locale: string, count: number): string {
  return pluralText(pluralTemplates("search.results", locale, translator(locale)), count, locale);
}

/** Presses "show more" until every result is listed; focus moves to each new batch. */
async function showAll(page: Page): Promise<void> {
  const items = page.locator("[data-search-results] li");
  const more = page.locator("[data-search-more]");
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    await expect(items).not.toHaveCount(before);
    await expect(items.nth(before).getByRole("link")).toBeFocused();
  }
}

const slugOf = (href: string) => /\/initiatives\/([^/]+)\//.exec(href)?.[1];

function entryText(initiative: Initiative, locale: string): string {
  const text = initiative.text[locale];
  return text ? `${text.title} ${text.summary} ${text.body}` : "";
}

test.describe("Dutch", () => {
  test("a stem finds the walking group: 'wandeling' is in no text, 'wandelen' is", async ({
    page,
  }) => {
    const walking = guide.initiatives.find((i) => i.slug === "wandelgroep-park")!;
    expect(entryText(walking, "nl").toLowerCase()).toContain("wandel");
    for (const query of ["wandelen", "wandeling"]) {
      const hrefs = await search(page, "nl", query);
      expect(hrefs.map(slugOf), query).toContain("wandelgroep-park");
    }
  });

  test("a word's beginning, or a word misspelt at its end, finds the coffee morning", async ({
    page,
  }) => {
    const title = guide.initiatives.find((i) => i.slug === "koffieochtend")!.text.nl!.title;
    for (const query of ["koffieoch", "Koffieochtnd"]) {
      await search(page, "nl", query);
      await expect(
        page.locator("[data-search-results]").getByRole("link", { name: title }),
      ).toBeVisible();
    }
  });

  test("a typo near the start is corrected from the guide's own words, and the page says so", async ({
    page,
  }) => {
    const title = guide.initiatives.find((i) => i.slug === "koffieochtend")!.text.nl!.title;
    await search(page, "nl", "kofieochtend");
    await expect(
      page.locator("[data-search-results]").getByRole("link", { name: title }),
    ).toBeVisible();
    await expect(page.locator("[data-search-note]")).toContainText("kofieochtend");
    await expect(page.locator("[data-search-note]")).toContainText("koffieochtend");
  });

  test("words that match nothing: the page says so and offers topics", async ({ page }) => {
    const hrefs = await search(page, "nl", "qxwzvyk");
    expect(hrefs).toEqual([]);
    await expect(page.getByRole("status")).toHaveText(uiResources.nl!["search.none"]!);
    await expect(page.locator("#browse ~ div a[href*='/nl/needs/']").first()).toBeVisible();
  });

  test("the count is announced politely and results show kind, when and where", async ({
    page,
  }) => {
    const hrefs = await search(page, "nl", "koffie");
    const status = page.getByRole("status");
    await expect(status).toHaveAttribute("role", "status");
    await expect(status).toHaveText(countText("nl", hrefs.length));
    const first = page.locator("[data-search-results] li").first();
    await expect(first.locator("svg").first()).toBeVisible();
    await expect(first.locator("[data-slot=kind]")).not.toBeEmpty();
    await expect(first.locator("[data-slot=where]")).not.toBeEmpty();
  });
});

test("Arabic: an Arabic word finds the Arabic entry, laid out right to left", async ({ page }) => {
  const walking = guide.initiatives.find((i) => i.slug === "wandelgroep-park")!;
  const title = walking.text.ar!.title;
  expect(title).toContain("المشي");
  const hrefs = await search(page, "ar", "المشي");
  expect(hrefs.map(slugOf)).toContain("wandelgroep-park");
  await expect(
    page.locator("[data-search-results]").getByRole("link", { name: title }),
  ).toBeVisible();
  const direction = await page
    .locator("[data-search-results] li")
    .first()
    .evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe("rtl");
});

test.describe("Turkish dotted and dotless i", () => {
  /** Entries whose Turkish text has a word starting with `stem` (as written, with ı). */
  const having = (stem: RegExp) =>
    guide.initiatives
      .filter((i) => stem.test(entryText(i, "tr")))
      .map((i) => i.slug)
      .sort();

  // Typed in capitals (I is ı in Turkish), without Turkish letters, or as written: the
  // same entries each time. ("yalnız" is also a feeling word, so it finds more than
  // the entries that say it: those come first in the feeling words' own test.)
  const cases: [RegExp, string[], "exactly" | "at least"][] = [
    [/yalnız/iu, ["YALNIZ", "yalniz", "yalnız"], "at least"],
    [/sıkıntı/iu, ["SIKINTI", "sikinti"], "exactly"],
  ];
  for (const [stem, queries, how] of cases) {
    test(`${queries.join(", ")} find the same entries, ${how} those that say ${stem.source}`, async ({
      page,
    }) => {
      const expected = having(stem);
      expect(expected.length).toBeGreaterThan(0);
      let first: (string | undefined)[] | undefined;
      for (const query of queries) {
        const found = (await search(page, "tr", query)).map(slugOf).filter(Boolean).sort();
        if (how === "exactly") expect(found, query).toEqual(expected);
        else expect(found, query).toEqual(expect.arrayContaining(expected));
        first ??= found;
        expect(found, query).toEqual(first);
      }
    });
  }

  test("'İÇERİ' (dotted capitals) finds entries whose text says 'içeri'", async ({ page }) => {
    const expected = having(/içeri/u);
    expect(expected.length).toBeGreaterThan(0);
    const hrefs = await search(page, "tr", "İÇERİ");
    expect(hrefs.map(slugOf)).toEqual(expect.arrayContaining(expected));
  });
});

for (const locale of ["nl", "ar", "tr"]) {
  test.describe(`in ${locale}`, () => {
    test("results never leave the reader's language", async ({ page }) => {
      // The neighbourhood's name is on pages of every language.
      const hrefs = await search(page, locale, "Lindenhof");
      expect(hrefs.length).toBeGreaterThan(3);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/`));
    });

    test("need + women only narrows to the women-only entries, with counts", async ({ page }) => {
      const strings = uiResources[locale]!;
      const meet = guide.initiatives.filter((i) => i.needs.includes("meet"));
      const expected = meet.filter((i) => i.womenOnly).map((i) => i.slug);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(meet.length);

      await page.goto(`/${locale}/search/`);
      await openFilters(page, strings["search.filters"]!);
      const needMeet = page.getByRole("checkbox", { name: strings["need.meet"]! });
      await needMeet.check();
      let hrefs = await resultsAfterStatus(page);
      await showAll(page);
      await expect(page.locator("[data-search-results] li")).toHaveCount(meet.length);
      const womenOnly = page.locator("label", { hasText: strings["flag.womenOnly"]! });
      await expect(womenOnly.locator("[data-count]")).toHaveText(`(${expected.length})`);

      await womenOnly.getByRole("checkbox").check();
      await expect(page.getByRole("status")).toHaveText(countText(locale, expected.length));
      await expect(page.locator("[data-search-results] li")).toHaveCount(expected.length);
      hrefs = await resultsAfterStatus(page);
      expect(hrefs.map(slugOf).sort()).toEqual([...expected].sort());
      // With women only ticked, "meet" still counts what ticking it would give.
      await expect(
        page.locator("label", { hasText: strings["need.meet"]! }).locator("[data-count]"),
      ).toHaveText(`(${expected.length})`);
    });
  });
}

test("day + time of day hold for the same meeting, in the results and the counts", async ({
  page,
}) => {
  /** Initiatives with a morning meeting on `day`. */
  const morningOn = (day: string) =>
    guide.initiatives
      .filter((i) => i.schedule.some((r) => r.days.some((d) => d === day) && r.from < "12:00"))
      .map((i) => i.slug);
  const wednesdayMorning = morningOn("we");
  const someMorning = guide.initiatives.filter(
    (i) =>
      i.schedule.some((r) => r.days.includes("we")) && i.schedule.some((r) => r.from < "12:00"),
  );
  // Some initiative meets on Wednesday and on a morning, but not on a Wednesday morning.
  expect(someMorning.length).toBeGreaterThan(wednesdayMorning.length);
  expect(wednesdayMorning.length).toBeGreaterThan(0);

  await page.goto("/nl/search/");
  await openFilters(page, uiResources["nl"]!["search.filters"]!);
  await page.locator('input[data-facet="day:we"]').check();
  await resultsAfterStatus(page);
  await expect(page.locator('[data-count="time:morning"]')).toHaveText(
    `(${wednesdayMorning.length})`,
  );
  await page.locator('input[data-facet="time:morning"]').check();
  await expect(page.getByRole("status")).toHaveText(countText("nl", wednesdayMorning.length));
  const hrefs = await resultsAfterStatus(page);
  expect(hrefs.map(slugOf).sort()).toEqual([...wednesdayMorning].sort());
  await expect(page.locator('[data-count="day:sa"]')).toHaveText(`(${morningOn("sa").length})`);
});

test("the home page and every page's menu lead to the search page", async ({ page }) => {
  for (const locale of ["nl", "ar"]) {
    await page.goto(`/${locale}/`);
    const links = page.locator(`a[href="/${locale}/search/"]`);
    await expect(page.locator("main").locator(links)).toHaveCount(1);
    await expect(page.locator("footer nav").locator(links)).toHaveCount(1);
    await page.locator("main").locator(links).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      uiResources[locale]!["search.title"]!,
    );
  }
});

test("Pagefind loads only once someone searches, and only from this site", async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  const refused: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (/Content Security Policy|Refused/i.test(message.text())) refused.push(message.text());
  });
  await page.goto("/nl/search/");
  await page.waitForLoadState("networkidle");
  expect(requests.filter((url) => url.includes("/pagefind/"))).toEqual([]);
  await page.getByRole("searchbox").fill("koffie");
  await resultsAfterStatus(page);
  expect(requests.some((url) => url.includes("/pagefind/pagefind.js"))).toBe(true);
  expect(requests.filter((url) => !url.startsWith(baseURL ?? ""))).toEqual([]);
  expect(refused).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
});

for (const locale of ["nl", "ar"]) {
  test(`/${locale}/search/ with results and filters open: no axe violation`, async ({ page }) => {
    await search(page, locale, "Lindenhof");
    await openFilters(page, uiResources[locale]!["search.filters"]!);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
    expect(summary).toEqual([]);
  });
}

test.describe("before any script runs", () => {
  test.use({ javaScriptEnabled: false });
  test("the search page offers the topics instead of a form that cannot work", async ({ page }) => {
    await page.goto("/nl/search/");
    await expect(page.getByRole("searchbox")).toBeHidden();
    await expect(page.getByText(uiResources.nl!["search.noScript"]!)).toBeVisible();
    const topics = page.locator("#browse ~ div a[href*='/nl/needs/']");
    expect(await topics.count()).toBeGreaterThan(3);
  });
});
