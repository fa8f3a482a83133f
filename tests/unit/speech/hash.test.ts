import { describe, expect, test } from "vitest";
import { fnv1a64, spokenHash, spokenSegments } from "../../../src/lib/speech/index.ts";
import { context, initiative } from "./fixtures.ts";

describe("spokenHash", () => {
  test("FNV-1a 64-bit matches the published test vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  test("the same entry and locale give the same key, in 16 hex digits", () => {
    const a = spokenHash(spokenSegments(initiative(), "nl", context));
    const b = spokenHash(spokenSegments(initiative(), "nl", context));
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });

  test("a changed fact, locale or language of a segment gives a new key", () => {
    const base = spokenSegments(initiative(), "nl", context);
    const keys = [
      spokenHash(base),
      spokenHash(spokenSegments(initiative({ cost: 2 }), "nl", context)),
      spokenHash(spokenSegments(initiative(), "en", context)),
      spokenHash(base.map((s, i) => (i === 0 ? { ...s, lang: "en" } : s))),
      // Text moved across a segment border is read with another pause.
      spokenHash([
        { text: "Koffieochtend. Samen", lang: "nl" },
        { text: "koffie drinken.", lang: "nl" },
      ]),
      spokenHash([
        { text: "Koffieochtend.", lang: "nl" },
        { text: "Samen koffie drinken.", lang: "nl" },
      ]),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("which part a segment belongs to does not change the key", () => {
    const base = spokenSegments(initiative(), "nl", context);
    expect(spokenHash(base.map(({ text, lang }) => ({ text, lang })))).toBe(spokenHash(base));
  });
});
