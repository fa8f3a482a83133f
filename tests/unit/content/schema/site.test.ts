/** `site.yaml` (src/lib/content/schema/site.ts), without files. */
import { describe, expect, test } from "vitest";
import { siteSchema } from "../../../../src/lib/content/schema/index.ts";

describe("site.yaml", () => {
  const site = siteSchema();
  const base = {
    name: { nl: "Gids", en: "Guide" },
    defaultLocale: "nl",
    locales: ["nl", "en"],
    timeZone: "Europe/Amsterdam",
  };
  test.each([
    [{}, true],
    [{ timeZone: undefined }, true],
    [{ timeZone: "Europe/Nowhere" }, false],
    [{ locales: ["en"] }, false],
    [{ locales: ["nl", "en", "fr"] }, false],
    [{ locales: ["nl", "nl"] }, false],
    [{ defaultLocale: "de" }, false],
    [{ name: { en: "Guide" } }, false],
    [{ name: { nl: "Gids", ar: "دليل" } }, false],
    [{ posterLanguages: ["nl", "en"] }, true],
    [{ posterLanguages: ["nl", "ar"] }, false],
    [{ posterLanguages: ["nl", "en", "nl", "en"] }, false],
    [{ repository: "https://example.org/x" }, true],
    [{ siteUrl: "https://lindenhof.example.org/" }, true],
    [{ siteUrl: "lindenhof.example.org" }, false],
    [{ repository: "ftp://example.org/x" }, false],
    [{ email: "a@example.org" }, true],
    [{ email: "nope" }, false],
    [{ helpNow: [{ label: { nl: "Nood" }, phone: "112" }] }, true],
    [{ helpNow: [{ label: { en: "Emergency" }, phone: "112" }] }, false],
    [{ helpNow: [{ label: { nl: "Nood" }, phone: 112 }] }, false],
    [{ stigmaWords: { nl: ["behandeling"] } }, true],
    [{ stigmaWords: { xx: ["a"] } }, false],
    [{ nmae: "x" }, false],
  ])("%j → %s", (change, ok) => {
    expect(site.safeParse({ ...base, ...change }).success).toBe(ok);
  });
  test("defaults", () => {
    expect(
      site.parse({
        name: { nl: "Gids" },
        defaultLocale: "nl",
        locales: ["nl"],
      }),
    ).toMatchObject({
      timeZone: "Europe/Amsterdam",
      helpNow: [],
      stigmaWords: {},
      fictional: false,
      quickExit: { enabled: true },
      posterLanguages: ["nl"],
    });
  });
  test("posterLanguages: the default language when not given, as written when given", () => {
    expect(site.parse(base).posterLanguages).toEqual(["nl"]);
    expect(site.parse({ ...base, posterLanguages: ["en", "nl"] }).posterLanguages).toEqual([
      "en",
      "nl",
    ]);
  });
});
