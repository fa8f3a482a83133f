/** Every entry of the sample neighbourhood, spoken in every locale. */
import { describe, expect, test } from "vitest";
import { contentDir } from "../../../src/lib/content/content-dir.ts";
import { loadGuide } from "../../../src/lib/content/load.ts";
import { spokenSegments, spokenText } from "../../../src/lib/speech/index.ts";
import { locales } from "./fixtures.ts";

const guide = loadGuide(contentDir(), { today: "2026-12-20" });
const placeBySlug = new Map(guide.places.map((p) => [p.slug, p]));
const context = { defaultLocale: guide.site.defaultLocale, placeBySlug, today: "2026-12-20" };
const factParts = new Set(["when", "closed", "cost", "walkIn", "womenOnly", "hosts"]);

describe("the sample content spoken", () => {
  test.each(locales)(
    "%s: every entry has sentences, facts in words and in the reader's language",
    (locale) => {
      expect(guide.initiatives.length).toBeGreaterThan(0);
      for (const entry of guide.initiatives) {
        const segments = spokenSegments(entry, locale, context);
        const where = `${entry.slug} (${locale})`;
        expect(segments[0]?.part, where).toBe("title");
        expect(
          segments.some((s) => s.part === "when"),
          where,
        ).toBe(entry.schedule.length > 0);
        expect(
          segments.some((s) => s.part === "where"),
          where,
        ).toBe(true);
        segments.forEach((s, i) => {
          expect(s.text, where).not.toMatch(/\{\{|\}\}|undefined|speech\.|\uE000|\uE001/);
          // A sentence split by language ends where its part ends.
          if (segments[i + 1]?.part !== s.part) expect(s.text, where).toMatch(/[.!?؟…]$/u);
          if (factParts.has(s.part ?? "")) {
            expect(s.lang, `${where}: ${s.text}`).toBe(locale);
            expect(s.text, `${where}: ${s.text}`).not.toMatch(/\d/);
          }
        });
        const titleLang = entry.text[locale] ? locale : guide.site.defaultLocale;
        expect(segments[0]?.lang, where).toBe(titleLang);
      }
    },
  );

  test("the coffee morning in English", () => {
    const coffee = guide.initiatives.find((i) => i.slug === "koffieochtend");
    expect(coffee).toBeDefined();
    const text = spokenText(spokenSegments(coffee!, "en", context));
    expect(text).toContain(
      "Every Monday, Wednesday and Friday from half past nine to half past eleven in the morning.",
    );
    expect(text).toContain("Not on December twenty-fifth and January first.");
    expect(text).toContain("It is free.");
  });
});
