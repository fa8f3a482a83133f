import { describe, expect, test } from "vitest";
import { uiResources } from "../../src/lib/i18n/resources.ts";
import { knownLocaleCodes } from "../../src/lib/i18n/locales.ts";
import { compareLocaleStrings } from "../../src/lib/i18n/completeness.ts";
import { translator } from "../../src/lib/i18n/translator.ts";
import { needs } from "../../src/lib/facts.ts";
import { iconSvg } from "../../src/lib/icon-drawing.ts";
import { factGaps, factRegistry } from "../../src/lib/fact-registry.ts";
import { languageName, weekdayName } from "../../src/lib/format/intl.ts";

const english = uiResources.en!;

describe("UI strings", () => {
  test("every registered locale has a strings file", () => {
    expect(Object.keys(uiResources).sort()).toEqual([...knownLocaleCodes].sort());
  });

  test.each(knownLocaleCodes.filter((c) => c !== "en"))(
    "%s has every key and placeholder",
    (locale) => {
      expect(compareLocaleStrings(english, locale, uiResources[locale]!)).toEqual([]);
    },
  );

  test("the checker finds a missing key, a missing plural form and a changed placeholder", () => {
    const broken = { ...uiResources.ar! };
    delete broken["nav.home"];
    delete broken["need.count_few"];
    broken["fact.call"] = "اتصل";
    expect(compareLocaleStrings(english, "ar", broken)).toEqual([
      'ar: missing "nav.home"',
      'ar: "need.count" lacks plural form _few',
      'ar: "fact.call" has placeholders {} but expected {number}',
    ]);
  });

  test("Arabic uses its plural forms", () => {
    const t = translator("ar");
    const forms = [0, 1, 2, 3, 11, 100].map((count) => t("need.count", { count }));
    expect(new Set(forms).size).toBe(6);
  });

  test("answers a build remembers stay right for each count, value and locale", () => {
    const ar = translator("ar");
    const nl = translator("nl");
    // A remembered answer must still depend on the count: 1, 2 and 3 are three forms in Arabic.
    const answers = [1, 2, 3, 1].map((count) => ar("need.count", { count }));
    expect(answers[3]).toBe(answers[0]);
    expect(new Set(answers.slice(0, 3)).size).toBe(3);
    expect(ar("need.count", { count: 1 })).not.toBe(ar("need.count", { count: 3 }));
    expect(nl("nav.home")).not.toBe(ar("nav.home"));
    expect(nl("fact.call", { number: "020 123" })).toContain("020 123");
    expect(nl("fact.call", { number: "030 456" })).toContain("030 456");
  });

  test("a remembered answer is never another call's: values that would run together stay apart", () => {
    const nl = translator("nl");
    // Values with the separators of the cache's own key, and a number against its text.
    const tricky = ["a\nnumber=s1:b", "a", "1", "x=y"];
    for (const number of tricky) expect(nl("fact.call", { number })).toContain(number);
    expect(nl("fact.call", { number: "a\nnumber=s1:b" })).not.toBe(
      nl("fact.call", { number: "a" }),
    );
    // Options that are not plain values are passed on each time, never remembered.
    const withObject = nl("fact.call", { number: "020", nested: { a: 1 } } as never);
    expect(withObject).toContain("020");
  });
});

describe("every enumerated fact has an icon and a label in every locale", () => {
  const iconExists = (name: string) => {
    try {
      return iconSvg(name).body.length > 0;
    } catch {
      return false;
    }
  };

  test("no value lacks an icon or a label", () => {
    expect(factGaps(factRegistry(), uiResources, iconExists)).toEqual([]);
  });

  test("the registry covers every enumerated list", () => {
    const groups = new Set(factRegistry().map((e) => e.group));
    expect([...groups].sort()).toEqual(
      ["contact", "cost", "flag", "need", "partOfDay", "role", "type", "weekday"].sort(),
    );
    expect(
      factRegistry()
        .filter((e) => e.group === "need")
        .map((e) => e.value),
    ).toEqual([...needs]);
  });

  test("a gap is found: a value without icon, an unknown icon, a missing label", () => {
    const registry = [
      ...factRegistry(),
      { group: "need", value: "sleep", icon: undefined, label: "need.sleep" },
      { group: "need", value: "dance", icon: "no-such-icon", label: "need.meet" },
    ];
    const resources = { ...uiResources, tr: { ...uiResources.tr! } };
    delete resources.tr["flag.womenOnly"];
    expect(factGaps(registry, resources, iconExists)).toEqual([
      'flag "womenOnly" has no label in tr',
      'need "sleep" has no icon',
      ...Object.keys(resources).map((l) => `need "sleep" has no label in ${l}`),
      'need "dance": icon "no-such-icon" does not exist',
    ]);
  });

  test("weekday and spoken-language labels come from Intl in every locale", () => {
    for (const locale of knownLocaleCodes) {
      const monday = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
      expect(weekdayName("mo", locale)).toBe(monday.format(Date.UTC(2024, 0, 1, 12)));
      expect(languageName("ar", locale)).toBe(
        new Intl.DisplayNames([locale], { type: "language" }).of("ar"),
      );
    }
  });
});
