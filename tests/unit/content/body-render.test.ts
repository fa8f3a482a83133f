/**
 * The page HTML of a body comes from the one tree the gate checked, and an allow-list
 * sanitizer has the last word: these tests feed hostile bodies straight into the
 * renderer, skipping the gate, and read the output with an independent HTML parser.
 */
import { parse } from "node-html-parser";
import { describe, expect, test } from "vitest";
import { parseBody } from "../../../src/lib/content/body/parse.ts";
import { renderBodyHtml } from "../../../src/lib/content/body/render.ts";
import { checkMdxSafety } from "../../../src/lib/content/mdx-safety.ts";
import { dangerousMarkup } from "../../support/dangerous-html.ts";

const render = (body: string) => renderBodyHtml(parseBody(body));

describe("the sanitizer alone removes what got past the gate", () => {
  test.each([
    ["<script>", "<script>alert(1)</script>", "alert"],
    [
      "<meta http-equiv>",
      '<meta http-equiv="refresh" content="0;url=https://example.com/" />',
      "example.com",
    ],
    ["<img onerror>", 'Kijk <img src="x" onerror="alert(1)" />', "alert"],
    ["<a href=javascript:>", '<a href="javascript:alert(1)">klik</a>', "javascript"],
    ["entity-hidden javascript:", '<a href="jav&#x61;script:alert(1)">klik</a>', "script:"],
    ["Markdown javascript: link", "[klik](javascript:alert(1))", "javascript"],
    ["data: image", "![x](data:image/svg+xml;base64,PHN2Zz4=)", "data:"],
    ["<iframe>", '<iframe src="https://example.com/"></iframe>', "example.com"],
    ["<style>", "<style>{'body{display:none}'}</style>", "display"],
    ["<form>", '<form action="https://example.com/"><input name="x" /></form>', "example.com"],
    ["<base>", '<base href="https://example.com/" />', "example.com"],
    ["<svg onload>", '<svg onload="alert(1)"><circle /></svg>', "alert"],
  ])("%s", (_name, body, leftover) => {
    expect(checkMdxSafety(body).findings.length, "the gate refuses it too").toBeGreaterThan(0);
    const html = render(body);
    expect(dangerousMarkup(html)).toEqual([]);
    expect(html).not.toContain(leftover);
  });

  test("harmless Markdown and allowed tags survive, links to other sites get rel", () => {
    const html = render(
      '**Gratis** koffie, <abbr title="ongeveer">ca.</abbr> tien mensen.\n\n- [De Brug](https://example.org/)\n- <a href="tel:+31201234567">bel</a>\n\n| dag | tijd |\n|---|---|\n| di | 10:00 |',
    );
    const root = parse(html);
    expect(root.querySelector("strong")?.text).toBe("Gratis");
    expect(root.querySelector("abbr")?.getAttribute("title")).toBe("ongeveer");
    const links = root.querySelectorAll("a");
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "https://example.org/",
      "tel:+31201234567",
    ]);
    expect(links[0]?.getAttribute("rel")).toBe("noopener noreferrer");
    expect(links[1]?.getAttribute("rel")).toBeUndefined();
    expect(root.querySelectorAll("td").map((td) => td.text)).toEqual(["di", "10:00"]);
  });

  test("MDX code nodes never become output", () => {
    const html = render(
      'import x from "node:fs"\n\nTekst {1 + 1} en {/* c */}\n\n{process.exit(1)}',
    );
    expect(html).not.toMatch(/import|process|1 \+ 1/);
    expect(html).toContain("Tekst");
  });
});

describe("the three shapes that read differently in two parsers now read one way", () => {
  const shapes: Record<string, string> = {
    "a second front matter block":
      '---\n~~~\n---\n<meta http-equiv="refresh" content="0;url=https://example.com/">\n\n~~~\n',
    "a table cell split across a code span":
      "| a | b |\n|---|---|\n| `x | <img src=x onerror=alert(1)> ` |\n",
    "a code span broken by a block": "Open `\n\n<script>alert(1)</script>\n\n` dicht\n",
  };
  test.each(Object.entries(shapes))("%s: refused by the gate, or harmless text", (_name, body) => {
    const { findings, tree } = checkMdxSafety(body);
    if (findings.length === 0) {
      expect(tree).toBeDefined();
      const html = renderBodyHtml(tree!);
      expect(dangerousMarkup(html)).toEqual([]);
      expect(parse(html).querySelectorAll("meta, img, script")).toHaveLength(0);
    }
  });

  test("the second front matter block is shown as code, not read as front matter", () => {
    const { findings, tree } = checkMdxSafety(shapes["a second front matter block"]!);
    expect(findings).toEqual([]);
    const html = renderBodyHtml(tree!);
    expect(html).toMatch(/<pre><code>---\n&#x3C;meta http-equiv="refresh"/);
  });
});
