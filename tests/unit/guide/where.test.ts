/**
 * One way to say where: `whereOf` resolves a listed place, online, by phone or a
 * street address; `whereLabel` says it with the same words and icon for every
 * output; the entry page, the poster, the calendar's LOCATION and the CSV agree.
 */
import { describe, expect, test } from "vitest";
import type { Initiative } from "../../../src/lib/content/model.ts";
import { eventText } from "../../../src/lib/ics/event-text.ts";
import { csvCells } from "../../../src/lib/export/initiatives-csv.ts";
import { providerRows } from "../../../src/lib/providers/rows.ts";
import { translator } from "../../../src/lib/i18n/translator.ts";
import { factIcons } from "../../../src/lib/icons.ts";
import {
  isRemote,
  placeWhere,
  whereLabel,
  whereLine,
  whereOf,
  type WhereLabel,
} from "../../../src/lib/guide/where.ts";
import { context, initiatives as sampleInitiatives, places } from "../export/sample.ts";

const koffie = sampleInitiatives.find((i) => i.slug === "koffieochtend")!;
const online = sampleInitiatives.find((i) => i.slug === "avondgesprek")!;
const address = sampleInitiatives.find((i) => i.slug === "zwemmen")!;
const phone: Initiative = { ...online, slug: "bellen", place: "phone" };
const initiatives = [...sampleInitiatives, phone];
const placeBySlug = new Map(places.map((p) => [p.slug, p]));
const brug = placeBySlug.get("de-brug")!;

const label = (initiative: Initiative, locale: string): WhereLabel =>
  whereLabel(whereOf(initiative, placeBySlug, locale, "nl"), locale, "nl");

describe("whereOf", () => {
  test("a listed place, with its text for the reader", () => {
    const where = whereOf(koffie, placeBySlug, "en", "nl");
    expect(where.kind).toBe("place");
    if (where.kind !== "place") return;
    expect(where.place).toBe(brug);
    expect(where.text).toMatchObject({ title: "Community centre De Brug", isFallback: false });
    expect(placeWhere(brug, "en", "nl")).toEqual(where);
  });

  test("online, by phone, a street address", () => {
    expect(whereOf(online, placeBySlug, "nl", "nl")).toEqual({ kind: "online" });
    expect(whereOf(phone, placeBySlug, "nl", "nl")).toEqual({ kind: "phone" });
    expect(whereOf(address, placeBySlug, "nl", "nl")).toEqual({
      kind: "address",
      address: "Zwembad De Golf, Badweg 2, 1234 AD Testdorp",
    });
  });

  test("online and by phone are remote; a place or an address is not", () => {
    expect(
      [koffie, online, phone, address].map((i) => isRemote(whereOf(i, placeBySlug, "nl", "nl"))),
    ).toEqual([false, true, true, false]);
  });

  test("a place slug that names no listed place reads as the entry's address", () => {
    expect(whereOf({ place: "gone" }, placeBySlug, "nl", "nl")).toEqual({
      kind: "address",
      address: "",
    });
  });
});

describe("whereLabel", () => {
  test("a place: its name, street and postcode, landmark, slug and pin", () => {
    expect(label(koffie, "nl")).toEqual({
      kind: "place",
      icon: factIcons.place,
      name: { text: "Buurthuis De Brug" },
      address: { text: "Kerkstraat 5, 1234 AB" },
      directions: { text: "Naast de bakker." },
      placeSlug: "de-brug",
    });
  });

  test("content in another language than the reader's says which", () => {
    // English name of the place; street address and untranslated landmark in Dutch.
    expect(label(koffie, "en")).toMatchObject({
      name: { text: "Community centre De Brug" },
      address: { text: "Kerkstraat 5, 1234 AB", lang: "nl" },
      directions: { text: "Naast de bakker.", lang: "nl" },
    });
    // No Arabic text: the Dutch name, marked as Dutch.
    expect(label(koffie, "ar").name).toEqual({ text: "Buurthuis De Brug", lang: "nl" });
    expect(label(address, "ar").name).toEqual({
      text: "Zwembad De Golf, Badweg 2, 1234 AD Testdorp",
      lang: "nl",
    });
    expect(label(address, "nl").name).toEqual({
      text: "Zwembad De Golf, Badweg 2, 1234 AD Testdorp",
    });
  });

  test.each(["nl", "en", "ar", "tr", "pl", "uk"])(
    "online and by phone are the UI's words in %s, with their own icons",
    (locale) => {
      const t = translator(locale);
      expect(label(online, locale)).toEqual({
        kind: "online",
        icon: factIcons.online,
        name: { text: t("fact.online") },
      });
      expect(label(phone, locale)).toEqual({
        kind: "phone",
        icon: factIcons.phone,
        name: { text: t("fact.byPhone") },
      });
    },
  );

  test("whereLine: the name, then a listed place's address", () => {
    expect(whereLine(label(koffie, "nl"))).toBe("Buurthuis De Brug, Kerkstraat 5, 1234 AB");
    expect(whereLine(label(address, "nl"))).toBe("Zwembad De Golf, Badweg 2, 1234 AD Testdorp");
    expect(whereLine(label(online, "en"))).toBe("Online");
    expect(whereLine(label(phone, "en"))).toBe("By phone");
  });
});

describe("every output says the same where", () => {
  const locale = "nl";
  const t = translator(locale);
  const csvContext = context({ initiatives });
  const rows = providerRows(
    { initiatives, placeBySlug, defaultLocale: locale, base: "/", today: "2026-11-25" },
    locale,
  );

  test.each([
    ["a listed place", koffie, "Buurthuis De Brug, Kerkstraat 5, 1234 AB"],
    ["online", online, t("fact.online")],
    ["by phone", phone, t("fact.byPhone")],
    ["a street address", address, "Zwembad De Golf, Badweg 2, 1234 AD Testdorp"],
  ] as const)("%s", (_, initiative, expected) => {
    // The entry page (WhereLine with its address) and the poster (PosterWhere) both
    // render this label: name, then a listed place's street and postcode.
    const shown = label(initiative, locale);
    expect(whereLine(shown)).toBe(expected);
    // The calendar's LOCATION.
    expect(eventText(initiative, placeBySlug, locale).location).toBe(expected);
    // The providers' row: the same name and address.
    const row = rows.find((r) => r.slug === initiative.slug)!;
    expect([row.where.label, row.where.address].filter(Boolean).join(", ")).toBe(expected);
    // The CSV: the place's name, street and postcode in three columns; online and by
    // phone as their keys in the place column, like every other enumerated fact.
    const cells = csvCells(initiative, placeBySlug, csvContext);
    const csvWhere = [cells.place, cells.address, cells.postcode].filter(Boolean).join(", ");
    if (shown.kind === "online" || shown.kind === "phone") {
      expect(cells).toMatchObject({ place: shown.kind, address: "", postcode: "" });
    } else {
      expect(csvWhere).toBe(expected);
    }
  });
});
