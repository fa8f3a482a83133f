/**
 * site.yaml `generatedAudio`: which languages get audio made by the build, and
 * `generatedAudioMinutes`: how long one build may spend making it.
 */
import { describe, expect, test } from "vitest";
import { audioBudgetMs } from "../../../src/lib/audio/queue.ts";
import { siteSchema } from "../../../src/lib/content/schema/index.ts";
import { check, onlyError, tempContent } from "../content/helpers.ts";

const base = {
  name: { nl: "Gids", en: "Guide" },
  defaultLocale: "nl",
  locales: ["nl", "en", "ar"],
  timeZone: "Europe/Amsterdam",
};

test("a list of the site's languages, or none at all, is accepted", () => {
  expect(siteSchema().safeParse({ ...base, generatedAudio: ["nl", "en"] }).success).toBe(true);
  expect(siteSchema().safeParse({ ...base, generatedAudio: [] }).success).toBe(true);
  expect(siteSchema().safeParse(base).success).toBe(true);
});

test("a language the site does not have is named, with the line", () => {
  const dir = tempContent({
    "site.yaml": (old) => `${old}\ngeneratedAudio: [nl, fr]\n`,
  });
  const error = onlyError(dir);
  expect(error.field).toBe("generatedAudio.1");
  expect(error.message).toContain('"fr" is not one of the site\'s languages');
  expect(error.line).toBeGreaterThan(1);
});

test("the loaded site carries the list; without it, the default applies", () => {
  const dir = tempContent({ "site.yaml": (old) => `${old}\ngeneratedAudio: [nl]\n` });
  expect(check(dir).guide?.site.generatedAudio).toEqual(["nl"]);
  expect(check(tempContent()).guide?.site.generatedAudio).toBeUndefined();
});

describe("generatedAudioMinutes: the time a build may spend making audio", () => {
  test("minutes, fractions and 0 are accepted; without it the default applies", () => {
    for (const minutes of [0, 2.5, 10, 60]) {
      expect(siteSchema().safeParse({ ...base, generatedAudioMinutes: minutes }).success).toBe(
        true,
      );
    }
    expect(check(tempContent()).guide?.site.generatedAudioMinutes).toBeUndefined();
    expect(audioBudgetMs({})).toBe(10 * 60_000);
    const dir = tempContent({ "site.yaml": (old) => `${old}\ngeneratedAudioMinutes: 0\n` });
    expect(audioBudgetMs(check(dir).guide!.site)).toBe(0);
  });

  test("a word or a negative number is named, with the line, what is expected and an example", () => {
    for (const [value, says] of [
      ["ten", "not a number"],
      ["-1", "must be 0 or more"],
    ] as const) {
      const dir = tempContent({
        "site.yaml": (old) => `${old}\ngeneratedAudioMinutes: ${value}\n`,
      });
      const error = onlyError(dir);
      expect(error.field).toBe("generatedAudioMinutes");
      expect(error.message).toContain(says);
      expect(error.expected).toContain("minutes");
      expect(error.example).toBe("10");
      expect(error.line).toBeGreaterThan(1);
    }
  }, 20_000);
});
