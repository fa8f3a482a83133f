import { describe, expect, test } from "vitest";
import { parse } from "node-html-parser";
import { iconHtml, iconSvg, iconSymbols, iconsShownOn } from "../../src/lib/icon-drawing.ts";

describe("iconHtml", () => {
  test("a decorative icon is hidden from screen readers and cannot take focus", () => {
    const html = iconHtml("phone", "size-6 shrink-0");
    const svg = parse(html).querySelector("svg")!;
    expect(svg.getAttribute("aria-hidden")).toBe("true");
    expect(svg.getAttribute("focusable")).toBe("false");
    expect(svg.getAttribute("role")).toBeUndefined();
    expect(svg.getAttribute("class")).toBe("size-6 shrink-0");
    expect(svg.getAttribute("viewBox")).toBe(iconSvg("phone").viewBox);
  });

  test("it shows the icon's symbol instead of drawing it again", () => {
    const svg = parse(iconHtml("phone", "size-6")).querySelector("svg")!;
    expect(svg.childNodes).toHaveLength(1);
    expect(svg.querySelector("use")?.getAttribute("href")).toBe("#i-phone");
    expect(svg.innerHTML).not.toContain(iconSvg("phone").body);
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

describe("iconSymbols", () => {
  test("draws each named icon once, as a symbol with the id its icons show", () => {
    const sprite = parse(iconSymbols(["phone", "mail"])).querySelector("svg")!;
    expect(sprite.getAttribute("aria-hidden")).toBe("true");
    expect(sprite.getAttribute("class")).toBe("icon-symbols");
    const symbols = sprite.querySelectorAll("symbol");
    expect(symbols.map((symbol) => symbol.id)).toEqual(["i-phone", "i-mail"]);
    expect(symbols[0]!.getAttribute("viewBox")).toBe(iconSvg("phone").viewBox);
    expect(symbols[0]!.innerHTML).toBe(parse(iconSvg("phone").body).toString());
  });

  test("writes nothing for a page without icons, and throws for an unknown icon", () => {
    expect(iconSymbols([])).toBe("");
    expect(iconSymbols(new Set())).toBe("");
    expect(() => iconSymbols(["no-such-icon"])).toThrow(/Unknown icon/);
  });
});

describe("iconsShownOn", () => {
  test("keeps each page's icons apart, each once", () => {
    const first = {};
    const second = {};
    iconsShownOn(first).add("phone").add("mail").add("phone");
    iconsShownOn(second).add("home");
    expect([...iconsShownOn(first)]).toEqual(["phone", "mail"]);
    expect([...iconsShownOn(second)]).toEqual(["home"]);
  });
});
