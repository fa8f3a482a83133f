/**
 * Listen: the button says "Stop" while it plays, in every language (its text and
 * `aria-pressed`); without JavaScript an entry with a recording or generated audio
 * offers a plain link to the file; search results show a type's one icon.
 */
import { expect, test } from "@playwright/test";
import { guide } from "./guide.ts";
import { translator } from "../../src/lib/i18n/translator.ts";
import { typeIcons } from "../../src/lib/icons.ts";

const { site } = guide;
const recorded = guide.initiatives.find((i) => i.audio[site.defaultLocale]);

test.describe("on a phone with a voice for every language", () => {
  // A stand-in for the phone's speech engine that keeps talking until stopped, so
  // the button can be seen while it plays.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const synth = window.speechSynthesis;
      let queue: SpeechSynthesisUtterance[] = [];
      synth.getVoices = () =>
        ["nl-NL", "en-GB", "ar-SA", "tr-TR", "pl-PL", "uk-UA"].map(
          (lang) =>
            ({ lang, localService: true, name: lang, default: false }) as SpeechSynthesisVoice,
        );
      Object.defineProperty(SpeechSynthesisUtterance.prototype, "voice", {
        set() {},
        get: () => null,
      });
      synth.cancel = () => {
        queue = [];
      };
      synth.speak = (utterance) => {
        queue.push(utterance);
        setTimeout(() => {
          if (queue.includes(utterance))
            utterance.onstart?.(new Event("start") as SpeechSynthesisEvent);
        }, 50);
      };
    });
  });

  for (const locale of site.locales) {
    test(`${locale}: the button says "Stop" while it plays, and is pressed`, async ({ page }) => {
      const t = translator(locale);
      // A page without a recording in this language, so the phone's voice reads it.
      const quiet = guide.initiatives.find((i) => !i.audio[locale])!;
      await page.goto(`/${locale}/initiatives/${quiet.slug}/`);
      // What a sighted reader sees (innerText: the hidden word is not shown).
      const button = page.locator("button[data-read-aloud]");
      await expect(button).toBeVisible();
      await expect(button).toHaveAttribute("aria-pressed", "false");
      await expect.poll(() => button.innerText()).toMatch(new RegExp(`^${t("speech.play")}`));
      await expect(button).toHaveAccessibleName(new RegExp(`^${t("speech.play")}`));

      await button.click();
      await expect(button).toHaveAttribute("aria-pressed", "true");
      await expect(button).toHaveAttribute("data-state", "playing");
      const stop = t("speech.stop");
      expect(stop).not.toBe(t("speech.play"));
      await expect.poll(() => button.innerText()).toMatch(new RegExp(`^${stop}`));
      await expect(button.locator("[data-read-aloud-stop]")).toBeVisible();
      await expect(button).toHaveAccessibleName(new RegExp(`^${stop}`));

      await button.click();
      await expect(button).toHaveAttribute("aria-pressed", "false");
      await expect.poll(() => button.innerText()).toMatch(new RegExp(`^${t("speech.play")}`));
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an entry with a volunteer's recording links to the file", async ({ page, request }) => {
    test.skip(!recorded, "no recording in this content");
    const locale = site.defaultLocale;
    await page.goto(`/${locale}/initiatives/${recorded!.slug}/`);
    await expect(page.locator("button[data-read-aloud]")).toBeHidden();
    const link = page.getByRole("link", { name: new RegExp(translator(locale)("speech.file")) });
    await expect(link).toBeVisible();
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(new RegExp(`/audio/${recorded!.slug}/${locale}\\.\\w+$`));
    const response = await request.get(href);
    expect(response.status()).toBe(200);
    expect((await response.body()).length).toBeGreaterThan(1000);
  });

  test("an entry with audio the build made links to that file", async ({ page, request }) => {
    // A language with generated audio, on an entry without a recording in it.
    const checked: string[] = [];
    for (const locale of site.generatedAudio ?? site.locales) {
      const quiet = guide.initiatives.find((i) => !i.audio[locale]);
      if (!quiet) continue;
      await page.goto(`/${locale}/initiatives/${quiet.slug}/`);
      const generated = await page
        .locator("button[data-read-aloud]")
        .getAttribute("data-generated");
      const link = page.locator("a[data-read-aloud-file]");
      if (!generated) {
        await expect(link).toHaveCount(0);
        continue;
      }
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute("href", generated);
      expect((await request.get(generated)).status()).toBe(200);
      checked.push(locale);
    }
    expect(checked.length).toBeGreaterThan(0);
  });

  test("an entry with nothing to play offers no link", async ({ page }) => {
    const locale = "ar";
    const quiet = guide.initiatives.find((i) => !i.audio[locale])!;
    await page.goto(`/${locale}/initiatives/${quiet.slug}/`);
    const generated = await page.locator("button[data-read-aloud]").getAttribute("data-generated");
    test.skip(Boolean(generated), "this build made Arabic audio");
    await expect(page.locator("a[data-read-aloud-file]")).toHaveCount(0);
  });
});

test("search results show each type with the icon the rest of the guide uses", async ({ page }) => {
  const activity = guide.initiatives.find(
    (i) => i.type === "activity" && i.text[site.defaultLocale],
  )!;
  expect(typeIcons.activity).toBeTruthy();
  const locale = site.defaultLocale;
  // The type's icon as the entry page draws it.
  await page.goto(`/${locale}/initiatives/${activity.slug}/`);
  const pageIcon = await page.locator("article > p svg").first().innerHTML();

  await page.goto(`/${locale}/search/`);
  await page.getByRole("searchbox").fill(activity.text[locale]!.title);
  const item = page
    .locator("[data-search-results] li")
    .filter({ has: page.locator(`a[href*="/initiatives/${activity.slug}/"]`) })
    .first();
  await expect(item).toBeVisible();
  await expect(item.locator("[data-slot=kind]")).toHaveText(translator(locale)("type.activity"));
  expect(await item.locator("[data-slot=icon] svg").innerHTML()).toBe(pageIcon);
});
