/**
 * Read-aloud audio in the built sample site: the volunteer's recording is published
 * as it is, the build made Opus audio for entries without one (not for Arabic, which
 * site.yaml leaves out), and a build with a warm cache runs no espeak-ng at all.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { audioSummary, buildGeneratedAudio } from "../../src/integrations/audio/build-audio.ts";
import { audioCacheDir } from "../../src/lib/audio/cache-dir.ts";
import { contentDir } from "../../src/lib/content/content-dir.ts";
import { loadGuide } from "../../src/lib/content/validate.ts";
import type { Guide } from "../../src/lib/content/model.ts";
import { listDensity } from "../../src/lib/guide/list-pages.ts";
import { distDir, distFile, page } from "./dist.ts";

const guide = loadGuide(contentDir());
const { site } = guide;
const scratch = mkdtempSync(path.join(tmpdir(), "buurtgids-audio-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const installed = (command: string, arg: string) => spawnSync(command, [arg]).status === 0;
const hasTools = installed("espeak-ng", "--version") && installed("opusenc", "--version");
// CI installs espeak-ng and opus-tools (.ci/run); elsewhere the generated-audio tests need them.
const generatedTests = describe.skipIf(!hasTools && !process.env.CI);

function button(route: string) {
  const found = page(route).querySelector("button[data-read-aloud]");
  expect(found, `${route} has a read-aloud button`).not.toBeNull();
  return found!;
}

function isOpus(file: string): boolean {
  const bytes = readFileSync(file);
  return bytes.subarray(0, 4).toString() === "OggS" && bytes.includes("OpusHead");
}

/** An espeak-ng that writes each run's arguments to a log, then runs the real one. */
function countingEspeak(): { command: string; synthesisRuns: () => number } {
  const log = path.join(scratch, `espeak-${Math.random().toString(36).slice(2)}.log`);
  const command = path.join(scratch, `espeak-${path.basename(log, ".log")}`);
  writeFileSync(log, "");
  writeFileSync(command, `#!/bin/sh\necho "$*" >> '${log}'\nexec espeak-ng "$@"\n`);
  chmodSync(command, 0o755);
  const synthesisRuns = () =>
    readFileSync(log, "utf8")
      .split("\n")
      .filter((line) => line.includes("--stdout")).length;
  return { command, synthesisRuns };
}

describe("a volunteer's recording", () => {
  const recorded = guide.initiatives.find((i) => i.audio[site.defaultLocale]);

  test("the sample has one, and the entry page plays it", () => {
    expect(recorded, "an initiative with a recording in the default language").toBeDefined();
    const slug = recorded!.slug;
    const listen = button(`/${site.defaultLocale}/initiatives/${slug}/`);
    const src = listen.getAttribute("data-recording") ?? "";
    expect(src).toBe(`/audio/${slug}/${site.defaultLocale}.opus`);
    // The published file is the volunteer's file, byte for byte.
    const original = path.join(contentDir(), recorded!.audio[site.defaultLocale]!);
    expect(readFileSync(distFile(src)).equals(readFileSync(original))).toBe(true);
    // A recording makes generated audio needless.
    expect(listen.hasAttribute("data-generated")).toBe(false);
  });

  test("locales without a recording do not point at it", () => {
    const slug = recorded!.slug;
    const other = site.locales.find((l) => !recorded!.audio[l])!;
    expect(button(`/${other}/initiatives/${slug}/`).hasAttribute("data-recording")).toBe(false);
  });
});

test("every button starts hidden and carries what the phone's voice would say", () => {
  for (const locale of site.locales) {
    for (const initiative of guide.initiatives) {
      const listen = button(`/${locale}/initiatives/${initiative.slug}/`);
      // Hidden until the script finds something to play: no dead button without JS.
      expect(listen.hasAttribute("hidden")).toBe(true);
      expect(listen.getAttribute("aria-pressed")).toBe("false");
      const segments = JSON.parse(listen.getAttribute("data-speech") ?? "[]") as {
        text: string;
        lang: string;
      }[];
      const title = (initiative.text[locale] ?? initiative.text[site.defaultLocale])!.title;
      expect(segments[0]?.text).toContain(title);
      expect(segments.every((s) => s.text.length > 0 && site.locales.includes(s.lang))).toBe(true);
    }
  }
});

generatedTests("audio the build made", () => {
  // A need whose page lists it as a card (a longer list shows compact rows without a button).
  const cardNeed = (initiative: (typeof guide.initiatives)[number]) =>
    initiative.needs.find(
      (need) =>
        listDensity(guide.initiatives.filter((i) => i.needs.includes(need)).length) === "cards",
    );
  const withoutRecording = guide.initiatives.find(
    (i) => !i.audio[site.defaultLocale] && cardNeed(i),
  )!;

  test("an nl entry without a recording has Opus audio in the site, on its page and card", () => {
    const slug = withoutRecording.slug;
    const src =
      button(`/nl/initiatives/${slug}/`).getAttribute("data-generated") ?? "(no data-generated)";
    expect(src).toMatch(new RegExp(`^/audio/${slug}/nl-[0-9a-f]{16}\\.opus$`));
    expect(isOpus(distFile(src))).toBe(true);
    const need = cardNeed(withoutRecording)!;
    const card = page(`/nl/needs/${need}/`).querySelector(
      `article[data-slug="${slug}"] button[data-read-aloud]`,
    );
    expect(card?.getAttribute("data-generated")).toBe(src);
  });

  test("every wanted locale has it; Arabic, left out in site.yaml, has none", () => {
    expect(site.generatedAudio).toBeDefined();
    expect(site.generatedAudio).not.toContain("ar");
    for (const locale of site.locales) {
      for (const initiative of guide.initiatives) {
        const src = button(`/${locale}/initiatives/${initiative.slug}/`).getAttribute(
          "data-generated",
        );
        const wanted = site.generatedAudio!.includes(locale) && !initiative.audio[locale];
        expect(Boolean(src), `${locale}/${initiative.slug}`).toBe(wanted);
        if (src) expect(existsSync(distFile(src)), src).toBe(true);
      }
    }
    const published = readdirSync(path.join(distDir, "audio"), { recursive: true }).map(String);
    expect(published.filter((f) => /(^|\/)ar[-.]/.test(f))).toEqual([]);
  });

  test("small files: 16 kbit/s mono keeps each under 200 KB", () => {
    const files = readdirSync(path.join(distDir, "audio"), { recursive: true })
      .map((f) => path.join(distDir, "audio", String(f)))
      .filter((f) => f.endsWith(".opus"));
    for (const file of files) expect(readFileSync(file).length, file).toBeLessThan(200_000);
  });

  test("a second generation run with the build's warm cache starts no espeak-ng", async () => {
    const espeak = countingEspeak();
    const report = await buildGeneratedAudio(guide, {
      cacheDir: audioCacheDir(),
      tools: { espeak: espeak.command, opusenc: "opusenc" },
    });
    expect(report.plan.jobs).toEqual([]);
    expect(report.plan.cached).toBeGreaterThan(0);
    expect(espeak.synthesisRuns()).toBe(0);
  });

  test("cold, then warm: only the first run speaks, and it makes every planned file", async () => {
    const small: Guide = { ...guide, initiatives: guide.initiatives.slice(0, 2) };
    const cacheDir = path.join(scratch, "cache");
    const cold = countingEspeak();
    const first = await buildGeneratedAudio(small, {
      cacheDir,
      tools: { espeak: cold.command, opusenc: "opusenc" },
    });
    expect(first.result.failed).toEqual([]);
    expect(first.result.made).toBe(first.plan.jobs.length);
    expect(first.result.made).toBeGreaterThan(0);
    expect(cold.synthesisRuns()).toBeGreaterThanOrEqual(first.result.made);
    for (const job of first.plan.jobs)
      expect(isOpus(path.join(cacheDir, job.cacheFile))).toBe(true);

    const warm = countingEspeak();
    const second = await buildGeneratedAudio(small, {
      cacheDir,
      tools: { espeak: warm.command, opusenc: "opusenc" },
    });
    expect(second.plan.jobs).toEqual([]);
    expect(second.plan.cached).toBe(first.result.made);
    expect(warm.synthesisRuns()).toBe(0);
  });
});

test("without espeak-ng nothing is made, and one log line counts what was skipped", async () => {
  const cacheDir = path.join(scratch, "no-tools");
  const report = await buildGeneratedAudio(guide, {
    cacheDir,
    tools: { espeak: path.join(scratch, "no-such-espeak-ng"), opusenc: "opusenc" },
  });
  const wanted = site.generatedAudio ?? site.locales;
  const expected = guide.initiatives.flatMap((i) => wanted.filter((l) => !i.audio[l])).length;
  const skipped = Object.values(report.plan.skipped).reduce((a, b) => a + b, 0);
  expect(report.missing).toContain("espeak-ng");
  expect(report.result.made).toBe(0);
  expect(skipped).toBe(expected);
  expect(existsSync(cacheDir)).toBe(false);
  const line = audioSummary(report);
  expect(line).not.toContain("\n");
  expect(line).toContain(`skipped ${expected}`);
  expect(line).toContain("espeak-ng");
});
