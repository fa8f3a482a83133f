import { describe, expect, test } from "vitest";
import { defaultQuickExitUrl, escapeCounter, quickExitOf } from "../../src/lib/quick-exit.ts";
import { check, errorsOf, tempContent } from "./content/helpers.ts";

describe("Escape twice", () => {
  test("the second press within the window leaves; a slow second press does not", () => {
    const press = escapeCounter(1500);
    expect(press(1000)).toBe(false);
    expect(press(2000)).toBe(true);
    // After leaving, counting starts again.
    expect(press(2100)).toBe(false);
    expect(press(4000)).toBe(false);
    expect(press(5600)).toBe(false);
    expect(press(6000)).toBe(true);
  });
});

describe("site.yaml quickExit", () => {
  test("on by default, to a weather search", () => {
    const guide = check(tempContent()).guide!;
    expect(guide.site.quickExit).toEqual({ enabled: true, url: defaultQuickExitUrl });
    expect(quickExitOf({})).toEqual({ enabled: true, url: defaultQuickExitUrl });
  });

  test("can be turned off or sent elsewhere", () => {
    const dir = tempContent({
      "site.yaml": (old) => `${old}quickExit: { enabled: false, url: "https://nos.nl/" }\n`,
    });
    expect(check(dir).guide!.site.quickExit).toEqual({ enabled: false, url: "https://nos.nl/" });
    const partly = tempContent({
      "site.yaml": (old) => `${old}quickExit:\n  url: https://www.buienradar.nl/\n`,
    });
    expect(quickExitOf(check(partly).guide!.site)).toEqual({
      enabled: true,
      url: "https://www.buienradar.nl/",
    });
  });

  test("refuses a web address that is not https, and a misspelt field", () => {
    const dir = tempContent({
      "site.yaml": (old) => `${old}quickExit: { url: "javascript:alert(1)", enabeld: true }\n`,
    });
    const errors = errorsOf(dir);
    expect(errors.map((e) => e.field).sort()).toEqual(["quickExit.enabeld", "quickExit.url"]);
    expect(errors.find((e) => e.field === "quickExit.enabeld")?.message).toMatch(/enabled/);
  });
});
