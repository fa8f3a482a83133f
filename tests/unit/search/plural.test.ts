import { expect, test } from "vitest";
import { knownLocaleCodes } from "../../../src/lib/i18n/locales.ts";
import { translator } from "../../../src/lib/i18n/translator.ts";
import { pluralTemplates, pluralText } from "../../../src/lib/search/plural.ts";

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
