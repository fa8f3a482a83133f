import { expect, test } from "vitest";
import { localeInfo } from "../../src/lib/i18n/locales.ts";
test("arabic is rtl", () => {
  expect(localeInfo("ar").dir).toBe("rtl");
  expect(localeInfo("nl").dir).toBe("ltr");
});
