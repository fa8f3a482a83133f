/** QR codes on posters: an SVG whose size comes from CSS, with a 4-module quiet zone. */
import { expect, test } from "vitest";
import { create } from "qrcode";
import { qrSvg } from "../../../src/lib/posters/qr.ts";
import { readSiteUrl } from "../../../src/lib/content/site-url.ts";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

test("the SVG has a viewBox only and a 4-module quiet zone on each side", async () => {
  const url = "https://lindenhof.example.org/go/koffieochtend/";
  const svg = await qrSvg(url);
  const modules = create(url, { errorCorrectionLevel: "M" }).modules.size;
  expect(svg).toMatch(new RegExp(`viewBox="0 0 ${modules + 8} ${modules + 8}"`));
  expect(svg).not.toMatch(/<svg[^>]*\swidth=/);
  expect(await qrSvg(url)).toBe(svg);
  expect(await qrSvg(`${url}x`)).not.toBe(svg);
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
