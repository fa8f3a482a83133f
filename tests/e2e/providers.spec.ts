/**
 * The providers' overview in Chromium: a shared link with filters narrows the
 * table and fills the form, changing a filter updates the URL, sorting reorders
 * rows, says so with aria-sort and keeps the order in the URL, and without
 * JavaScript the full list is shown with a note. The table fits a 1280-pixel screen
 * with its contact column, and the printed list (the PDF's text) has its column
 * headings, the filters it shows and the day it was printed. The hand-out for one
 * patient prints on one A4 page in the patient's language, right to left in Arabic,
 * with QR codes that decode from the 300 dpi rasterised PDF. The share button on an
 * entry page copies the link.
 */
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { PDFDocument } from "pdf-lib";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { guide } from "./guide.ts";
import { translator } from "../../src/lib/i18n/translator.ts";
import { providerColumns } from "../../src/lib/providers/rows.ts";
import { peopleCsvHeader } from "../../src/lib/export/people-csv.ts";
import { parse } from "csv-parse/sync";

const visibleSlugs = (page: Page) =>
  page
    .locator("#providers-table tbody tr:not([hidden])")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-slug") ?? ""));

const total = guide.initiatives.length;

/** A need and (when it still leaves some) women only: a filter that narrows the table. */
function narrowingFilter(): { need: string; womenOnly: boolean; slugs: string[] } {
  const needs = [...new Set(guide.initiatives.flatMap((i) => i.needs))];
  const choices = needs.flatMap((need) => [
    { need, womenOnly: true },
    { need, womenOnly: false },
  ]);
  for (const { need, womenOnly } of choices) {
    const slugs = guide.initiatives
      .filter((i) => i.needs.includes(need) && (!womenOnly || i.womenOnly))
      .map((i) => i.slug)
      .sort();
    if (slugs.length > 0 && slugs.length < total) return { need, womenOnly, slugs };
  }
  throw new Error("no need narrows this guide's table");
}

test("a link with filters narrows the table and fills the form", async ({ page }) => {
  const { need, womenOnly, slugs: expected } = narrowingFilter();
  await page.goto(`/nl/providers/?need=${need}${womenOnly ? "&womenOnly=1" : ""}`);
  expect((await visibleSlugs(page)).sort()).toEqual(expected);
  await expect(page.locator("#filter-need")).toHaveValue(need);
  if (womenOnly) await expect(page.locator("#filter-womenOnly")).toBeChecked();
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
  const cost = (slug: string) => {
    const c = guide.initiatives.find((i) => i.slug === slug)!.cost;
    return c === "free" ? 0 : c;
  };
  // Unless the names happen to be in order of cost already, the order changed.
  const nameCosts = byName.map(cost);
  if (nameCosts.some((c, k) => k > 0 && c < nameCosts[k - 1]!))
    expect(ascending).not.toEqual(byName);
  const costs = ascending.map(cost);
  expect(costs).toEqual([...costs].sort((a, b) => a - b));
  await costHeader.getByRole("button").click();
  await expect(costHeader).toHaveAttribute("aria-sort", "descending");
  const descending = (await visibleSlugs(page)).map(cost);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  const box = await costHeader.getByRole("button").boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
});

test("the sort order is kept in the URL beside the filters and restored on load", async ({
  page,
}) => {
  await page.goto("/en/providers/?need=talk");
  const costHeader = page.locator("#providers-table thead th", { hasText: "Cost" });
  await costHeader.getByRole("button").click();
  await expect(costHeader).toHaveAttribute("aria-sort", "ascending");
  expect(new URL(page.url()).search).toBe("?need=talk&sort=cost");
  await costHeader.getByRole("button").click();
  expect(new URL(page.url()).search).toBe("?need=talk&sort=-cost");
  const order = await visibleSlugs(page);
  await page.locator("#filter-day").selectOption("tu");
  expect(new URL(page.url()).search).toBe("?need=talk&day=tu&sort=-cost");
  // A shared link shows the same order.
  await page.goto("/en/providers/?need=talk&sort=-cost");
  await expect(costHeader).toHaveAttribute("aria-sort", "descending");
  expect(await visibleSlugs(page)).toEqual(order);
  // Back to the table's own order: no sort in the URL.
  const nameHeader = page.locator("#providers-table thead th").first();
  await nameHeader.getByRole("button").click();
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  expect(new URL(page.url()).search).toBe("?need=talk");
});

test.describe("at 1280 × 800", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const locale of guide.site.locales) {
    test(`${locale}: the contact column is on the screen, the table needs no sideways scrolling`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/providers/`);
      const contact = page
        .locator("#providers-table thead th")
        .nth(providerColumns.indexOf("contact"));
      await expect(contact).toHaveText(translator(locale)("providers.col.contact"));
      const box = await contact.boundingBox();
      const dir = await page.evaluate(() => document.documentElement.dir);
      expect(box).not.toBeNull();
      if (dir === "rtl") expect(box!.x).toBeGreaterThanOrEqual(0);
      else expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
      const region = await page
        .locator(".providers-scroll")
        .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(region.scroll).toBeLessThanOrEqual(region.client);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        1280,
      );
    });
  }
});

/** Prints the page as Chromium does and reads the PDF: pages, size, text, QR codes. */
async function printed(page: Page) {
  await page.emulateMedia({ media: "print" });
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: "screen" });
  const pdf = await PDFDocument.load(bytes);
  const dir = mkdtempSync(path.join(tmpdir(), "providers-pdf-"));
  try {
    writeFileSync(path.join(dir, "p.pdf"), bytes);
    const text = execFileSync("pdftotext", ["-layout", "p.pdf", "-"], {
      cwd: dir,
      encoding: "utf8",
    });
    execFileSync("pdftoppm", ["-r", "300", "-png", "-singlefile", "p.pdf", "p"], { cwd: dir });
    const codes = spawnSync("zbarimg", ["-q", "--raw", "p.png"], { cwd: dir, encoding: "utf8" })
      .stdout.split("\n")
      .filter(Boolean)
      .sort();
    return { pages: pdf.getPageCount(), size: pdf.getPage(0).getSize(), text, codes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text compared as pdftotext gives it back: no spaces, bidi marks or Arabic vowel signs. */
const plain = (text: string) =>
  text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u065f\u0670]/g, "");

test("the printed list has its column headings, its filters and the day it was printed", async ({
  page,
}) => {
  const t = translator("nl");
  await page.goto("/nl/providers/?need=talk&womenOnly=1");
  await expect(page.getByRole("button", { name: t("providers.print") })).toBeVisible();
  const { text } = await printed(page);
  const flat = plain(text);
  for (const column of providerColumns) {
    expect(flat, column).toContain(plain(t(`providers.col.${column}`)));
  }
  // The rows it shows (how many, and each title's first word: a title may wrap in its
  // cell, and -layout text puts the next columns between its lines), not the others.
  const shown = guide.initiatives.filter((i) => i.needs.includes("talk") && i.womenOnly);
  expect(flat).toContain(plain(t("providers.count", { count: shown.length, total })));
  for (const initiative of guide.initiatives) {
    const title = initiative.text.nl!.title;
    if (shown.includes(initiative)) expect(flat).toContain(plain(title.split(" ")[0]!));
    else expect(flat, title).not.toContain(plain(title));
  }
  // What the filters are, and the day.
  expect(flat).toContain(plain(t("need.talk")));
  expect(flat).toContain(plain(t("flag.womenOnly")));
  expect(flat).not.toContain(plain(t("providers.unfiltered")));
  const today = new Intl.DateTimeFormat("nl-u-nu-latn", {
    dateStyle: "full",
    timeZone: guide.site.timeZone,
  }).format();
  expect(flat).toContain(plain(t("providers.printedOn", { date: today })));
});

test("an unfiltered printed list says it shows all initiatives", async ({ page }) => {
  const t = translator("en");
  await page.goto("/en/providers/");
  const { text } = await printed(page);
  expect(plain(text)).toContain(plain(t("providers.unfiltered")));
  expect(plain(text)).toContain(plain(t("providers.col.contact")));
});

test("the spreadsheet for people is linked from the page", async ({ page, request }) => {
  await page.goto("/nl/providers/");
  const link = page.getByRole("link", { name: translator("nl")("providers.data.sheet") }).first();
  await expect(link).toHaveAttribute("href", "/data/nl/initiatives.csv");
  const response = await request.get("/data/nl/initiatives.csv");
  expect(response.ok()).toBe(true);
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // What a Dutch spreadsheet reads: semicolons, Dutch headers, accents intact.
  const rows = parse(body.toString("utf8"), { bom: true, columns: true, delimiter: ";" }) as Record<
    string,
    string
  >[];
  expect(Object.keys(rows[0]!)).toEqual(peopleCsvHeader("nl"));
  // Every Dutch title comes back as written, accents (Taalcafé in the sample) included.
  const titles = guide.initiatives.map((i) => i.text.nl?.title ?? "");
  expect(rows.map((row) => row["Initiatief"]).sort()).toEqual(titles.sort());
});

/** Entries the printed sheet (one A4, the rest hidden) would cut off at its foot. */
async function cutOff(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: "print" });
  const cut = await page.evaluate(() => {
    const sheet = document.querySelector("#handout-sheet")!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>(".ho-entry")]
      .filter((entry) => entry.getBoundingClientRect().bottom > sheet.bottom + 0.5)
      .map((entry) => entry.querySelector(".ho-name")?.textContent ?? "");
  });
  await page.emulateMedia({ media: "screen" });
  return cut;
}

/** Up to three entries with an Arabic title pdftotext gives back whole (no lam-alef ligature). */
const arabic = guide.initiatives
  .filter((i) => i.text.ar && !/ل[اأإآ]/.test(i.text.ar.title))
  .slice(0, 3);
const shortLink = (slug: string) => new URL(`go/${slug}/`, guide.site.siteUrl).href;

test.describe("the hand-out for one patient", () => {
  test("three entries in Arabic print on one A4 page, right to left, with QR codes that scan", async ({
    page,
  }) => {
    expect(arabic.length).toBeGreaterThan(0);
    const slugs = arabic.map((i) => i.slug);
    await page.goto(`/nl/providers/handout/?entries=${slugs.join(",")}&lang=ar`);
    const sheet = page.locator("#handout-sheet");
    await expect(sheet.locator(".ho-entry")).toHaveCount(arabic.length);
    await expect(sheet).toHaveAttribute("lang", "ar");
    await expect(sheet).toHaveAttribute("dir", "rtl");
    expect(await cutOff(page)).toEqual([]);
    const { pages, size, text, codes } = await printed(page);
    expect(pages).toBe(1);
    expect(Math.round(size.width)).toBe(595);
    expect(Math.round(size.height)).toBe(842);
    for (const initiative of arabic)
      expect(plain(text)).toContain(plain(initiative.text.ar!.title));
    expect(codes).toEqual(slugs.map(shortLink).sort());
  });

  test("six entries still fit one A4 page and every code scans; a seventh is left off and said", async ({
    page,
  }) => {
    test.skip(total < 7, "this guide has fewer than seven entries");
    const slugs = guide.initiatives.slice(0, 7).map((i) => i.slug);
    await page.goto(`/en/providers/handout/?entries=${slugs.join(",")}&lang=tr`);
    await expect(page.locator("#handout-sheet .ho-entry")).toHaveCount(6);
    await expect(page.locator("#handout-status")).toHaveText(
      translator("en")("handout.tooMany", { max: 6 }),
    );
    expect(await cutOff(page)).toEqual([]);
    const { pages, codes } = await printed(page);
    expect(pages).toBe(1);
    expect(codes).toEqual(slugs.slice(0, 6).map(shortLink).sort());
  });

  test("every entry of the guide prints whole on a full sheet in each language, and scans", async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const all = guide.initiatives.map((i) => i.slug);
    const perSheet = Math.min(6, all.length);
    for (const [index, lang] of guide.site.locales.entries()) {
      // Each language gets a different six, so every entry is printed at least once.
      const six = Array.from({ length: perSheet }, (_, k) => all[(index * 6 + k) % all.length]!);
      await page.goto(`/nl/providers/handout/?entries=${six.join(",")}&lang=${lang}`);
      await expect(page.locator("#handout-sheet .ho-entry")).toHaveCount(perSheet);
      expect(await cutOff(page), lang).toEqual([]);
      const { pages, codes } = await printed(page);
      expect(pages, lang).toBe(1);
      expect(codes, lang).toEqual(six.map(shortLink).sort());
    }
  });

  test("untranslated text keeps its own language, marked with lang and dir", async ({ page }) => {
    const untranslated = guide.initiatives.find((i) => !i.text.ar)!;
    await page.goto(`/nl/providers/handout/?entries=${untranslated.slug}&lang=ar`);
    const title = page.locator("#handout-sheet .ho-name");
    await expect(title).toHaveText(untranslated.text.nl!.title);
    await expect(title).toHaveAttribute("lang", "nl");
    await expect(title).toHaveAttribute("dir", "ltr");
  });

  test("ticked on the overview, in the patient's language, then changed on the page", async ({
    page,
  }) => {
    await page.goto("/nl/providers/");
    const slugs = arabic.map((i) => i.slug);
    // The form sends the ticked boxes in the table's order.
    const inTableOrder = (await visibleSlugs(page)).filter((slug) => slugs.includes(slug));
    for (const slug of slugs) await page.locator(`#pick-${slug}`).check();
    await page.locator("#handout-lang").selectOption("ar");
    await page.getByRole("button", { name: translator("nl")("providers.handout.make") }).click();
    await expect(page.locator("#handout-sheet .ho-entry")).toHaveCount(arabic.length);
    const url = new URL(page.url());
    expect(url.pathname).toBe("/nl/providers/handout/");
    // The form's repeated entries= become the short comma-separated form.
    expect(url.search).toBe(`?entries=${inTableOrder.join(",")}&lang=ar`);
    await page.locator("#handout-sheet-lang").selectOption("en");
    await expect(page.locator("#handout-sheet")).toHaveAttribute("lang", "en");
    await expect(page.locator("#handout-sheet .ho-name").first()).toHaveText(/[A-Za-z]/);
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
  });

  test("on a 320-pixel phone the sheet reflows without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const slugs = guide.initiatives.slice(0, 6).map((i) => i.slug);
    for (const count of [Math.min(2, slugs.length), slugs.length]) {
      await page.goto(`/nl/providers/handout/?entries=${slugs.slice(0, count).join(",")}&lang=ar`);
      await expect(page.locator("#handout-sheet .ho-entry")).toHaveCount(count);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
    }
  });

  test("no axe violation on the overview and the hand-out", async ({ page }) => {
    const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
    for (const route of [
      `/ar/providers/handout/?entries=${arabic.map((i) => i.slug).join(",")}&lang=nl`,
      `/nl/providers/handout/?entries=${arabic.map((i) => i.slug).join(",")}&lang=ar`,
      "/nl/providers/handout/",
    ]) {
      await page.goto(route);
      await expect(page.locator("#handout-status")).not.toBeEmpty();
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(results.violations.map((v) => `${route} ${v.id}: ${v.help}`)).toEqual([]);
    }
  });
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
    await expect(page.locator("button[data-print]")).toBeHidden();
  });

  test("the hand-out form leads to the hand-out page, which lists each entry's own page", async ({
    page,
  }) => {
    await page.goto("/nl/providers/");
    const slug = arabic[0]!.slug;
    await page.locator(`#pick-${slug}`).check();
    await page.locator("#handout-lang").selectOption("ar");
    await page.getByRole("button", { name: translator("nl")("providers.handout.make") }).click();
    const url = new URL(page.url());
    expect(url.pathname).toBe("/nl/providers/handout/");
    expect(url.searchParams.getAll("entries")).toEqual([slug]);
    expect(url.searchParams.get("lang")).toBe("ar");
    await expect(page.locator("#handout-sheet")).toBeHidden();
    const links = page.locator(`main a[href="/nl/initiatives/${slug}/"]`);
    await expect(links).toHaveCount(1);
    expect(await page.locator("main li a").count()).toBe(total);
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
