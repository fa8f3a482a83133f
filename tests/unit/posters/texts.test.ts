/** A poster's text blocks: one per poster language, each with its own lang and dir. */
import { expect, test } from "vitest";
import { posterTextBlocks } from "../../../src/lib/posters/texts.ts";
import { softHyphens } from "../../../src/lib/posters/hyphenate.ts";
import { langAttrs } from "../../../src/lib/i18n/lang-attrs.ts";

const text = (locale: string, title: string) => ({
  locale,
  title,
  summary: `${title}.`,
  body: "",
  html: "",
  file: `x/${locale}.mdx`,
});
const entry = { slug: "x", text: { nl: text("nl", "Koffie"), ar: text("ar", "قهوة") } };

test("each poster language gets a block in its own direction", () => {
  const blocks = posterTextBlocks(entry, ["nl", "ar", "tr"], "nl");
  expect(blocks.map((b) => [b.locale, b.dir, b.primary])).toEqual([
    ["nl", "ltr", true],
    ["ar", "rtl", false],
    ["tr", "ltr", false],
  ]);
  expect(blocks[1]?.text.title).toBe("قهوة");
});

test("a language without a translation does not repeat the default text already shown", () => {
  const [, , turkish] = posterTextBlocks(entry, ["nl", "ar", "tr"], "nl");
  expect(turkish).toMatchObject({ showText: false, text: { isFallback: true, locale: "nl" } });
});

test("without the default language on the poster, the fallback text is shown, marked", () => {
  const [arabic, turkish] = posterTextBlocks(entry, ["ar", "tr"], "nl");
  expect(arabic).toMatchObject({ primary: true, showText: true });
  expect(turkish).toMatchObject({
    showText: true,
    text: { title: "Koffie", locale: "nl", isFallback: true },
  });
});

test("a one-language poster of an untranslated entry shows the default text", () => {
  const [only] = posterTextBlocks(entry, ["pl"], "nl");
  expect(only).toMatchObject({ primary: true, showText: true, text: { locale: "nl" } });
});

test("long poster titles get soft hyphens in languages with patterns only", () => {
  const dutch = softHyphens("Bel een ervaringsdeskundige", "nl");
  expect(dutch).toContain("\u00ad");
  expect(dutch.replaceAll("\u00ad", "")).toBe("Bel een ervaringsdeskundige");
  expect(softHyphens("Bel een", "nl")).toBe("Bel een");
  expect(softHyphens("صباح القهوة", "ar")).toBe("صباح القهوة");
});

test("text in another language than its surroundings gets both lang and dir", () => {
  expect(langAttrs("nl", "ar")).toEqual({ lang: "nl", dir: "ltr" });
  expect(langAttrs("ar", "nl")).toEqual({ lang: "ar", dir: "rtl" });
  expect(langAttrs("nl", "nl")).toEqual({});
});
