import { describe, expect, test } from "vitest";
import { maxSlugLength, slugFromTitle } from "../../../src/lib/new-entry/slug.ts";
import { slugPattern } from "../../../src/lib/content/schema/index.ts";

describe("slugFromTitle", () => {
  test("makes a web-address folder name from a Dutch title", () => {
    expect(slugFromTitle("Koffie en praten")).toBe("koffie-en-praten");
    expect(slugFromTitle("Café & Praten op dinsdag!")).toBe("cafe-praten-op-dinsdag");
    expect(slugFromTitle("’s Avonds samen eten")).toBe("s-avonds-samen-eten");
    expect(slugFromTitle("Taalcafé: Türkçe–Nederlands")).toBe("taalcafe-turkce-nederlands");
  });

  test("every result is a valid folder name", () => {
    for (const title of [
      "  Breiclub  ",
      "Mannen aan tafel (60+)",
      "Één, twee, drie!",
      "ÀÉÎÕÜ ç ß",
    ]) {
      const slug = slugFromTitle(title);
      expect(slug, title).toMatch(slugPattern);
    }
  });

  test("cuts a long title at a word boundary", () => {
    const slug = slugFromTitle(
      "Een heel lange titel voor een activiteit die elke week in de buurt plaatsvindt",
    );
    expect(slug.length).toBeLessThanOrEqual(maxSlugLength);
    expect(slug).toMatch(slugPattern);
    expect("een-heel-lange-titel-voor-een-activiteit-die-elke-week").toContain(slug);
    expect(slug.endsWith("-")).toBe(false);
  });

  test("a title without letters or digits gives no slug", () => {
    expect(slugFromTitle("!!! ???")).toBe("");
    expect(slugFromTitle("مقهى")).toBe("");
  });
});
