import { describe, expect, test } from "vitest";
import { parse } from "node-html-parser";
import { iconHtml, iconSvg } from "../../src/lib/icons.ts";

describe("iconHtml", () => {
  test("a decorative icon is hidden from screen readers and cannot take focus", () => {
    const html = iconHtml("phone", "size-6 shrink-0");
    const svg = parse(html).querySelector("svg")!;
    expect(svg.getAttribute("aria-hidden")).toBe("true");
    expect(svg.getAttribute("focusable")).toBe("false");
    expect(svg.getAttribute("role")).toBeUndefined();
    expect(svg.getAttribute("class")).toBe("size-6 shrink-0");
    expect(svg.getAttribute("viewBox")).toBe(iconSvg("phone").viewBox);
    expect(html).toContain(`>${iconSvg("phone").body}</svg>`);
  });

  test("a labelled icon is an image with that name, quotes and ampersands escaped", () => {
    const html = iconHtml("phone", "size-5", 'Bel "Rosa" & co');
    expect(html).toContain('aria-label="Bel &quot;Rosa&quot; &amp; co"');
    const svg = parse(html).querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-hidden")).toBeUndefined();
  });

  test("the same icon with another class or label is its own element", () => {
    expect(iconHtml("phone", "size-5")).not.toBe(iconHtml("phone", "size-6"));
    expect(iconHtml("phone", "size-5", "Bel")).not.toBe(iconHtml("phone", "size-5"));
    expect(() => iconHtml("no-such-icon", "size-5")).toThrow(/Unknown icon/);
  });
});
