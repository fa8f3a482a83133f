/**
 * The rows of the providers' overview: the reader's language for facts, the text's
 * own language marked when it falls back, contact links for a warm hand-over.
 */
import { expect, test } from "vitest";
import { providerRows } from "../../../src/lib/providers/rows.ts";
import { context } from "../export/sample.ts";

const { initiatives, places, site } = context();
const input = {
  initiatives,
  placeBySlug: new Map(places.map((p) => [p.slug, p])),
  defaultLocale: site.defaultLocale,
  base: "/",
  today: "2026-11-25",
};

test("one row per initiative, sorted by title in the reader's language", () => {
  const rows = providerRows(input, "en");
  expect(rows.map((r) => r.title)).toEqual([
    "=Vrouwencirkel",
    "Avondgesprek",
    "Coffee morning",
    "Zwemmen voor vrouwen",
  ]);
});

test("facts in the reader's language; untranslated titles keep their own language", () => {
  const rows = providerRows(input, "en");
  const coffee = rows.find((r) => r.slug === "koffieochtend")!;
  expect(coffee.textLang).toBeUndefined();
  expect(coffee.typeLabel).toBe("Drop-in hours");
  expect(coffee.when).toEqual(["Every week on Tuesday and Thursday 10:00\u201312:00"]);
  expect(coffee.where).toMatchObject({
    label: "Community centre De Brug",
    href: "/en/places/de-brug/",
    address: "Kerkstraat 5, 1234 AB",
  });
  expect(coffee.hosts).toEqual([
    { role: "Peer worker", organisation: "Stichting Samen" },
    { role: "Volunteer", organisation: "Bewonersgroep" },
  ]);
  expect(coffee.access).toEqual(["Just walk in", "You can bring someone", "Wheelchair accessible"]);
  expect(coffee.contact).toEqual({
    phone: { text: "06 1234 5678", href: "tel:0612345678" },
    whatsapp: "https://wa.me/31612345678",
    afterHours: true,
  });
  const swim = rows.find((r) => r.slug === "zwemmen")!;
  expect(swim.textLang).toBe("nl");
  expect(swim.womenOnly).toBe(true);
  expect(swim.cost).toBe("€4");
  expect(swim.where).toMatchObject({ label: "Zwembad De Golf, Badweg 2, 1234 AD Testdorp" });
});

test("Arabic rows speak Arabic and name languages in their own script", () => {
  const coffee = providerRows(input, "ar").find((r) => r.slug === "koffieochtend")!;
  expect(coffee.typeLabel).toMatch(/[\u0600-\u06ff]/);
  expect(coffee.languages.find((l) => l.tag === "ar")).toMatchObject({
    own: "العربية",
    dir: "rtl",
  });
  expect(coffee.href).toBe("/ar/initiatives/koffieochtend/");
});

test("sort values: when by the earliest meeting of the week, cost as a number", () => {
  const rows = providerRows(input, "nl");
  const sort = (slug: string) => rows.find((r) => r.slug === slug)!.sort;
  expect(Number(sort("koffieochtend").when)).toBe(1 * 1440 + 600);
  expect(Number(sort("avondgesprek").when)).toBe(0 * 1440 + 19 * 60 + 30);
  expect(sort("vrouwencirkel").cost).toBe("2.5");
  expect(sort("koffieochtend").cost).toBe("0");
});

test("each row carries its facet values: meetings, evening or weekend, free", () => {
  const row = (slug: string) => providerRows(input, "en").find((r) => r.slug === slug)!;
  expect(row("avondgesprek").facets.dayTime).toEqual(["mo-evening", "fr-evening"]);
  expect(row("avondgesprek").facets.flag).toEqual(["free", "eveningWeekend"]);
  expect(row("koffieochtend").facets.flag).not.toContain("eveningWeekend");
});

test("a rule that has ended is not shown, sorted on or filtered on", () => {
  // Avondgesprek: last Friday evenings, and Mondays every other week until 30 June 2027.
  const afterSummer = { ...input, today: "2027-07-15" };
  const row = providerRows(afterSummer, "en").find((r) => r.slug === "avondgesprek")!;
  expect(row.when).toHaveLength(1);
  expect(row.facets.dayTime).toEqual(["fr-evening"]);
  expect(Number(row.sort.when)).toBe(4 * 1440 + 18 * 60);
  const before = providerRows(input, "en").find((r) => r.slug === "avondgesprek")!;
  expect(before.when).toHaveLength(2);
});
