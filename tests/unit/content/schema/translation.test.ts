/** A translation file's front matter (src/lib/content/schema/translation.ts), without files. */
import { describe, expect, test } from "vitest";
import { translationSchema } from "../../../../src/lib/content/schema/index.ts";

describe("translations", () => {
  test("only title, summary and directions", () => {
    expect(
      translationSchema().safeParse({
        title: "a",
        summary: "b",
        directions: "c",
      }).success,
    ).toBe(true);
    expect(translationSchema().safeParse({ title: "a", summary: "b", cost: "free" }).success).toBe(
      false,
    );
  });
});
