/** Cache keys and the per-build plan of generated audio. */
import { describe, expect, test } from "vitest";
import {
  audioCacheKey,
  expectedGeneratedAudio,
  recordingFileName,
} from "../../../src/lib/audio/generated.ts";
import { planGeneratedAudio, skippedSummary } from "../../../src/lib/audio/plan.ts";

import type { SpokenSegment } from "../../../src/lib/speech/types.ts";

const segments: SpokenSegment[] = [
  { text: "Koffieochtend.", lang: "nl", part: "title" },
  { text: "Every Monday from half past nine.", lang: "en", part: "when" },
];

describe("audioCacheKey", () => {
  test("the same words in the same languages give the same key", () => {
    expect(audioCacheKey(segments)).toBe(audioCacheKey(segments.map((s) => ({ ...s }))));
    // Which fact a segment tells does not change the sound.
    expect(audioCacheKey(segments)).toBe(
      audioCacheKey(segments.map((s) => ({ ...s, part: "summary" as const }))),
    );
  });
  test("a changed word, language or order gives a new key", () => {
    const key = audioCacheKey(segments);
    const changed = [
      [{ text: "Koffiemiddag.", lang: "nl" }, segments[1]!],
      [{ text: "Koffieochtend.", lang: "en" }, segments[1]!],
      [segments[1]!, segments[0]!],
      // Moving a word across a segment border changes the pauses, so the sound.
      [
        { text: "Koffieochtend. Every", lang: "nl" },
        { text: "Monday from half past nine.", lang: "en" },
      ],
    ];
    const keys = changed.map(audioCacheKey);
    expect(new Set([key, ...keys]).size).toBe(changed.length + 1);
  });
  test("is safe as a file name", () => {
    expect(audioCacheKey(segments)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("expectedGeneratedAudio", () => {
  const site = { locales: ["nl", "en", "ar"], generatedAudio: ["nl", "en"] };
  test("a wanted locale without a recording has a file named by locale and key", () => {
    const expected = expectedGeneratedAudio({ audio: {} }, "en", site, segments);
    expect(expected?.fileName).toBe(`en-${audioCacheKey(segments)}.opus`);
    expect(expected?.cacheFile).toBe(`${audioCacheKey(segments)}.opus`);
  });
  test("none where a volunteer recorded it", () => {
    expect(
      expectedGeneratedAudio({ audio: { nl: "initiatives/x/nl.opus" } }, "nl", site, segments),
    ).toBeUndefined();
  });
  test("none for a locale the site left out", () => {
    expect(expectedGeneratedAudio({ audio: {} }, "ar", site, segments)).toBeUndefined();
  });
  test("every site locale when the site does not say", () => {
    expect(
      expectedGeneratedAudio({ audio: {} }, "ar", { locales: ["nl", "ar"] }, segments),
    ).toBeDefined();
  });
  test("none at all with generatedAudio: []", () => {
    const none = { locales: ["nl"], generatedAudio: [] };
    expect(expectedGeneratedAudio({ audio: {} }, "nl", none, segments)).toBeUndefined();
  });
});

test("a recording is published under its locale with its own extension", () => {
  expect(recordingFileName("ar", "initiatives/x/audio/Stem.MP3")).toBe("ar.mp3");
});

describe("planGeneratedAudio", () => {
  const site = { locales: ["nl", "en", "ar", "uk"], generatedAudio: ["nl", "en", "uk"] };
  const initiatives: { slug: string; audio: Record<string, string> }[] = [
    { slug: "b", audio: { nl: "initiatives/b/nl.opus" } },
    { slug: "a", audio: {} },
  ];
  const segmentsOf = (slug: string, locale: string): SpokenSegment[] => [
    { text: `${slug} title`, lang: "nl", part: "title" },
    { text: `${slug} facts in ${locale}`, lang: locale, part: "when" },
  ];
  const plan = (speaks: (lang: string) => boolean, cached: Set<string> = new Set()) =>
    planGeneratedAudio({
      site,
      initiatives,
      segmentsOf,
      speaks,
      isCached: (file) => cached.has(file),
    });

  test("one job per wanted entry × locale, none where a recording exists", () => {
    const { jobs, cached, skipped } = plan(() => true);
    expect(jobs.map((j) => `${j.slug}/${j.locale}`)).toEqual([
      "a/nl",
      "a/en",
      "a/uk",
      "b/en",
      "b/uk",
    ]);
    expect(cached).toBe(0);
    expect(skipped).toEqual({});
  });

  test("each segment keeps its own language's voice", () => {
    const job = plan(() => true).jobs.find((j) => j.slug === "a" && j.locale === "en");
    expect(job?.segments).toEqual([
      { text: "a title", voice: "nl" },
      { text: "a facts in en", voice: "en" },
    ]);
  });

  test("a warm cache leaves nothing to make", () => {
    const all = new Set(plan(() => true).jobs.map((j) => j.cacheFile));
    const warm = plan(() => true, all);
    expect(warm.jobs).toEqual([]);
    expect(warm.cached).toBe(5);
  });

  test("without espeak-ng everything wanted is counted as skipped, per locale", () => {
    const none = plan(() => false);
    expect(none.jobs).toEqual([]);
    expect(none.skipped).toEqual({ nl: 1, en: 2, uk: 2 });
    expect(skippedSummary(none.skipped)).toBe("nl 1, en 2, uk 2");
  });

  test("cached audio is used even when espeak-ng is gone", () => {
    const all = new Set(plan(() => true).jobs.map((j) => j.cacheFile));
    const gone = plan(() => false, all);
    expect(gone.cached).toBe(5);
    expect(gone.skipped).toEqual({});
  });

  test("a locale without a voice is skipped, the others are made", () => {
    const noUkrainian = plan((lang) => lang !== "uk");
    expect(noUkrainian.jobs.map((j) => j.locale)).not.toContain("uk");
    expect(noUkrainian.skipped).toEqual({ uk: 2 });
  });

  test("pairs: every entry × locale with a file, cached or planned, not the skipped", () => {
    const ids = (p: { pairs: { slug: string; locale: string }[] }) =>
      p.pairs.map((pair) => `${pair.slug}/${pair.locale}`);
    expect(ids(plan(() => true))).toEqual(["a/nl", "a/en", "a/uk", "b/en", "b/uk"]);
    expect(ids(plan((lang) => lang !== "uk"))).toEqual(["a/nl", "a/en", "b/en"]);
    const all = new Set(plan(() => true).jobs.map((j) => j.cacheFile));
    expect(ids(plan(() => false, all))).toHaveLength(5);
  });
});
