/**
 * Every built page draws each icon it shows once, as a symbol at the end of its body,
 * and shows it by reference: each reference has its symbol in the same page, each
 * symbol is shown, no icon is drawn inline, and each icon is either hidden from screen
 * readers (it stands beside its words) or an image with a name.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import { expect, test } from "vitest";
import { iconSvg } from "../../src/lib/icon-drawing.ts";
import { allFiles, distDir } from "./dist.ts";

const pages = allFiles().filter((file) => file.endsWith(".html"));

test("the site has pages with icons to check", () => {
  expect(pages.length).toBeGreaterThan(100);
});

test("each page's icons are drawn once, as the symbols it shows, after everything else", () => {
  const problems: string[] = [];
  let shownInAll = 0;
  const drawnAnywhere = new Set<string>();
  const inlineDrawings: [route: string, drawings: string[]][] = [];
  for (const file of pages) {
    const route = path.relative(distDir, file);
    const doc = parse(readFileSync(file, "utf8"));
    const shown = new Set(
      doc
        .querySelectorAll("svg > use")
        .map((use) => use.getAttribute("href") ?? "")
        .filter((href) => href.startsWith("#i-"))
        .map((href) => href.slice(1)),
    );
    // Inside <template> too: node-html-parser reads a template's content as children.
    shownInAll += shown.size;
    const icons = doc
      .querySelectorAll("svg")
      .filter((svg) => svg.querySelector("> use")?.getAttribute("href")?.startsWith("#i-"));
    for (const icon of icons) {
      const name = icon.querySelector("use")!.getAttribute("href")!.slice(3);
      const decorative =
        icon.getAttribute("aria-hidden") === "true" && icon.getAttribute("focusable") === "false";
      const labelled = icon.getAttribute("role") === "img" && !!icon.getAttribute("aria-label");
      if (decorative === labelled) problems.push(`${route}: ${name} neither hidden nor labelled`);
      if (!icon.getAttribute("class")) problems.push(`${route}: ${name} without a size`);
      if (icon.getAttribute("viewBox") !== iconSvg(name).viewBox) {
        problems.push(`${route}: ${name} without its viewBox`);
      }
    }
    const sprites = doc.querySelectorAll("svg.icon-symbols");
    if (shown.size === 0) {
      if (sprites.length > 0) problems.push(`${route}: symbols but no icon`);
      continue;
    }
    if (sprites.length !== 1) {
      problems.push(`${route}: ${sprites.length} sets of symbols`);
      continue;
    }
    const sprite = sprites[0]!;
    if (sprite.getAttribute("aria-hidden") !== "true")
      problems.push(`${route}: symbols not hidden`);
    const body = doc.querySelector("body")!;
    if (body.childNodes.filter((node) => node.nodeType === 1).at(-1) !== sprite) {
      problems.push(`${route}: the symbols are not the body's last element`);
    }
    const drawn = sprite.querySelectorAll("symbol").map((symbol) => symbol.id);
    if (new Set(drawn).size !== drawn.length) problems.push(`${route}: a symbol drawn twice`);
    const missing = [...shown].filter((id) => !drawn.includes(id));
    const unused = drawn.filter((id) => !shown.has(id));
    if (missing.length > 0) problems.push(`${route}: no symbol for ${missing.join(", ")}`);
    if (unused.length > 0) problems.push(`${route}: symbols never shown: ${unused.join(", ")}`);
    for (const symbol of sprite.querySelectorAll("symbol")) {
      const icon = iconSvg(symbol.id.slice(2));
      if (
        symbol.getAttribute("viewBox") !== icon.viewBox ||
        symbol.innerHTML !== parse(icon.body).toString()
      ) {
        problems.push(`${route}: ${symbol.id} is not the icon set's drawing`);
      }
    }
    for (const id of drawn) drawnAnywhere.add(parse(iconSvg(id.slice(2)).body).toString());
    inlineDrawings.push([
      route,
      doc
        .querySelectorAll("svg")
        .filter((svg) => !svg.closest("svg.icon-symbols"))
        .map((svg) => svg.innerHTML),
    ]);
  }
  // An icon drawn inline anywhere: the drawing of an icon some page has as a symbol.
  for (const [route, drawings] of inlineDrawings) {
    const inline = drawings.filter((drawing) => drawnAnywhere.has(drawing));
    if (inline.length > 0) problems.push(`${route}: ${inline.length} icons drawn inline`);
  }
  expect(problems).toEqual([]);
  expect(shownInAll).toBeGreaterThan(pages.length);
});
