/** Where posters and their short links live, and what a QR code holds. */
import { describe, expect, test } from "vitest";
import {
  goHref,
  goUrl,
  posterHref,
  posterPath,
  posterRoutes,
} from "../../../src/lib/posters/routes.ts";

const coffee = { kind: "initiative" as const, slug: "koffieochtend" };
const house = { kind: "place" as const, slug: "de-linde" };

describe("poster paths", () => {
  test.each([
    [coffee, "a4", undefined, "koffieochtend"],
    [coffee, "a4", "ar", "koffieochtend/ar"],
    [coffee, "a3", undefined, "a3/koffieochtend"],
    [coffee, "a3", "tr", "a3/koffieochtend/tr"],
    [house, "a4", undefined, "places/de-linde"],
    [house, "a3", "uk", "a3/places/de-linde/uk"],
  ] as const)("%j %s %s → %s", (target, size, locale, expected) => {
    expect(posterPath(target, size, locale)).toBe(expected);
  });

  test("hrefs keep the base and a trailing slash", () => {
    expect(posterHref("/gids/", coffee, "a3", "ar")).toBe("/gids/posters/a3/koffieochtend/ar/");
    expect(goHref("/", house)).toBe("/go/places/de-linde/");
  });
});

describe("the URL in a QR code", () => {
  test("is absolute when the site's address is known", () => {
    expect(goUrl("/", coffee, "https://lindenhof.example.org/")).toBe(
      "https://lindenhof.example.org/go/koffieochtend/",
    );
    expect(goUrl("/gids/", house, new URL("https://example.org/"))).toBe(
      "https://example.org/gids/go/places/de-linde/",
    );
  });

  test("is the path from the site root without it", () => {
    expect(goUrl("/", coffee)).toBe("/go/koffieochtend/");
    expect(goUrl("/gids/", coffee, undefined)).toBe("/gids/go/koffieochtend/");
  });
});

describe("every poster route", () => {
  const routes = posterRoutes(["koffieochtend", "taalcafe"], ["de-linde"], ["nl", "ar"]);

  test("each entry and place in A4 and A3, in the poster languages and each locale", () => {
    expect(routes).toHaveLength(3 * 2 * 3);
    expect(new Set(routes.map((r) => r.path)).size).toBe(routes.length);
    expect(routes.filter((r) => r.slug === "de-linde").map((r) => r.path)).toEqual([
      "places/de-linde",
      "places/de-linde/nl",
      "places/de-linde/ar",
      "a3/places/de-linde",
      "a3/places/de-linde/nl",
      "a3/places/de-linde/ar",
    ]);
  });

  test("an entry named like a poster folder is refused with its name", () => {
    expect(() => posterRoutes(["places", "ok"], [], ["nl"])).toThrow(/places/);
    expect(() => posterRoutes(["a3"], [], ["nl"])).toThrow(/a3/);
  });
});
