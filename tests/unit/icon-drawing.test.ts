import { describe, expect, test } from "vitest";
import { parse } from "node-html-parser";
import { iconSvg, iconSymbols, iconsShownOn, symbolHref } from "../../src/lib/icon-drawing.ts";

test("an icon is shown by the id of its symbol", () => {
  const sprite = parse(iconSymbols(["phone"])).querySelector("symbol")!;
  expect(symbolHref("phone")).toBe(`#${sprite.id}`);
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
