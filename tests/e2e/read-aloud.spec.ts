/**
 * Read-aloud in Chromium: the recording and the generated audio load only after a
 * tap and play; stop works by mouse and keyboard; one entry plays at a time; an
 * Arabic page with nothing to play shows no button. Headless Chromium has no speech
 * voices, which is the "phone without a voice for this language" case.
 */
import { expect, test, type Page } from "@playwright/test";
import { guide } from "./guide.ts";

const { site } = guide;
const recorded = guide.initiatives.find((i) => i.audio.nl)!;
const generatedOnly = guide.initiatives.find((i) => !i.audio.nl)!;
const arWithout = guide.initiatives.find((i) => !i.audio.ar)!;
/**
 * A need page that lists its entries as cards, each with its button: the need with
 * the fewest entries but two (a long list shows compact rows without buttons).
 */
const needCounts = [...new Set(guide.initiatives.flatMap((i) => i.needs))]
  .map((need) => ({ need, count: guide.initiatives.filter((i) => i.needs.includes(need)).length }))
  .filter(({ count }) => count >= 2)
  .sort((a, b) => a.count - b.count);
const cardNeed = needCounts[0]!.need;
/** The button's name: "Luisteren: <title>", and "Stop: <title>" while it plays. */
const listenOrStop = /^(Luisteren|Stop)\b/;

/** URL paths of audio files the page requested. */
function audioRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/audio/")) seen.push(pathname);
  });
  return seen;
}

/**
 * Makes sure the browser offers no speech voice. Headless Debian Chromium has none;
 * should a build of it ever bring some, this keeps the no-voice case true.
 */
async function withoutVoices(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const synth = window.speechSynthesis as SpeechSynthesis | undefined;
    if (synth && synth.getVoices().length > 0) synth.getVoices = () => [];
  });
}

/** Plays media 16× faster, so a test can wait for the end of a recording. */
async function fastPlayback(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      this.playbackRate = 16;
      return play.call(this);
    };
  });
}

/** Keeps every media element the page plays in `window.media`, to see which still play. */
async function trackMedia(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const media: HTMLMediaElement[] = [];
    (window as unknown as { media: HTMLMediaElement[] }).media = media;
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      media.push(this);
      return play.call(this);
    };
  });
}

function stillPlaying(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { media: HTMLMediaElement[] }).media.filter((m) => !m.paused).length,
  );
}

test.beforeEach(async ({ page }) => {
  await withoutVoices(page);
});

test("the volunteer's recording loads only after the tap, and plays", async ({ page }) => {
  const requests = audioRequests(page);
  await page.goto(`/nl/initiatives/${recorded.slug}/`);
  const listen = page.getByRole("button", { name: listenOrStop });
  await expect(listen).toBeVisible();
  // The word people see, then which entry (Chromium puts a space around the hidden part).
  await expect(listen).toHaveAccessibleName(
    new RegExp(`^Luisteren\\s?: ${recorded.text.nl!.title}$`),
  );
  await expect(listen).toHaveAttribute("aria-pressed", "false");
  const box = await listen.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(44);
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(requests).toEqual([]);

  await listen.click();
  await expect(listen).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => requests).toContain(`/audio/${recorded.slug}/nl.opus`);
  await expect(listen).toHaveAttribute("data-state", "playing");
});

test("an entry without a recording plays the audio the build made", async ({ page }) => {
  const requests = audioRequests(page);
  await page.goto(`/nl/initiatives/${generatedOnly.slug}/`);
  const listen = page.getByRole("button", { name: listenOrStop });
  await expect(listen).toBeVisible();
  expect(requests).toEqual([]);
  await listen.click();
  await expect(listen).toHaveAttribute("aria-pressed", "true");
  await expect
    .poll(() => requests)
    .toEqual([
      expect.stringMatching(new RegExp(`^/audio/${generatedOnly.slug}/nl-[0-9a-f]+\\.opus$`)),
    ]);
  await expect(listen).toHaveAttribute("data-state", "playing");
});

test("stop with the keyboard: the same button, pressed again", async ({ page }) => {
  await trackMedia(page);
  await page.goto(`/nl/initiatives/${generatedOnly.slug}/`);
  const listen = page.getByRole("button", { name: listenOrStop });
  await listen.focus();
  await page.keyboard.press("Enter");
  await expect(listen).toHaveAttribute("data-state", "playing");
  await page.keyboard.press("Space");
  await expect(listen).toHaveAttribute("aria-pressed", "false");
  await expect(listen).toHaveAttribute("data-state", "idle");
  expect(await stillPlaying(page)).toBe(0);
  // Focus stays where the reader is.
  await expect(listen).toBeFocused();
});

test("it stops by itself at the end and can be started again", async ({ page }) => {
  await fastPlayback(page);
  await page.goto(`/nl/initiatives/${recorded.slug}/`);
  const listen = page.getByRole("button", { name: listenOrStop });
  await listen.click();
  await expect(listen).toHaveAttribute("data-state", "playing");
  await expect(listen).toHaveAttribute("aria-pressed", "false", { timeout: 20_000 });
  await listen.click();
  await expect(listen).toHaveAttribute("aria-pressed", "true");
});

test("tapping a second entry stops the first", async ({ page }) => {
  await trackMedia(page);
  await page.goto(`/nl/needs/${cardNeed}/`);
  const buttons = page.locator("article").getByRole("button", { name: listenOrStop });
  expect(await buttons.count()).toBeGreaterThan(1);
  const first = buttons.nth(0);
  const second = buttons.nth(1);
  await first.click();
  await expect(first).toHaveAttribute("aria-pressed", "true");
  await second.click();
  await expect(first).toHaveAttribute("aria-pressed", "false");
  await expect(second).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator('button[data-read-aloud][aria-pressed="true"]')).toHaveCount(1);
  await expect(second).toHaveAttribute("data-state", "playing");
  expect(await stillPlaying(page)).toBe(1);
});

test("an Arabic page without recording, voice or generated audio shows no button", async ({
  page,
}) => {
  expect(site.generatedAudio ?? site.locales).not.toContain("ar");
  await page.goto(`/ar/initiatives/${arWithout.slug}/`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  expect(await page.evaluate(() => window.speechSynthesis?.getVoices().length ?? 0)).toBe(0);
  await expect(page.locator("button[data-read-aloud]")).toHaveCount(1);
  await expect(page.locator("button[data-read-aloud]")).toBeHidden();
  await expect(page.getByRole("button", { name: /استمع/ })).toHaveCount(0);
});

test.describe("on a phone with an Arabic voice", () => {
  // Headless Chromium has no text-to-speech engine: this stands in for the phone's
  // own engine, so what is checked is the page's script (reveal, one utterance per
  // segment in its language, reset at the end), not the voice.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      const voice = { lang: "ar-SA", localService: true, name: "Arabic", default: true };
      const synth = window.speechSynthesis;
      let queue: SpeechSynthesisUtterance[] = [];
      synth.getVoices = () => [voice as unknown as SpeechSynthesisVoice];
      Object.defineProperty(SpeechSynthesisUtterance.prototype, "voice", {
        set(this: { chosen?: unknown }, value: unknown) {
          this.chosen = value;
        },
        get(this: { chosen?: unknown }) {
          return this.chosen ?? null;
        },
      });
      synth.cancel = () => {
        queue = [];
      };
      synth.speak = (utterance) => {
        queue.push(utterance);
        spoken.push({ text: utterance.text, lang: utterance.lang });
        setTimeout(() => {
          if (!queue.includes(utterance)) return;
          utterance.onstart?.(new Event("start") as SpeechSynthesisEvent);
          setTimeout(() => {
            if (queue.includes(utterance))
              utterance.onend?.(new Event("end") as SpeechSynthesisEvent);
          }, 200);
        }, 50);
      };
    });
  });

  test("the button appears and speaks each segment in its own language", async ({ page }) => {
    const requests = audioRequests(page);
    await page.goto(`/ar/initiatives/${arWithout.slug}/`);
    const listen = page.getByRole("button", { name: /^(استمع|إيقاف)/ });
    await expect(listen).toBeVisible();
    await listen.click();
    await expect(listen).toHaveAttribute("aria-pressed", "true");
    await expect(listen).toHaveAttribute("aria-pressed", "false", { timeout: 10_000 });
    const spoken = await page.evaluate(
      () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
    );
    const expected = JSON.parse((await listen.getAttribute("data-speech")) ?? "[]") as unknown[];
    expect(spoken).toEqual(expected);
    expect(spoken.some((s) => s.lang === "ar")).toBe(true);
    expect(requests).toEqual([]);
  });
});
