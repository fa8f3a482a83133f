/** Where posters and their short links live, what a poster's query chooses, and what a QR code holds. */
import { describe, expect, test } from "vitest";
import {
  goHref,
  goUrl,
  parsePosterChoice,
  posterHref,
  posterPath,
  posterQuery,
  posterRoutes,
  printedQrUrl,
} from "../../../src/lib/posters/routes.ts";

const coffee = { kind: "initiative" as const, slug: "koffieochtend" };
const house = { kind: "place" as const, slug: "de-linde" };
const locales = ["nl", "en", "ar", "tr", "pl", "uk"];

describe("poster paths", () => {
  test("one folder per entry and per place", () => {
    expect(posterPath(coffee)).toBe("koffieochtend");
    expect(posterPath(house)).toBe("places/de-linde");
  });

  test.each([
    [{}, ""],
    [{ size: "a4" }, ""],
    [{ size: "a3" }, "?size=a3"],
    [{ lang: "ar" }, "?lang=ar"],
    [{ size: "a3", lang: "tr" }, "?size=a3&lang=tr"],
    [{ size: "a4", lang: "uk" }, "?lang=uk"],
  ] as const)("the choice %j is the query %j", (choice, query) => {
    expect(posterQuery(choice)).toBe(query);
  });

  test("hrefs keep the base and a trailing slash, the choice in the query", () => {
    expect(posterHref("/gids/", coffee, { size: "a3", lang: "ar" })).toBe(
      "/gids/posters/koffieochtend/?size=a3&lang=ar",
    );
    expect(posterHref("/", house)).toBe("/posters/places/de-linde/");
    expect(goHref("/", house)).toBe("/go/places/de-linde/");
  });
});

describe("a poster page's query", () => {
  test.each([
    ["", { size: "a4" }],
    ["?size=a3", { size: "a3" }],
    ["?size=A3&lang=AR", { size: "a3", lang: "ar" }],
    ["?lang=tr&size=a4", { size: "a4", lang: "tr" }],
    ["?size=a5&lang=fr", { size: "a4" }],
    ["?size=&lang=", { size: "a4" }],
    ["?lang=%20uk%20", { size: "a4", lang: "uk" }],
  ])("%j → %j", (query, choice) => {
    expect(parsePosterChoice(query, locales)).toEqual(choice);
  });

  test("reads back what a link writes", () => {
    for (const size of ["a4", "a3"] as const)
      for (const lang of [undefined, ...locales]) {
        const choice = { size, ...(lang ? { lang } : {}) };
        expect(parsePosterChoice(posterQuery(choice), locales)).toEqual(choice);
      }
  });

  test("returns the site's spelling of a language", () => {
    expect(parsePosterChoice("?lang=pt-br", ["nl", "pt-BR"])).toEqual({
      size: "a4",
      lang: "pt-BR",
    });
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
    expect(printedQrUrl("/", coffee, "https://example.org/")).toBe(
      "https://example.org/go/koffieochtend/",
    );
  });

  test("without it, the short link is the path from the site root and paper gets no code", () => {
    expect(goUrl("/", coffee)).toBe("/go/koffieochtend/");
    expect(goUrl("/gids/", coffee, undefined)).toBe("/gids/go/koffieochtend/");
    expect(printedQrUrl("/", coffee)).toBeUndefined();
    expect(printedQrUrl("/gids/", house, undefined)).toBeUndefined();
  });
});

describe("every poster route", () => {
  const routes = posterRoutes(["koffieochtend", "taalcafe"], ["de-linde"]);

  test("one page per entry and per place: size and language are chosen on the page", () => {
    expect(routes.map((r) => r.path)).toEqual(["koffieochtend", "taalcafe", "places/de-linde"]);
  });

  test("an entry named like the places folder is refused with its name", () => {
    expect(() => posterRoutes(["places", "ok"], [])).toThrow(/places/);
    expect(posterRoutes(["a3"], []).map((r) => r.path)).toEqual(["a3"]);
  });
});
