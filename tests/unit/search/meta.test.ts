import { expect, test } from "vitest";
import { translator } from "../../../src/lib/i18n/translator.ts";
import { initiativeMeta, metaAttributes, placeMeta } from "../../../src/lib/search/meta.ts";
import type { Initiative, Place } from "../../../src/lib/content/model.ts";

const rules = [
  { days: ["mo", "we"] as ("mo" | "we")[], from: "09:30", to: "11:30" },
  { days: ["sa"] as "sa"[], weeks: [-1], from: "13:00", to: "16:00" },
];

test("when is every rule in the reader's words; where is the place, online, phone or address", () => {
  const t = translator("en");
  const meta = initiativeMeta({ schedule: rules } as Initiative, { kind: "online" }, "en", t);
  expect(meta).toEqual({
    when: "Every week on Monday and Wednesday \u206609:30–11:30\u2069; Every month on the last Saturday \u206613:00–16:00\u2069",
    where: "Online",
  });
  const nl = translator("nl");
  const phone = initiativeMeta(
    { schedule: [] } as unknown as Initiative,
    { kind: "phone" },
    "nl",
    nl,
  );
  expect(phone.where).toBe(nl("fact.byPhone"));
  const address = { kind: "address", address: "Badweg 2" } as const;
  expect(initiativeMeta({ schedule: [] } as unknown as Initiative, address, "en", t).where).toBe(
    "Badweg 2",
  );
});

test("attributes: key:value, one line, empty values left out; the text language only when it differs", () => {
  const place = { address: "Lindenlaan 4", postcode: "7777 LA" } as Place;
  expect(metaAttributes(placeMeta(place))).toEqual(["where:Lindenlaan 4, 7777 LA"]);
  expect(metaAttributes({ when: "a\n  b", where: "", textLang: "nl" })).toEqual([
    "when:a b",
    "textLang:nl",
  ]);
});

test("with today, when leaves out the rules that have ended", () => {
  const t = translator("en");
  const schedule = [
    { days: ["tu"] as "tu"[], from: "19:00", to: "21:00", validUntil: "2026-03-31" },
    { days: ["th"] as "th"[], from: "10:00", to: "12:00" },
  ];
  const meta = initiativeMeta({ schedule } as Initiative, { kind: "online" }, "en", t, {
    today: "2026-11-25",
  });
  expect(meta.when).toBe("Every week on Thursday \u206610:00–12:00\u2069");
  const all = initiativeMeta({ schedule } as Initiative, { kind: "online" }, "en", t);
  expect(all.when.split("; ")).toHaveLength(2);
  const untranslated = initiativeMeta({ schedule } as Initiative, { kind: "online" }, "en", t, {
    textLang: "nl",
  });
  expect(untranslated.textLang).toBe("nl");
});
