import { describe, expect, test } from "vitest";
import { uiResources } from "../../src/lib/i18n/resources.ts";
import { knownLocaleCodes } from "../../src/lib/i18n/locales.ts";
import { compareLocaleStrings } from "../../src/lib/i18n/completeness.ts";
import { translator } from "../../src/lib/i18n/translator.ts";
import { hostRoles, initiativeFlags, initiativeTypes, needs } from "../../src/lib/facts.ts";
import { flagIcons, iconSvg, needIcons, roleIcons, typeIcons } from "../../src/lib/icons.ts";

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
});

describe("every enumerated fact has an icon and a label in every locale", () => {
  const facts = [
    ...needs.map((v) => [`need.${v}`, needIcons[v]] as const),
    ...initiativeTypes.map((v) => [`type.${v}`, typeIcons[v]] as const),
    ...hostRoles.map((v) => [`role.${v}`, roleIcons[v]] as const),
    ...initiativeFlags.map((v) => [`flag.${v}`, flagIcons[v]] as const),
  ];
  test.each(facts)("%s", (key, icon) => {
    expect(iconSvg(icon).body).toContain("<");
    for (const locale of knownLocaleCodes) expect(uiResources[locale]?.[key], locale).toBeTruthy();
  });
});
