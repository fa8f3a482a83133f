/** Zod issues in volunteer language (src/lib/content/error-map/describe.ts). */
import { describe, expect, test } from "vitest";
import { describeIssue } from "../../../src/lib/content/error-map.ts";
import type { IssueLike } from "../../../src/lib/content/error-map.ts";

describe("describeIssue", () => {
  test.each<[IssueLike, string]>([
    [{ code: "invalid_type", expected: "string", input: undefined }, "is missing"],
    [{ code: "invalid_type", expected: "string", input: null }, "is empty"],
    [{ code: "invalid_type", expected: "boolean", input: "ja" }, 'is "ja"; write true or false'],
    [
      { code: "invalid_type", expected: "array", input: "mo" },
      'is "mo", not a list: put the values in square brackets',
    ],
    [{ code: "invalid_type", expected: "number", input: [1] }, "is a list, not a number"],
    [{ code: "too_big", origin: "array", maximum: 3, input: [1, 2, 3, 4] }, "has 4 values"],
    [
      {
        code: "invalid_value",
        values: ["group", "activity", "dropin"],
        input: "activty",
      },
      '"activty" is not allowed here; did you mean "activity"?',
    ],
  ])("%j", (issue, message) => {
    expect(describeIssue(issue).message).toBe(message);
  });
});
