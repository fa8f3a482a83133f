/**
 * Every reader on every phone: pages fit a 320-pixel screen in every language (WCAG
 * 1.4.10 reflow) with whole button labels, an Arabic page shows a Dutch postcode as
 * "7777 LD", the Arabic day strip's names fit their boxes, and a women-only entry says
 * so on the first screen of a 360×740 phone.
 */
import { expect, test, type Page } from "@playwright/test";
import { guide } from "./guide.ts";
import { translator } from "../../src/lib/i18n/translator.ts";

const { site } = guide;
const locales = site.locales;
/** A place whose postcode mixes digits and letters, like "7777 LD" (else the first place). */
const place =
  guide.places.find((p) => /\d/.test(p.postcode ?? "") && /\p{L}/u.test(p.postcode ?? "")) ??
  guide.places[0]!;
const withNeed = guide.initiatives.find((i) => i.needs.length > 0)!;
/** The entry with the most text in the default language: the likeliest to overflow. */
const longest = [...guide.initiatives].sort(
  (a, b) =>
    JSON.stringify(b.text[site.defaultLocale]).length -
    JSON.stringify(a.text[site.defaultLocale]).length,
)[0]!;
const womenOnly = guide.initiatives.filter((i) => i.womenOnly);

function phonePages(locale: string): string[] {
  return [
    `/${locale}/`,
    `/${locale}/needs/${withNeed.needs[0]}/`,
    ...[...new Set([withNeed.slug, longest.slug])].map((s) => `/${locale}/initiatives/${s}/`),
    `/${locale}/places/${place.slug}/`,
    `/${locale}/week/`,
    `/${locale}/search/`,
    `/${locale}/about/`,
    `/${locale}/providers/`,
  ];
}

/** Buttons and button-like links whose label is cut off (skipping hidden and screen-reader-only ones). */
function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("button, a.tap, summary, [role=button]")]
      .filter((el) => el.offsetParent !== null && !el.closest(".sr-only"))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}"`),
  );
}

test.describe("at 320×640", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const locale of locales) {
    test(`${locale}: no page scrolls sideways, no button label is cut off`, async ({ page }) => {
      const problems: string[] = [];
      for (const route of phonePages(locale)) {
        await page.goto(route);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) problems.push(`${route}: ${width} px wide`);
        for (const label of await clippedLabels(page)) problems.push(`${route}: ${label}`);
      }
      expect(problems).toEqual([]);
    });
  }

  test("the search button keeps its whole word", async ({ page }) => {
    for (const locale of locales) {
      await page.goto(`/${locale}/search/`);
      const button = page.locator("form[role=search] button[type=submit]");
      await expect(button).toBeVisible();
      const fits = await button.evaluate((b) => b.scrollWidth <= b.clientWidth);
      expect(fits, locale).toBe(true);
    }
  });

  test("icons keep their size when the text beside them wraps", async ({ page }) => {
    for (const locale of ["nl", "ar", "pl"]) {
      for (const route of [`/${locale}/initiatives/${longest.slug}/`, `/${locale}/`]) {
        await page.goto(route);
        const squashed = await page.evaluate(() =>
          [...document.querySelectorAll<SVGElement>("main svg[class*=size-]")]
            .map((svg) => svg.getBoundingClientRect())
            .filter((box) => box.height > 0 && Math.abs(box.width - box.height) > 0.5)
            .map((box) => `${box.width.toFixed(1)}×${box.height.toFixed(1)}`),
        );
        expect(squashed, route).toEqual([]);
      }
    }
  });

  test("the Arabic entry page's day names fit their boxes", async ({ page }) => {
    const entry = guide.initiatives.find((i) => i.schedule.length > 0)!;
    await page.goto(`/ar/initiatives/${entry.slug}/`);
    const cells = page.locator(".day-strip [data-day-cell]");
    await expect(cells).toHaveCount(7);
    const problems = await cells.evaluateAll((all) =>
      all.flatMap((cell) => {
        const style = getComputedStyle(cell);
        const inner =
          cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const names = [...cell.children].filter((c) => (c as HTMLElement).offsetWidth > 0);
        return [
          ...(cell.scrollWidth > cell.clientWidth ? [`${cell.textContent}: scrolls`] : []),
          ...names
            .filter((n) => n.scrollWidth > inner || n.getClientRects().length !== 1)
            .map((n) => `${n.textContent}: ${n.scrollWidth} px in ${inner} px`),
        ];
      }),
    );
    expect(problems).toEqual([]);
    // Screen readers hear the full names.
    const label = await page.locator(".day-strip").getAttribute("aria-label");
    const days = entry.schedule.flatMap((rule) => rule.days);
    const long = new Intl.DateTimeFormat("ar", { weekday: "long", timeZone: "UTC" });
    const monday = Date.UTC(2024, 0, 1, 12);
    const order = ["mo", "tu", "we", "th", "fr", "sa", "su"];
    for (const day of days) {
      expect(label).toContain(long.format(new Date(monday + order.indexOf(day) * 86_400_000)));
    }
  });

  test("every locale's entry page day names fit their boxes", async ({ page }) => {
    const entry = guide.initiatives.find((i) => i.schedule.length > 0)!;
    for (const locale of locales) {
      await page.goto(`/${locale}/initiatives/${entry.slug}/`);
      await expect(page.locator(".day-strip [data-day-cell]")).toHaveCount(7);
      const overflowing = await page
        .locator(".day-strip [data-day-cell] > *")
        .evaluateAll((names) =>
          names
            .filter((n) => (n as HTMLElement).offsetWidth > 0)
            .filter((n) => {
              const cell = n.parentElement!;
              const style = getComputedStyle(cell);
              const inner =
                cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              return n.scrollWidth > inner;
            })
            .map((n) => n.textContent),
        );
      expect(overflowing, locale).toEqual([]);
    }
  });
});

test("an Arabic place page shows the postcode as it is written: digits, then letters", async ({
  page,
}) => {
  const postcode = place.postcode ?? "";
  const digits = /\d+/.exec(postcode)?.[0];
  const letters = /\p{L}+/u.exec(postcode)?.[0];
  test.skip(!digits || !letters, "no place with a postcode of digits and letters");
  await page.goto(`/ar/places/${place.slug}/`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const run = page.locator("#main [dir=ltr]", { hasText: postcode }).first();
  await expect(run).toHaveText(postcode);
  // What the reader sees: the digits' boxes lie left of the letters' boxes.
  const boxes = await run.evaluate(
    (element, parts) => {
      const text = element.firstChild as Text;
      const box = (start: number, end: number) => {
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        return range.getBoundingClientRect();
      };
      const at = text.data.indexOf(parts.letters);
      return {
        digits: box(0, parts.digits.length),
        letters: box(at, at + parts.letters.length),
      };
    },
    { digits: digits!, letters: letters! },
  );
  expect(boxes.digits.right).toBeLessThanOrEqual(boxes.letters.left + 0.5);
  // The picture, for a person to look at in the report.
  await test.info().attach("ar-place-address.png", {
    body: await page.locator("section[aria-labelledby=where]").screenshot(),
    contentType: "image/png",
  });
});

test.describe("on a 360×740 phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("a women-only entry says so on the first screen, in every language", async ({ page }) => {
    test.skip(womenOnly.length === 0, "no women-only entry in this content");
    for (const entry of womenOnly) {
      for (const locale of locales) {
        await page.goto(`/${locale}/initiatives/${entry.slug}/`);
        const badge = page.locator("[data-entry-badges] [data-badge=womenOnly]");
        await expect(badge).toBeVisible();
        const box = (await badge.boundingBox())!;
        expect(box.y + box.height, `${locale} ${entry.slug}`).toBeLessThanOrEqual(740);
        // Directly under the title, before when and where.
        const order = await page.evaluate(() => {
          const at = (selector: string) =>
            document.querySelector(selector)?.getBoundingClientRect().top ?? Infinity;
          return [at("h1"), at("[data-entry-badges]"), at("#when"), at("#where"), at("#who")];
        });
        expect([...order].sort((a, b) => a - b)).toEqual(order);
      }
    }
  });

  test("women only and access facts are not under the cost heading", async ({ page }) => {
    const entry = womenOnly[0];
    test.skip(!entry, "no women-only entry in this content");
    const locale = site.defaultLocale;
    const t = translator(locale);
    await page.goto(`/${locale}/initiatives/${entry!.slug}/`);
    const headingOf = (text: string) =>
      page
        .locator("section", { has: page.getByText(text, { exact: true }) })
        .last()
        .locator("h2")
        .innerText();
    expect(await headingOf(t("flag.womenOnly"))).toBe(t("fact.who"));
    if (entry!.wheelchair) expect(await headingOf(t("flag.wheelchair"))).toBe(t("fact.where"));
    if (entry!.walkIn) expect(await headingOf(t("flag.walkIn"))).toBe(t("fact.join"));
    expect(await page.locator("h2", { hasText: t("fact.cost") }).count()).toBe(0);
  });
});
