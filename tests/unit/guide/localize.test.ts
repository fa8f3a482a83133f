import { expect, test } from "vitest";
import { localizedText } from "../../../src/lib/guide/localize.ts";

const entry = {
  slug: "x",
  text: {
    nl: {
      locale: "nl",
      title: "Koffie",
      summary: "Samen koffie.",
      directions: "Naast de supermarkt.",
      body: "",
      html: "",
      file: "x/index.mdx",
    },
    en: {
      locale: "en",
      title: "Coffee",
      summary: "Coffee together.",
      body: "",
      html: "",
      file: "x/en.mdx",
    },
  },
};

test("a translated entry uses its own text", () => {
  const text = localizedText(entry, "en", "nl");
  expect(text.title).toBe("Coffee");
  expect(text.isFallback).toBe(false);
});

test("an untranslated entry falls back to the default language, marked as such", () => {
  const text = localizedText(entry, "ar", "nl");
  expect(text).toMatchObject({ title: "Koffie", locale: "nl", isFallback: true });
});

test("directions missing from a translation fall back on their own", () => {
  const text = localizedText(entry, "en", "nl");
  expect(text.directions).toBe("Naast de supermarkt.");
  expect(text.directionsLocale).toBe("nl");
});
