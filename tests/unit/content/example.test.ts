/** The shared example and the good fixture must pass, and load into the Guide model. */
import { describe, expect, test } from "vitest";
import { checkContent, loadGuide } from "../../../src/lib/content/validate.ts";
import { badFixture, check, exampleDir, goodFixture, today } from "./helpers.ts";

describe("the shared example", () => {
  test("checks with no problem at all, with the real clock too", () => {
    expect(checkContent(exampleDir).problems).toEqual([]);
    expect(check(exampleDir).problems).toEqual([]);
  });

  test("loads into the Guide", () => {
    const guide = loadGuide(exampleDir, { today });
    expect(guide.root).toBe(exampleDir);
    expect(guide.site).toMatchObject({
      defaultLocale: "nl",
      locales: ["nl", "en", "ar", "tr", "pl", "uk"],
      timeZone: "Europe/Amsterdam",
      posterLanguages: ["nl", "ar", "tr"],
      repository: "https://example.org/rivierwijk/buurtgids",
      stigmaWords: {},
    });
    expect(guide.site.helpNow[1]).toEqual({
      label: {
        nl: "Praten over zelfmoordgedachten",
        en: "Talk about suicidal thoughts",
      },
      phone: "0800 0113",
      hours: "always",
    });
    expect(guide.places.map((p) => p.slug)).toEqual(["bibliotheek-rivierwijk", "de-brug"]);
    expect(guide.initiatives.map((i) => i.slug)).toEqual([
      "inloop-ervaringsdeskundige",
      "koffie-en-praten",
      "vrouwengroep-samen-sterk",
      "wandelclub",
    ]);
  });

  test("an initiative has its facts, defaults and texts per locale", () => {
    const guide = loadGuide(exampleDir, { today });
    const koffie = guide.initiatives.find((i) => i.slug === "koffie-en-praten");
    expect(koffie).toMatchObject({
      kind: "initiative",
      type: "activity",
      needs: ["meet", "talk"],
      place: "de-brug",
      schedule: [{ days: ["tu"], from: "10:00", to: "12:00" }],
      closed: [{ from: "2026-12-21", until: "2027-01-03", note: "Kerstvakantie" }],
      cost: "free",
      languages: ["nl", "ar", "tr"],
      walkIn: true,
      bringSomeone: true,
      wheelchair: true,
      womenOnly: false,
      children: false,
      hosts: [
        { role: "volunteer", organisation: "Bewonersgroep Rivierwijk" },
        { role: "peer-worker", organisation: "Stichting Samen Verder" },
      ],
      contact: { phone: "06 12345678" },
      lastVerified: "2026-11-02",
      audio: {},
    });
    expect(Object.keys(koffie?.text ?? {})).toEqual(["nl", "en", "ar"]);
    expect(koffie?.text["nl"]).toMatchObject({
      locale: "nl",
      title: "Koffie en praten",
      file: "initiatives/koffie-en-praten/index.mdx",
    });
    expect(koffie?.text["nl"]?.body).toMatch(/^Elke dinsdagochtend/);
    expect(koffie?.text["en"]).toMatchObject({
      locale: "en",
      title: "Coffee and a chat",
      file: "initiatives/koffie-en-praten/en.mdx",
    });
  });

  test("every entry has the default locale text", () => {
    const guide = loadGuide(exampleDir, { today });
    for (const entry of [...guide.places, ...guide.initiatives]) {
      expect(entry.text["nl"]?.locale).toBe("nl");
    }
  });

  test("a place has its facts", () => {
    const guide = loadGuide(exampleDir, { today });
    const brug = guide.places.find((p) => p.slug === "de-brug");
    expect(brug).toMatchObject({
      kind: "place",
      address: "Maasstraat 12",
      postcode: "6041 AB",
      geo: { lat: 51.1913, lon: 5.9876 },
      closed: [{ on: "2026-12-25" }, { on: "2026-12-26" }],
      wheelchair: true,
    });
    expect(brug?.text["en"]?.directions).toBe(
      "Next to the supermarket, across from the playground.",
    );
    const bieb = guide.places.find((p) => p.slug === "bibliotheek-rivierwijk");
    expect(bieb?.closed).toEqual([]);
    expect(bieb?.geo).toBeUndefined();
  });

  test("counts what it read", () => {
    expect(check(exampleDir).stats).toEqual({
      places: 2,
      initiatives: 4,
      translations: 4,
    });
  });
});

describe("the good fixture", () => {
  test("uses audio, address, phone, week rules, and passes", () => {
    const result = check(goodFixture);
    expect(result.problems).toEqual([]);
    const eten = result.guide?.initiatives.find((i) => i.slug === "samen-eten");
    expect(eten).toMatchObject({
      cost: 2.5,
      audio: { ar: "initiatives/samen-eten/ar.opus" },
      schedule: [{ days: ["fr"], weeks: [-1], from: "17:30", to: "20:00" }],
      contact: {
        phone: "+31 6 12345678",
        whatsapp: true,
        email: "koken@example.org",
      },
    });
    expect(Object.keys(eten?.text ?? {})).toEqual(["nl", "ar"]);
    const tuin = result.guide?.initiatives.find((i) => i.slug === "moestuin");
    expect(tuin?.address).toBe("Tuinpad 4, achter de school");
    expect(tuin?.place).toBeUndefined();
    expect(result.guide?.site.stigmaWords).toEqual({
      nl: ["behandeling"],
      en: ["treatment"],
    });
  });
});

describe("loadGuide", () => {
  test("throws the formatted problems for a bad folder", () => {
    expect(() => loadGuide(badFixture, { today })).toThrow(
      /koffie-ochtend\/index\.mdx:10 {2}schedule\.0\.to \(schedule, rule 1, to\) {2}/,
    );
    expect(() => loadGuide(badFixture, { today })).toThrow(/\d+ errors, 0 warnings in 4 files/);
  });

  test("reports a folder that does not exist", () => {
    const result = checkContent("/nonexistent/buurtgids-content");
    expect(result.guide).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: "error", field: "content folder" }),
    ]);
  });
});
