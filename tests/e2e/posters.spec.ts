/**
 * Posters for the wall, printed by Chromium as a volunteer would: every poster of the
 * sample site at A4 and A3 is exactly one page of that size, nothing on it is cut
 * off, its QR code scans to its short link, and its text is big enough to read from
 * a distance. The short links open the reader's language; entry pages print on one
 * sheet. Screenshots for review go to test-results/posters/.
 */
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { PNG } from "pngjs";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { guide } from "./guide.ts";
import { posterRoutes, type PosterRoute } from "../../src/lib/posters/routes.ts";

const { site } = guide;
const routes = posterRoutes(
  guide.initiatives.map((i) => i.slug),
  guide.places.map((p) => p.slug),
  site.locales,
);
const shots = "test-results/posters";

/** Page sizes in PDF points (1/72 inch). */
const paper = { a4: [595.28, 841.89], a3: [841.89, 1190.55] } as const;

/** 20 pt and 48 pt in CSS pixels. */
const bodyPx = (20 * 96) / 72 - 0.05;
const titlePx = (48 * 96) / 72 - 0.05;

function shortLink(route: PosterRoute, baseURL: string): string {
  const path = route.kind === "place" ? `go/places/${route.slug}/` : `go/${route.slug}/`;
  return new URL(path, site.siteUrl ?? baseURL).href;
}

interface Printed {
  pages: number;
  width: number;
  height: number;
  /** Every QR code a phone reads from the first sheet, printed at 300 dpi. */
  codes: string[];
}

/** Prints the page to PDF, then reads it as paper: size, pages, and its QR codes. */
async function print(page: Page): Promise<Printed> {
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdf = await PDFDocument.load(bytes);
  const { width, height } = pdf.getPage(0).getSize();
  return { pages: pdf.getPageCount(), width, height, codes: decodePrinted(bytes) };
}

/** Rasterises the first page as a printer would (pdftoppm) and decodes it (zbarimg). */
function decodePrinted(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "poster-pdf-"));
  try {
    writeFileSync(path.join(dir, "p.pdf"), pdf);
    execFileSync(
      "pdftoppm",
      ["-r", "300", "-png", "-singlefile", "-f", "1", "-l", "1", "p.pdf", "p"],
      { cwd: dir },
    );
    const result = spawnSync("zbarimg", ["-q", "--raw", "p.png"], { cwd: dir, encoding: "utf8" });
    return result.stdout.split("\n").filter(Boolean).sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many QR codes the page draws. */
function drawnCodes(page: Page): Promise<number> {
  return page.locator(".pq-code svg, .pt-qr svg").count();
}

/** What a reader would miss: blocks cut off by the sheet, and text below 20 pt / 48 pt. */
async function layoutProblems(page: Page) {
  return page.evaluate(
    ({ bodyPx, titlePx }) => {
      const sheet = document.querySelector(".sheet")!.getBoundingClientRect();
      const cut = [
        ...document.querySelectorAll(
          ".poster-title, .pw-strip, .pe-facts > li, .pe-text, .pp-day, .pp-foot, .pt-strip, .pq",
        ),
      ]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          const clip = (el.parentElement?.closest(".pe-texts, .pp-week") ??
            document.querySelector(".sheet"))!;
          const area = clip.getBoundingClientRect();
          const bottom = Math.min(area.bottom, sheet.bottom);
          return box.right > area.right + 1 || box.left < area.left - 1 || box.bottom > bottom + 1;
        })
        .map((el) => `${el.className} ${el.textContent?.trim().slice(0, 30)}`);
      const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      const small = [...document.querySelectorAll(".sheet *")]
        .filter((el) => !el.closest(".sr-only, .poster-fine"))
        .filter((el) =>
          [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
        )
        .filter((el) => size(el) < bodyPx)
        .map((el) => `${el.tagName} ${el.className}: ${size(el)}px`);
      const title = size(document.querySelector(".poster-title")!);
      return { cut, small, title };
    },
    { bodyPx, titlePx },
  );
}

/** Runs `check` on every item with a few pages printing side by side. */
async function inPages<T>(
  context: BrowserContext,
  items: readonly T[],
  check: (page: Page, item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    const page = await context.newPage();
    await page.emulateMedia({ media: "print" });
    for (let item = queue.shift(); item !== undefined; item = queue.shift())
      await check(page, item);
    await page.close();
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

for (const size of ["a4", "a3"] as const) {
  for (const kind of ["initiative", "place"] as const) {
    test(`every ${kind} poster prints on one ${size.toUpperCase()} page, readable, with a working QR code`, async ({
      context,
      baseURL,
    }) => {
      test.setTimeout(600_000);
      const chosen = routes.filter((r) => r.size === size && r.kind === kind);
      expect(chosen.length).toBeGreaterThan(0);
      await inPages(context, chosen, async (page, route) => {
        const where = `/posters/${route.path}/`;
        await page.goto(where);
        const printed = await print(page);
        expect.soft(printed.pages, where).toBe(1);
        expect.soft(Math.round(printed.width), where).toBe(Math.round(paper[size][0]));
        expect.soft(Math.round(printed.height), where).toBe(Math.round(paper[size][1]));
        const drawn = await drawnCodes(page);
        expect.soft(drawn, where).toBeGreaterThan(0);
        expect
          .soft(printed.codes, where)
          .toEqual(Array(drawn).fill(shortLink(route, baseURL ?? "")));
        const problems = await layoutProblems(page);
        expect.soft(problems.cut, where).toEqual([]);
        expect.soft(problems.small, where).toEqual([]);
        expect.soft(problems.title, where).toBeGreaterThanOrEqual(titlePx);
      });
    });
  }
}

test("screenshots of an entry poster and a place poster for review", async ({ page }) => {
  mkdirSync(shots, { recursive: true });
  await page.emulateMedia({ media: "print" });
  const entry =
    guide.initiatives.find((i) => i.contact.phone && i.text.ar) ?? guide.initiatives[0]!;
  const place = [...guide.places].sort(
    (a, b) =>
      guide.initiatives.filter((i) => i.place === b.slug).length -
      guide.initiatives.filter((i) => i.place === a.slug).length,
  )[0]!;
  for (const [path, name] of [
    [`/posters/${entry.slug}/`, `entry-${entry.slug}-a4.png`],
    [`/posters/${entry.slug}/ar/`, `entry-${entry.slug}-ar-a4.png`],
    [`/posters/places/${place.slug}/`, `place-${place.slug}-a4.png`],
    [`/posters/a3/places/${place.slug}/`, `place-${place.slug}-a3.png`],
  ] as const) {
    await page.goto(path);
    const file = `${shots}/${name}`;
    await page.locator(".sheet").screenshot({ path: file });
    expect(PNG.sync.read((await import("node:fs")).readFileSync(file)).width).toBeGreaterThan(700);
  }
});

test("on paper a poster has no toolbar; on screen the print button works once scripts run", async ({
  page,
}) => {
  const entry = guide.initiatives[0]!;
  await page.goto(`/posters/${entry.slug}/`);
  const print = page.getByRole("button", { name: /Printen/ });
  await expect(print).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await print.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".poster-toolbar")).toBeHidden();
  await expect(page.locator(".sheet")).toBeVisible();
});

test.describe("without scripts", () => {
  test.use({ javaScriptEnabled: false });

  test("the print button is hidden and the short link lists every language", async ({ page }) => {
    const entry = guide.initiatives[0]!;
    await page.goto(`/posters/${entry.slug}/`);
    await expect(page.locator("button[data-print]")).toBeHidden();
    await page.goto(`/go/${entry.slug}/`);
    await expect(page).toHaveURL(new RegExp(`/go/${entry.slug}/$`));
    const links = page.locator("#go-languages a");
    await expect(links).toHaveCount(site.locales.length);
    await page.getByRole("link", { name: /العربية/ }).click();
    await expect(page).toHaveURL(new RegExp(`/ar/initiatives/${entry.slug}/$`));
  });
});

for (const [browser, expected] of [
  ["ar", "ar"],
  ["ar-SY", "ar"],
  ["en-GB", "en"],
  ["tr-TR", "tr"],
  ["fr-FR", site.defaultLocale],
] as const) {
  test.describe(`a browser in ${browser}`, () => {
    test.use({ locale: browser });

    test(`the short links open the ${expected} pages`, async ({ page }) => {
      const entry = guide.initiatives[0]!;
      await page.goto(`/go/${entry.slug}/`);
      await expect(page).toHaveURL(new RegExp(`/${expected}/initiatives/${entry.slug}/$`));
      await expect(page.locator("html")).toHaveAttribute("lang", expected);
      const place = guide.places[0]!;
      await page.goto(`/go/places/${place.slug}/`);
      await expect(page).toHaveURL(new RegExp(`/${expected}/places/${place.slug}/$`));
    });
  });
}

test("entry pages print on one A4 sheet with their short link and QR code", async ({
  context,
  baseURL,
}) => {
  test.setTimeout(600_000);
  // The default language, right-to-left Arabic and Ukrainian (the longest texts).
  const locales = [site.defaultLocale, "ar", "uk"].filter((l) => site.locales.includes(l));
  const pages = locales.flatMap((locale) =>
    guide.initiatives.map((entry) => ({ locale, slug: entry.slug })),
  );
  await inPages(context, pages, async (page, { locale, slug }) => {
    const where = `/${locale}/initiatives/${slug}/`;
    await page.goto(where);
    await expect.soft(page.locator(".print-link"), where).toBeVisible();
    await expect.soft(page.locator("body > header"), where).toBeHidden();
    await expect.soft(page.locator("body > footer"), where).toBeHidden();
    const printed = await print(page);
    expect.soft(printed.pages, where).toBe(1);
    expect
      .soft(printed.codes, where)
      .toEqual([shortLink({ kind: "initiative", slug, size: "a4", path: "" }, baseURL ?? "")]);
    await page.emulateMedia({ media: "screen" });
    await expect.soft(page.locator(".print-link"), where).toBeHidden();
    await page.emulateMedia({ media: "print" });
  });
});
