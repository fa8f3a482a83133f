/** The MDX safety gate on its own: parse only, never run. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  allowedMdxElements,
  checkMdxSafety,
  unsafeUrlReason,
} from "../../../src/lib/content/mdx-safety.ts";
import { errorsOf, koffie, replace, tempContent } from "./helpers.ts";

const constructs = (body: string) => checkMdxSafety(body).findings.map((f) => f.construct);

describe("nothing in a content file runs", () => {
  test("an import() expression that would write a file is refused and does not run", () => {
    const target = path.join(os.tmpdir(), `pwned-${process.pid}-${Date.now()}`);
    const payload = `{import('node:fs').then(f=>f.writeFileSync(${JSON.stringify(target)},'x'))}`;
    const direct = checkMdxSafety(`Hallo.\n\n${payload}\n`, { firstLine: 20 });
    expect(direct.findings).toEqual([
      expect.objectContaining({ construct: "{expression}", line: 22 }),
    ]);

    const dir = tempContent({
      [koffie]: replace("Je mag ook gewoon luisteren.", payload),
    });
    const errors = errorsOf(dir);
    expect(errors).toEqual([
      expect.objectContaining({
        file: koffie,
        line: 32,
        field: "{expression}",
      }),
    ]);
    expect(fs.existsSync(target)).toBe(false);
  });

  test("an ESM import with side effects is refused and does not run", () => {
    const target = path.join(os.tmpdir(), `pwned-esm-${process.pid}-${Date.now()}`);
    const body = `export const x = require('node:fs').writeFileSync(${JSON.stringify(target)}, 'x')\n\nText.`;
    expect(constructs(body)).toEqual(["export"]);
    expect(fs.existsSync(target)).toBe(false);
  });
});

describe("refused constructs", () => {
  test.each([
    ["import x from 'y'", "import"],
    ["export default function X() {}", "export"],
    ["{1 + 1}", "{expression}"],
    ["Text {name} text", "{expression}"],
    ["{/* a comment */}", "{expression}"],
    ["<span title={x}>t</span>", "{expression}"],
    ["<span {...props}>t</span>", "{expression}"],
    ["<script>alert(1)</script>", "<script>"],
    ["<SCRIPT>alert(1)</SCRIPT>", "<script>"],
    ['<iframe src="https://example.org"></iframe>', "<iframe>"],
    ["<object></object>", "<object>"],
    ['<embed src="x" />', "<embed>"],
    ["<style>p</style>", "<style>"],
    ['<img src="x.png" />', "<img>"],
    ["<Map />", "<Map>"],
    ["<ui.Button />", "<ui.Button>"],
    ["<>text</>", "<>"],
    ['<span onclick="x">t</span>', "onclick"],
    ['<a onMouseOver="x">t</a>', "onMouseOver"],
    ['<span style="color:red">t</span>', "style"],
    ["[x](javascript:alert(1))", "link"],
    ["[x](JAVASCRIPT:alert(1))", "link"],
    ["[x](&#106;avascript:alert(1))", "link"],
    ["[x](data:text/html,hi)", "link"],
    ["[x](vbscript:msgbox)", "link"],
    ["[x][r]\n\n[r]: javascript:alert(1)", "link definition"],
    ['<a href="java\nscript:alert(1)">t</a>', "href"],
    ['<a href="  javascript:alert(1)">t</a>', "href"],
    ["![x](javascript:alert(1))", "image"],
    ["![x](https://tracker.example/pixel.png)", "image"],
    ["a <3 b", "MDX"],
    ["a { b", "MDX"],
    ["<!-- note -->", "MDX"],
    ["a <br> b", "MDX"],
  ])("%s → %s", (body, construct) => {
    expect(constructs(body)).toContain(construct);
  });

  test("line numbers are offset by the front matter", () => {
    const result = checkMdxSafety("ok\n\nok\n\n<script>x</script>", {
      firstLine: 30,
    });
    expect(result.findings[0]?.line).toBe(34);
    const parseError = checkMdxSafety("ok\n\nhere {", { firstLine: 10 });
    expect(parseError.findings[0]).toMatchObject({
      line: 12,
      construct: "MDX",
    });
  });
});

describe("allowed content", () => {
  test.each([
    "Plain text with **bold**, _emphasis_ and a [link](https://example.org).",
    "- a list\n- of things",
    "[mail](mailto:a@example.org) and [call](tel:112) and [page](#top) and [relative](../x/)",
    '<strong>b</strong> <em>e</em> <b>b</b> <i>i</i> <small>s</small> <mark>m</mark> <span lang="ar" dir="rtl">x</span>',
    '<abbr title="peer worker">PW</abbr> line<br />break <a href="https://example.org" title="t">a</a>',
    "<p>paragraph</p>\n\n<ul>\n  <li>one</li>\n</ul>\n\n<ol><li>two</li></ol>",
    "3 < 5 and 5 > 3",
    "&lt;script&gt; is shown as text, &#123; too",
  ])("%s", (body) => {
    expect(checkMdxSafety(body).findings).toEqual([]);
  });

  test("the allow-list is the small set of harmless HTML", () => {
    expect([...allowedMdxElements].sort()).toEqual([
      "a",
      "abbr",
      "b",
      "br",
      "em",
      "i",
      "li",
      "mark",
      "ol",
      "p",
      "small",
      "span",
      "strong",
      "ul",
    ]);
  });

  test("local images are reported as files the body uses", () => {
    expect(checkMdxSafety("![koffie](./koffie.jpg)").localFiles).toEqual([
      { url: "./koffie.jpg", line: 1 },
    ]);
  });
});

describe("unsafeUrlReason", () => {
  test.each([
    "javascript:x",
    " JavaScript:x",
    "java\tscript:x",
    "jav&#x61;script:x",
    "data:text/html,x",
    "VBScript:x",
    "file:///etc/passwd",
  ])("%s is refused", (url) => expect(unsafeUrlReason(url)).toBeDefined());
  test.each([
    "https://example.org",
    "http://example.org",
    "mailto:a@b.c",
    "tel:112",
    "./x",
    "#top",
    "/nl/",
    "//example.org",
  ])("%s is fine", (url) => expect(unsafeUrlReason(url)).toBeUndefined());
});
