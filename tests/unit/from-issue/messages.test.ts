/**
 * The words of `npm run from-issue` (src/lib/from-issue/messages/<locale>.json): every
 * form language has the same texts, with the same `{{name}}` places in each.
 */
import { describe, expect, test } from "vitest";
import en from "../../../src/lib/from-issue/messages/en.json" with { type: "json" };
import nl from "../../../src/lib/from-issue/messages/nl.json" with { type: "json" };
import { fill, messages } from "../../../src/lib/from-issue/messages.ts";

const placesIn = (text: unknown) =>
  [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("the from-issue texts", () => {
  test("Dutch and English have the same keys and the same places to fill in", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, text] of Object.entries(nl)) {
      expect(placesIn(en[key as keyof typeof en]), key).toEqual(placesIn(text));
    }
  });

  test("a place is filled in as it is, once, never read again", () => {
    expect(fill("{{a}} and {{b}}", { a: "$& {{b}}", b: 2 })).toBe("$& {{b}} and 2");
  });

  test("a pull request names its issue only when there is one", () => {
    expect(messages.en.pullRequestTitle("Breiclub", undefined)).toBe("New in the guide: Breiclub");
    expect(messages.nl.pullRequestTitle("Breiclub", 12)).toBe("Nieuw in de gids: Breiclub (#12)");
    expect(messages.en.pullRequestIntro(12)).toMatch(/ #12 .* Closes #12\.$/);
    expect(messages.en.pullRequestIntro(undefined)).not.toMatch(/#/);
  });
});
