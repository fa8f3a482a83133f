/** QR codes on posters: an SVG whose size comes from CSS, with a 4-module quiet zone. */
import { expect, test } from "vitest";
import { create } from "qrcode";
import { qrSvg, qrSymbols, qrUseSvg } from "../../../src/lib/posters/qr.ts";
import { readSiteUrl } from "../../../src/lib/content/site-url.ts";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

test("the SVG has a viewBox only and a 4-module quiet zone on each side", () => {
  const url = "https://lindenhof.example.org/go/koffieochtend/";
  const svg = qrSvg(url);
  const modules = create(url, { errorCorrectionLevel: "M" }).modules.size;
  expect(svg).toMatch(new RegExp(`viewBox="0 0 ${modules + 8} ${modules + 8}"`));
  expect(svg).not.toMatch(/<svg[^>]*\swidth=/);
  expect(qrSvg(url)).toBe(svg);
  expect(qrSvg(`${url}x`)).not.toBe(svg);
});

test("siteUrl is read from site.yaml for Astro's site option, ending in a slash", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "site-url-"));
  const write = (yaml: string) => writeFileSync(path.join(dir, "site.yaml"), yaml);
  write("siteUrl: https://lindenhof.example.org\n");
  expect(readSiteUrl(dir)).toBe("https://lindenhof.example.org/");
  write("siteUrl: https://example.org/gids/\n");
  expect(readSiteUrl(dir)).toBe("https://example.org/gids/");
  write("siteUrl: ftp://example.org/\n");
  expect(readSiteUrl(dir)).toBeUndefined();
  write("name: x\n");
  expect(readSiteUrl(dir)).toBeUndefined();
  write("siteUrl: [unclosed\n");
  expect(readSiteUrl(dir)).toBeUndefined();
  expect(readSiteUrl(path.join(dir, "missing"))).toBeUndefined();
});

test("a code drawn once as a symbol is shown by reference, with the same size and modules", () => {
  const url = "https://lindenhof.example.org/go/koffieochtend/";
  const symbols = qrSymbols([
    { text: url, errorCorrection: "M" },
    { text: url, errorCorrection: "L" },
  ]);
  for (const level of ["M", "L"] as const) {
    const drawn = qrSvg(url, level);
    const shown = qrUseSvg(url, level);
    const id = /<use href="#([^"]+)"/.exec(shown)?.[1];
    expect(id, shown).toBeDefined();
    const symbol = new RegExp(`<symbol id="${id}" viewBox="([^"]+)"[^>]*>(.*?)</symbol>`).exec(
      symbols,
    );
    // The symbol holds exactly the drawing of the code drawn out, in the same box.
    expect(symbol?.[1]).toBe(/viewBox="([^"]+)"/.exec(drawn)?.[1]);
    expect(drawn).toContain(symbol?.[2]);
    expect(shown).toContain(`viewBox="${symbol?.[1]}"`);
  }
  // The two levels are two different codes, under two names.
  expect(qrUseSvg(url, "M")).not.toBe(qrUseSvg(url, "L"));
  // The same every build: the name comes from the text, not from the order of drawing.
  expect(qrUseSvg(url, "M")).toMatch(/href="#qr-M-[0-9a-z]+"/);
  expect(qrUseSvg(`${url}x`, "M")).not.toBe(qrUseSvg(url, "M"));
});
