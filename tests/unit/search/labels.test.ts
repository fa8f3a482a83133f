import { expect, test } from "vitest";
import { knownLocaleCodes } from "../../../src/lib/i18n/locales.ts";
import { translator } from "../../../src/lib/i18n/translator.ts";
import { iconSvg } from "../../../src/lib/icons.ts";
import { initiativeTypes, needs, partsOfDay, weekdays } from "../../../src/lib/facts.ts";
import { searchFlags, searchFilterKeys } from "../../../src/lib/search/filters.ts";
import { filterLabel, filterLegendKeys } from "../../../src/lib/search/labels.ts";
import { pluralTemplates, pluralText } from "../../../src/lib/search/plural.ts";

const values = {
  need: [...needs],
  type: [...initiativeTypes],
  day: [...weekdays],
  time: [...partsOfDay],
  lang: ["nl", "ar", "tr", "so"],
  flag: [...searchFlags],
};

test.each(knownLocaleCodes)(
  "%s: every filter value and legend has a real label and icon",
  (locale) => {
    const t = translator(locale);
    for (const key of searchFilterKeys) {
      const legend = t(filterLegendKeys[key]);
      expect(legend, key).not.toBe(filterLegendKeys[key]);
      const labels = values[key].map((value) => filterLabel(key, value, locale, t));
      for (const [i, label] of labels.entries()) {
        const value = values[key][i]!;
        expect(label.text.trim(), `${key}:${value}`).not.toBe("");
        expect(label.text, `${key}:${value}`).not.toContain(".");
        expect(iconSvg(label.icon).body.length).toBeGreaterThan(0);
      }
      // Distinct values read differently.
      expect(new Set(labels.map((l) => l.text)).size, key).toBe(labels.length);
    }
  },
);

test("weekdays and languages come from Intl in the reader's language", () => {
  expect(filterLabel("day", "tu", "nl", translator("nl")).text).toBe("dinsdag");
  expect(filterLabel("day", "tu", "tr", translator("tr")).text).toBe("Salı");
  expect(filterLabel("lang", "ar", "nl", translator("nl"))).toEqual({
    text: "Arabisch",
    own: "العربية",
    icon: "language",
  });
  expect(filterLabel("lang", "nl", "nl", translator("nl")).own).toBeUndefined();
});

test("the result count says it the way each language counts", () => {
  const say = (locale: string, n: number) =>
    pluralText(pluralTemplates("search.results", locale, translator(locale)), n, locale);
  for (const locale of knownLocaleCodes) {
    const t = translator(locale);
    for (const n of [0, 1, 2, 3, 5, 11, 22, 100]) {
      expect(say(locale, n), `${locale} ${n}`).toBe(t("search.results", { count: n }));
    }
  }
  expect(say("en", 1)).toBe("1 result");
  expect(say("pl", 5)).toBe("5 wyników");
  expect(say("ar", 2)).toBe("نتيجتان");
});
