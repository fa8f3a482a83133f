/** site.yaml `generatedAudio`: which languages get audio made by the build. */
import { expect, test } from "vitest";
import { siteSchema } from "../../../src/lib/content/schema/index.ts";
import { check, onlyError, tempContent } from "../content/helpers.ts";

const base = {
  name: { nl: "Gids", en: "Guide" },
  defaultLocale: "nl",
  locales: ["nl", "en", "ar"],
  timeZone: "Europe/Amsterdam",
};

test("a list of the site's languages, or none at all, is accepted", () => {
  expect(siteSchema().safeParse({ ...base, generatedAudio: ["nl", "en"] }).success).toBe(true);
  expect(siteSchema().safeParse({ ...base, generatedAudio: [] }).success).toBe(true);
  expect(siteSchema().safeParse(base).success).toBe(true);
});

test("a language the site does not have is named, with the line", () => {
  const dir = tempContent({
    "site.yaml": (old) => `${old}\ngeneratedAudio: [nl, fr]\n`,
  });
  const error = onlyError(dir);
  expect(error.field).toBe("generatedAudio.1");
  expect(error.message).toContain('"fr" is not one of the site\'s languages');
  expect(error.line).toBeGreaterThan(1);
});

test("the loaded site carries the list; without it, the default applies", () => {
  const dir = tempContent({ "site.yaml": (old) => `${old}\ngeneratedAudio: [nl]\n` });
  expect(check(dir).guide?.site.generatedAudio).toEqual(["nl"]);
  expect(check(tempContent()).guide?.site.generatedAudio).toBeUndefined();
});
