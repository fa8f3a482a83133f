/** "Did you mean" and folder names (src/lib/content/suggest.ts). */
import { describe, expect, test } from "vitest";
import { didYouMean, slugify } from "../../../src/lib/content/suggest.ts";

describe("suggestions", () => {
  test("did you mean", () => {
    expect(didYouMean("wheelchiar", ["wheelchair", "walkIn"])).toBe("wheelchair");
    expect(didYouMean("Wheelchair", ["wheelchair"])).toBe("wheelchair");
    expect(didYouMean("banana", ["wheelchair", "walkIn"])).toBeUndefined();
  });
  test("slugify", () => {
    expect(slugify("Koffie_Ochtend")).toBe("koffie-ochtend");
    expect(slugify("Café de Zon!")).toBe("cafe-de-zon");
  });
});
