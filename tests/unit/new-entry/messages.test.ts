/**
 * The words of `npm run new` (`new.*` in i18n/tools/<language>.json): every one in
 * English and in Dutch, the Dutch really Dutch (not the English copied) and without
 * the words a volunteer does not know.
 */
import { describe, expect, test } from "vitest";
import { toolStrings } from "../../../src/lib/messages/index.ts";
import { askingIn } from "../../../src/cli/new/ask.ts";

const newKeys = (lang: "en" | "nl") =>
  Object.keys(toolStrings[lang]).filter((key) => key.startsWith("new."));

/** Words that are the same in both languages. */
const sameInBoth = new Set(["new.where.online"]);

describe("the words of npm run new", () => {
  test("every new. key is in en and in nl", () => {
    expect(newKeys("en").length).toBeGreaterThan(50);
    expect(newKeys("nl").sort()).toEqual(newKeys("en").sort());
  });

  test("the Dutch is not the English", () => {
    for (const key of newKeys("en").filter((k) => !sameInBoth.has(k))) {
      expect(toolStrings.nl[key], key).not.toBe(toolStrings.en[key]);
    }
  });

  test("the Dutch has no jargon (front matter, slug, schema, YAML, veld)", () => {
    for (const key of newKeys("nl")) {
      const text = (toolStrings.nl[key] ?? "").replace(/\{\{\w+\}\}/g, "");
      expect(text, key).not.toMatch(/front ?matter|\bslug\b|schema|yaml|\bveld/i);
    }
  });

  test("the questions come out in the volunteer's language", () => {
    const context = { existingSlugs: [], today: "2026-11-25", locales: ["nl", "en"] };
    const nl = askingIn(context, "nl").t;
    const en = askingIn(context, "en").t;
    expect(nl("new.question.summary")).toBe(
      "Korte beschrijving: een of twee korte zinnen (in het Nederlands)",
    );
    expect(en("new.question.summary")).toBe("Summary: one or two short sentences (in Dutch)");
    expect(nl("new.question.weeks", { days: "vrijdag" })).toBe("Welke vrijdag van de maand?");
  });
});
