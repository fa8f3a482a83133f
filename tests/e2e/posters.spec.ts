/**
 * Posters for the wall, printed by Chromium as a volunteer would and read back as
 * paper: every poster of the sample site, in every variant its page offers
 * (`?size=a4|a3`, `&lang=<locale>` or the poster languages), is exactly one page of
 * that size, nothing on it is cut off, every QR code on the 300 dpi rasterised PDF
 * (tear-offs too) decodes to its short link, and its text is big enough to read from
 * a distance. Place posters say "every week", and their PDF text has no ellipsis and
 * no hyphenated word. Without scripts a poster page prints the A4 in the poster
 * languages; without the site's public address it prints no QR code at all. The short
 * links open the reader's language; entry pages print on one sheet. Screenshots for
 * review go to test-results/posters/.
 */
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { PNG } from "pngjs";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { guide } from "./guide.ts";
import { buildSite } from "./build-site.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";
import { loadGuide } from "../../src/lib/content/validate.ts";
import { localizedText } from "../../src/lib/guide/localize.ts";
import { translator } from "../../src/lib/i18n/translator.ts";
import {
  posterQuery,
  posterRoutes,
  type PosterRoute,
  type PosterSize,
} from "../../src/lib/posters/routes.ts";

const { site } = guide;
const routes = posterRoutes(
  guide.initiatives.map((i) => i.slug),
  guide.places.map((p) => p.slug),
);
/** Every language variant of a poster page: the poster languages, then each locale. */
const variants: (string | undefined)[] = [undefined, ...site.locales];
const shots = "test-results/posters";

/** Page sizes in PDF points (1/72 inch). */
const paper = { a4: [595.28, 841.89], a3: [841.89, 1190.55] } as const;

/** 20 pt and 48 pt in CSS pixels. */
const bodyPx = (20 * 96) / 72 - 0.05;
const titlePx = (48 * 96) / 72 - 0.05;

function shortLink(route: Pick<PosterRoute, "kind" | "slug">, baseURL: string): string {
  const path = route.kind === "place" ? `go/places/${route.slug}/` : `go/${route.slug}/`;
  return new URL(path, site.siteUrl ?? baseURL).href;
}

interface Printed {
  pages: number;
  width: number;
  height: number;
  /** Every QR code a phone reads from the first sheet, printed at 300 dpi. */
  codes: string[];
  /** The printed text, as `pdftotext -layout` reads it. */
  text: string;
}

/** Prints the page to PDF, then reads it as paper: size, pages, its QR codes and text. */
async function print(page: Page): Promise<Printed> {
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdf = await PDFDocument.load(bytes);
  const { width, height } = pdf.getPage(0).getSize();
  return { pages: pdf.getPageCount(), width, height, ...readPrinted(bytes) };
}

/**
 * Rasterises the first page as a printer would (pdftoppm) and decodes it (zbarimg);
 * reads its text (pdftotext).
 */
function readPrinted(pdf: Uint8Array): { codes: string[]; text: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "poster-pdf-"));
  try {
    writeFileSync(path.join(dir, "p.pdf"), pdf);
    execFileSync(
      "pdftoppm",
      ["-r", "300", "-png", "-singlefile", "-f", "1", "-l", "1", "p.pdf", "p"],
      { cwd: dir },
    );
    const result = spawnSync("zbarimg", ["-q", "--raw", "p.png"], { cwd: dir, encoding: "utf8" });
    const text = execFileSync("pdftotext", ["-layout", "p.pdf", "-"], {
      cwd: dir,
      encoding: "utf8",
    });
    return { codes: result.stdout.split("\n").filter(Boolean).sort(), text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The variant the page shows (and prints). */
const shown = ".poster-variant:not([hidden])";

/** How many QR codes the page draws on the shown sheet. */
function drawnCodes(page: Page): Promise<number> {
  return page.locator(`${shown} :is(.pq-code svg, .pt-qr svg)`).count();
}

/** What a reader would miss: blocks cut off by the sheet, and text below 20 pt / 48 pt. */
async function layoutProblems(page: Page) {
  return page.evaluate(
    ({ bodyPx, shown }) => {
      const sheetEl = document.querySelector(`${shown} .sheet`)!;
      const sheet = sheetEl.getBoundingClientRect();
      const cut = [
        ...sheetEl.querySelectorAll(
          ".poster-title, .pw-strip, .pe-facts > li, .pe-text, .pp-day, .pp-row, .pp-foot, .pt-strip, .pq",
        ),
      ]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          const clip = (el.parentElement?.closest(".pe-texts, .pp-week") ?? sheetEl)!;
          const area = clip.getBoundingClientRect();
          const bottom = Math.min(area.bottom, sheet.bottom);
          return box.right > area.right + 1 || box.left < area.left - 1 || box.bottom > bottom + 1;
        })
        .map((el) => `${el.className} ${el.textContent?.trim().slice(0, 30)}`);
      // Text wider than its own box (a word that does not fit) is cut off too.
      const wide = [...sheetEl.querySelectorAll(".pp-what strong, .pp-time, .poster-title")]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.className} ${el.textContent?.trim().slice(0, 30)}`);
      const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      const small = [...sheetEl.querySelectorAll("*")]
        .filter((el) => !el.closest(".sr-only, .poster-fine"))
        .filter((el) =>
          [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
        )
        .filter((el) => size(el) < bodyPx)
        .map((el) => `${el.tagName} ${el.className}: ${size(el)}px`);
      const title = size(sheetEl.querySelector(".poster-title")!);
      return { cut: [...cut, ...wide], small, title };
    },
    { bodyPx, shown },
  );
}

/**
 * What a printed page's text shows of words cut short: ellipses, soft hyphens, and a
 * line that ends in a hyphen the text does not have (`written`: the sheet's own text,
 * where "bibliotheek-lindenhof" in a link may break after its hyphen).
 */
function brokenWords(text: string, written: string): string[] {
  const found: string[] = [];
  if (text.includes("\u2026")) found.push("an ellipsis (…)");
  if (/\.\.\.\s*$/m.test(text)) found.push("an ellipsis (...)");
  if (text.includes("\u00ad")) found.push("a soft hyphen");
  for (const match of text.matchAll(/(\S*\p{L})[-\u2010](?=\s{2,}|\s*$)/gmu)) {
    if (!written.includes(`${match[1]}-`)) found.push(match[0]);
  }
  return found;
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
    for (const lang of variants) {
      const language = lang ?? "the poster languages";
      test(`every ${kind} poster in ${language} prints on one ${size.toUpperCase()} page, readable, every QR code working`, async ({
        context,
        baseURL,
      }) => {
        test.setTimeout(900_000);
        const chosen = routes.filter((r) => r.kind === kind);
        expect(chosen.length).toBeGreaterThan(0);
        await inPages(context, chosen, async (page, route) => {
          const where = `/posters/${route.path}/${posterQuery({ size, ...(lang ? { lang } : {}) })}`;
          await page.goto(where);
          await expect(page.locator(shown)).toHaveAttribute("data-variant", lang ?? "");
          await expect(page.locator("main")).toHaveAttribute("data-size", size);
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
          if (kind === "place") {
            const written = await page.locator(`${shown} .sheet`).innerText();
            placePaper(route, lang, printed.text, written, where);
          }
        });
      });
    }
  }
}

/**
 * A printed place poster: "every week" (never "this week"), the period, no ellipsis,
 * no hyphenated word, and every word of the place's name and of each row's title
 * printed whole.
 */
function placePaper(
  route: PosterRoute,
  lang: string | undefined,
  text: string,
  written: string,
  where: string,
) {
  const locale = lang ?? site.posterLanguages[0]!;
  const t = translator(locale);
  const place = guide.places.find((p) => p.slug === route.slug)!;
  const flat = text.replace(/\s+/g, " ");
  const [before] = t("poster.everyWeekAt", { place: "\u0001" }).split("\u0001");
  // Arabic comes out of pdftotext in presentation forms: check the Latin-script headlines.
  if (!/[\u0600-\u06ff]/.test(before!)) expect.soft(flat, where).toContain(before!.trim());
  expect.soft(brokenWords(text, written), where).toEqual([]);
  const words = (s: string) =>
    s
      .split(/\s+/)
      .map((w) => w.replace(/^[("'“]+|[)"'”,.:;!?]+$/g, ""))
      .filter((w) => w.length > 3 && /^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u.test(w));
  const name = localizedText(place, locale, site.defaultLocale).title;
  const rows = guide.initiatives
    .filter((i) => i.place === place.slug)
    .map((i) => localizedText(i, locale, site.defaultLocale).title);
  for (const word of [...words(name), ...rows.flatMap(words)])
    expect.soft(flat, `${where}: "${word}" printed whole`).toContain(word);
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
  const quiet = [...guide.places].sort(
    (a, b) =>
      guide.initiatives.filter((i) => i.place === a.slug).length -
      guide.initiatives.filter((i) => i.place === b.slug).length,
  )[0]!;
  for (const [path, name] of [
    [`/posters/${entry.slug}/`, `entry-${entry.slug}-a4.png`],
    [`/posters/${entry.slug}/?lang=ar`, `entry-${entry.slug}-ar-a4.png`],
    [`/posters/places/${place.slug}/`, `place-${place.slug}-a4.png`],
    [`/posters/places/${place.slug}/?size=a3`, `place-${place.slug}-a3.png`],
    [`/posters/places/${quiet.slug}/?lang=ar`, `place-${quiet.slug}-ar-a4.png`],
  ] as const) {
    await page.goto(path);
    const file = `${shots}/${name}`;
    await page.locator(`${shown} .sheet`).screenshot({ path: file });
    expect(PNG.sync.read(readFileSync(file)).width).toBeGreaterThan(700);
  }
});

test("the page applies its query: size, language, and links that keep the other choice", async ({
  page,
}) => {
  const place = guide.places[0]!;
  const base = `/posters/places/${place.slug}/`;
  await page.goto(`${base}?size=a3&lang=ar`);
  await expect(page.locator("main")).toHaveAttribute("data-size", "a3");
  await expect(page.locator(".poster-variant:not([hidden])")).toHaveCount(1);
  await expect(page.locator(shown)).toHaveAttribute("data-variant", "ar");
  await expect(page.locator(shown)).toHaveAttribute("lang", "ar");
  await expect(page.locator(shown)).toHaveAttribute("dir", "rtl");
  const a3 = page.locator('a[data-choose-size="a3"]');
  const a4 = page.locator('a[data-choose-size="a4"]');
  await expect(a3).toHaveAttribute("aria-current", "page");
  await expect(a4).not.toHaveAttribute("aria-current", /.*/);
  await expect(a4).toHaveAttribute("href", `${base}?lang=ar`);
  const arabic = page.locator('a[data-choose-lang="ar"]');
  await expect(arabic).toHaveAttribute("aria-current", "page");
  await expect(page.locator('a[data-choose-lang=""]')).toHaveAttribute("href", `${base}?size=a3`);
  await expect(page.locator('a[data-choose-lang="tr"]')).toHaveAttribute(
    "href",
    `${base}?size=a3&lang=tr`,
  );
  // A choice is a link: following it changes the query and the page follows.
  await page.locator('a[data-choose-lang=""]').click();
  await expect(page).toHaveURL(new RegExp(`${base.replaceAll("/", "\\/")}\\?size=a3$`));
  await expect(page.locator(shown)).toHaveAttribute("data-variant", "");
  await a4.click();
  await expect(page.locator("main")).toHaveAttribute("data-size", "a4");
  // Something the page does not offer falls back to the A4 in the poster languages.
  await page.goto(`${base}?size=a5&lang=fr`);
  await expect(page.locator("main")).toHaveAttribute("data-size", "a4");
  await expect(page.locator(shown)).toHaveAttribute("data-variant", "");
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
  await expect(page.locator(`${shown} .sheet`)).toBeVisible();
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

  test("a poster page prints the A4 in the poster languages, whatever its query", async ({
    page,
    baseURL,
  }) => {
    const entry = guide.initiatives.find((i) => i.contact.phone) ?? guide.initiatives[0]!;
    await page.goto(`/posters/${entry.slug}/?size=a3&lang=ar`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(shown)).toHaveAttribute("data-variant", "");
    const printed = await print(page);
    expect(printed.pages).toBe(1);
    expect(Math.round(printed.width)).toBe(Math.round(paper.a4[0]));
    const drawn = await drawnCodes(page);
    expect(printed.codes).toEqual(
      Array(drawn).fill(shortLink({ kind: "initiative", slug: entry.slug }, baseURL ?? "")),
    );
    const blocks = page.locator(`${shown} .pe-text`);
    expect(await blocks.evaluateAll((els) => els.map((el) => el.getAttribute("lang")))).toEqual(
      site.posterLanguages.filter((l) => l === site.posterLanguages[0] || entry.text[l]),
    );
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
    await expect.soft(page.locator("[data-poster-link]"), where).toBeHidden();
    const printed = await print(page);
    expect.soft(printed.pages, where).toBe(1);
    expect
      .soft(printed.codes, where)
      .toEqual([shortLink({ kind: "initiative", slug }, baseURL ?? "")]);
    await page.emulateMedia({ media: "screen" });
    await expect.soft(page.locator(".print-link"), where).toBeHidden();
    await expect.soft(page.locator("[data-poster-link]"), where).toBeVisible();
    await page.emulateMedia({ media: "print" });
  });
});

test("an entry page's 'Print a poster' opens its poster, in the reader's language when the poster languages lack it", async ({
  page,
}) => {
  const entry = guide.initiatives[0]!;
  const other = site.locales.find((l) => !site.posterLanguages.includes(l))!;
  await page.goto(`/${other}/initiatives/${entry.slug}/`);
  await page.locator("[data-poster-link] a").click();
  await expect(page).toHaveURL(new RegExp(`/posters/${entry.slug}/\\?lang=${other}$`));
  await expect(page.locator(shown)).toHaveAttribute("data-variant", other);
  await page.goto(`/${site.defaultLocale}/places/${guide.places[0]!.slug}/`);
  await page.locator("[data-poster-link] a").click();
  await expect(page).toHaveURL(new RegExp(`/posters/places/${guide.places[0]!.slug}/$`));
  await expect(page.locator(shown)).toHaveAttribute("data-variant", "");
});

test.describe("a guide without a public address (siteUrl)", () => {
  test.describe.configure({ mode: "serial" });
  const work = path.resolve("tests/.tmp/no-site-url");
  const content = path.join(work, "content");
  const outDir = path.join(work, "dist");
  let server: StaticServer;
  let small: ReturnType<typeof loadGuide>;

  test.beforeAll(async () => {
    test.setTimeout(10 * 60_000);
    rmSync(work, { recursive: true, force: true });
    // A copy of the good fixture, with any siteUrl taken out of its site.yaml.
    cpSync(path.resolve("tests/fixtures/content-good"), content, { recursive: true });
    const siteYaml = path.join(content, "site.yaml");
    writeFileSync(siteYaml, readFileSync(siteYaml, "utf8").replace(/^siteUrl:.*\n/m, ""));
    small = loadGuide(content);
    expect(small.site.siteUrl).toBeUndefined();
    await buildSite({
      content,
      outDir,
      cacheDir: path.join(work, "cache"),
      log: path.join(work, "build.log"),
    });
    server = await serveStatic(outDir);
  });

  test.afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  test("the build warned, in one line, what to set", () => {
    expect(readFileSync(path.join(work, "build.log"), "utf8")).toContain(
      "siteUrl  warning: printed QR codes need the guide's public address: add siteUrl: https://",
    );
  });

  test("posters say so on screen, and print no QR code: none drawn, none decoded", async ({
    page,
  }) => {
    test.setTimeout(600_000);
    const targets = [
      ...small.initiatives.map((i) => ({
        kind: "initiative" as const,
        slug: i.slug,
        phone: i.contact.phone,
      })),
      ...small.places.map((p) => ({ kind: "place" as const, slug: p.slug, phone: undefined })),
    ];
    expect(targets.some((t) => t.phone)).toBe(true);
    for (const target of targets) {
      const path = target.kind === "place" ? `places/${target.slug}` : target.slug;
      for (const size of ["a4", "a3"] as const satisfies PosterSize[]) {
        const where = `/posters/${path}/${posterQuery({ size })}`;
        await page.emulateMedia({ media: "screen" });
        await page.goto(`${server.url}${where}`);
        await expect.soft(page.locator("[data-no-qr]"), where).toBeVisible();
        await expect.soft(page.locator("[data-no-qr]"), where).toContainText("siteUrl");
        await page.emulateMedia({ media: "print" });
        await expect.soft(page.locator("[data-no-qr]"), where).toBeHidden();
        expect.soft(await page.locator(".pq-code, .pt-qr, [data-qr]").count(), where).toBe(0);
        const printed = await print(page);
        expect.soft(printed.pages, where).toBe(1);
        expect.soft(printed.codes, where).toEqual([]);
        // The short address and the phone number stay on the paper.
        const flat = printed.text.replace(/\s+/g, "");
        expect.soft(flat, where).toContain(`/go/${path}/`);
        if (target.phone) expect.soft(flat, where).toContain(target.phone.replace(/\s+/g, ""));
      }
    }
  });

  test("entry pages print no QR code either, only the short address", async ({ page }) => {
    const entry = small.initiatives[0]!;
    await page.emulateMedia({ media: "print" });
    await page.goto(`${server.url}/${small.site.defaultLocale}/initiatives/${entry.slug}/`);
    await expect(page.locator(".print-link")).toBeVisible();
    await expect(page.locator(".print-link svg")).toHaveCount(0);
    const printed = await print(page);
    expect(printed.codes).toEqual([]);
    expect(printed.text.replace(/\s+/g, "")).toContain(`/go/${entry.slug}/`);
  });
});
