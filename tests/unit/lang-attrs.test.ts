import { expect, test } from "vitest";
import { foreignLang, langAttrs, ltrRun } from "../../src/lib/i18n/lang-attrs.ts";

test("text in the page's own language gets no attributes", () => {
  expect(langAttrs("ar", "ar")).toEqual({});
  expect(foreignLang(undefined)).toEqual({});
});

test("text in another language gets its lang and the direction of that language", () => {
  expect(langAttrs("nl", "ar")).toEqual({ lang: "nl", dir: "ltr" });
  expect(langAttrs("ar", "nl")).toEqual({ lang: "ar", dir: "rtl" });
  expect(foreignLang("nl")).toEqual({ lang: "nl", dir: "ltr" });
  expect(foreignLang("ar")).toEqual({ lang: "ar", dir: "rtl" });
  expect(foreignLang("uk")).toEqual({ lang: "uk", dir: "ltr" });
});

test("postcodes, phone numbers and times are left-to-right runs", () => {
  expect(ltrRun).toEqual({ dir: "ltr" });
});
