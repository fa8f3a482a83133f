/** The short link behind a QR code opens the reader's browser language, else the default. */
import { expect, test } from "vitest";
import { chooseLocale } from "../../../src/lib/i18n/choose-locale.ts";

const site = ["nl", "en", "ar", "tr", "pl", "uk"];

test.each([
  [["ar"], "ar"],
  [["ar-SY", "en"], "ar"],
  [["en-GB", "nl"], "en"],
  [["fr-FR", "fr"], "nl"],
  [["fr-FR", "tr-TR"], "tr"],
  [["de", "pl-PL", "en"], "pl"],
  [["UK"], "uk"],
  [[], "nl"],
  [["", " "], "nl"],
])("browser %j → %s", (preferred, expected) => {
  expect(chooseLocale(preferred, site, "nl")).toBe(expected);
});

test("the browser's order wins over the site's order", () => {
  expect(chooseLocale(["tr", "en"], site, "nl")).toBe("tr");
  expect(chooseLocale(["en", "tr"], site, "nl")).toBe("en");
});

test("an exact region match is preferred and the site's spelling is returned", () => {
  expect(chooseLocale(["pt-BR"], ["pt-PT", "pt-BR"], "pt-PT")).toBe("pt-BR");
  expect(chooseLocale(["zh-hant"], ["zh-Hant", "en"], "en")).toBe("zh-Hant");
  expect(chooseLocale(["pt"], ["nl", "pt-BR"], "nl")).toBe("pt-BR");
});
