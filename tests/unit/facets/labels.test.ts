import { expect, test } from "vitest";
import { knownLocaleCodes } from "../../../src/lib/i18n/locales.ts";
import { translator } from "../../../src/lib/i18n/translator.ts";
import { iconSvg } from "../../../src/lib/icon-drawing.ts";
import { facetKeys, facets } from "../../../src/lib/facets/vocabulary.ts";
import { facetLabel, facetLegendKeys } from "../../../src/lib/facets/labels.ts";

const valuesOf = (key: (typeof facetKeys)[number]) => {
  const { values } = facets[key];
  return values === "language" ? ["nl", "ar", "tr", "so"] : [...values];
};

test.each(knownLocaleCodes)("%s: every facet and value has a real label and icon", (locale) => {
  const t = translator(locale);
  for (const key of facetKeys) {
    const legend = t(facetLegendKeys[key]);
    expect(legend, key).not.toBe(facetLegendKeys[key]);
    const values = valuesOf(key);
    const labels = values.map((value) => facetLabel(key, value, locale, t));
    for (const [i, label] of labels.entries()) {
      const value = values[i]!;
      expect(label.text.trim(), `${key}:${value}`).not.toBe("");
      expect(label.text, `${key}:${value}`).not.toContain(".");
      expect(iconSvg(label.icon).body.length).toBeGreaterThan(0);
    }
    // Distinct values read differently.
    expect(new Set(labels.map((l) => l.text)).size, key).toBe(labels.length);
  }
});

test("weekdays and languages come from Intl in the reader's language", () => {
  expect(facetLabel("day", "tu", "nl", translator("nl")).text).toBe("dinsdag");
  expect(facetLabel("day", "tu", "tr", translator("tr")).text).toBe("Salı");
  expect(facetLabel("language", "ar", "nl", translator("nl"))).toEqual({
    text: "Arabisch",
    own: "العربية",
    icon: "language",
  });
  expect(facetLabel("language", "nl", "nl", translator("nl")).own).toBeUndefined();
});
