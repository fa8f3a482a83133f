/**
 * The hand-out for one patient: its query (comma-separated or repeated slugs, the
 * sheet's language) and what each entry's JSON holds (words per locale, untranslated
 * text marked with its language, a QR code only with the site's address).
 */
import { describe, expect, test } from "vitest";
import {
  handoutMax,
  handoutQuery,
  parseHandoutQuery,
} from "../../../src/lib/providers/handout-query.ts";
import { handoutEntry, handoutWords } from "../../../src/lib/providers/handout.ts";
import { context } from "../export/sample.ts";

const { initiatives, places, site } = context();
const input = {
  site,
  placeBySlug: new Map(places.map((p) => [p.slug, p])),
  base: "/",
  siteUrl: "https://gids.example.org/",
};
const entry = (slug: string, siteUrl: string | undefined) =>
  handoutEntry(
    initiatives.find((i) => i.slug === slug)!,
    { ...input, siteUrl },
  );

describe("the hand-out's query", () => {
  const locales = ["nl", "en", "ar"];

  test("reads slugs comma-separated or repeated, without repeats or junk", () => {
    expect(parseHandoutQuery("?entries=a,b,c&lang=ar", locales)).toEqual({
      entries: ["a", "b", "c"],
      lang: "ar",
    });
    expect(parseHandoutQuery("lang=AR&entries=a&entries=b,a&entries=<x>", locales)).toEqual({
      entries: ["a", "b"],
      lang: "ar",
    });
    expect(parseHandoutQuery("?entries=a&lang=xx", locales).lang).toBeUndefined();
  });

  test("writes slugs comma-separated", () => {
    expect(handoutQuery({ entries: ["a", "b"], lang: "ar" })).toBe("?entries=a,b&lang=ar");
    expect(handoutQuery({ entries: [], lang: undefined })).toBe("");
    expect(handoutMax).toBe(6);
  });
});

describe("an entry of the hand-out", () => {
  test("has the days, a pictogram, the printed short link and its QR code", () => {
    const coffee = entry("koffieochtend", input.siteUrl);
    expect(coffee.days).toEqual(["tu", "th"]);
    expect(coffee.icon.body).toContain("<");
    expect(coffee.url).toBe("gids.example.org/go/koffieochtend/");
    expect(coffee.qr).toMatch(/^<svg[^>]*viewBox="0 0 \d+ \d+"/);
    expect(Object.keys(coffee.text)).toEqual(site.locales);
  });

  test("says it in each locale; untranslated text keeps its language and direction", () => {
    const coffee = entry("koffieochtend", input.siteUrl);
    expect(coffee.text.en).toMatchObject({
      title: { text: "Coffee morning" },
      when: [
        { days: "Every week on Tuesday and Thursday", time: "10:00\u201312:00", validity: "" },
      ],
      where: { text: "Community centre De Brug" },
      cost: "Free",
      who: ["Peer worker", "Volunteer"],
      days: "Days: Tuesday and Thursday",
    });
    const ar = coffee.text.ar!;
    expect(ar.title).toEqual({ text: "Koffieochtend", lang: "nl", dir: "ltr" });
    expect(ar.cost).toMatch(/[\u0600-\u06ff]/);
    expect(ar.who.every((role) => /[\u0600-\u06ff]/.test(role))).toBe(true);
    expect(ar.address).toEqual({ text: "Kerkstraat 5, 1234 AB", lang: "nl", dir: "ltr" });
  });

  test("without the site's address there is no QR code and no link to type", () => {
    const coffee = entry("koffieochtend", undefined);
    expect(coffee.qr).toBeUndefined();
    expect(coffee.url).toBeUndefined();
  });

  test("the sheet's words: right to left in Arabic, weekday names Monday first", () => {
    const ar = handoutWords("ar", site);
    expect(ar.dir).toBe("rtl");
    expect(ar.dayNames).toHaveLength(7);
    expect(handoutWords("nl", site)).toMatchObject({ dir: "ltr", when: "Wanneer", cost: "Kosten" });
  });
});
