import { randomBytes } from "node:crypto";
import { expect, test } from "vitest";
import { firstLoad, staticImports } from "../../src/lib/budgets/first-load.ts";
import { budgets } from "../../src/lib/budgets/budgets.ts";

const css = "body{color:#111;font-size:18px}".repeat(20);
const smallScript = 'import"./chunk.js";document.body.dataset.ok="1";';
const chunk = "export const x=1;";

function site(extra: Record<string, string> = {}) {
  const files: Record<string, string> = {
    "/_astro/page.css": css,
    "/_astro/page.js": smallScript,
    "/_astro/chunk.js": chunk,
    ...extra,
  };
  return (path: string) => files[path];
}

const page = (scripts: string) =>
  `<!doctype html><html lang="nl"><head><link rel="stylesheet" href="/_astro/page.css">${scripts}</head><body><h1>Koffie</h1></body></html>`;

test("counts HTML, stylesheets, scripts and their static imports", () => {
  const load = firstLoad(
    page('<script type="module" src="/_astro/page.js"></script>'),
    "/nl/",
    site(),
  );
  expect(load.assets).toEqual(["/_astro/page.css", "/_astro/page.js", "/_astro/chunk.js"]);
  expect(load.script).toBeGreaterThan(0);
  expect(load.total).toBe(load.html + load.css + load.script);
});

test("dynamic imports and JSON data blocks do not count as scripts before interaction", () => {
  const lazy = 'document.onclick=()=>import("/pagefind/pagefind.js")';
  const load = firstLoad(
    page(
      `<script type="module">${lazy}</script><script type="application/ld+json">{"a":1}</script>`,
    ),
    "/nl/",
    site({ "/pagefind/pagefind.js": "x".repeat(50_000) }),
  );
  expect(load.assets).toEqual(["/_astro/page.css"]);
  expect(load.script).toBeLessThan(200);
});

test("the checker catches a 5 KB script added to a page", () => {
  // Random bytes barely compress: this script still weighs over 5 KB after gzip.
  const heavy = `window.blob="${randomBytes(5200).toString("base64")}";`;
  const before = firstLoad(
    page('<script type="module" src="/_astro/page.js"></script>'),
    "/nl/",
    site(),
  );
  const after = firstLoad(
    page(
      '<script type="module" src="/_astro/page.js"></script><script type="module" src="/_astro/heavy.js"></script>',
    ),
    "/nl/",
    site({ "/_astro/heavy.js": heavy }),
  );
  expect(before.script).toBeLessThanOrEqual(budgets.scriptBeforeInteraction);
  expect(after.script).toBeGreaterThan(budgets.scriptBeforeInteraction);
  expect(after.total - before.total).toBeGreaterThan(5000);
});

test("finds static import forms", () => {
  expect(
    staticImports('import a from"./a.js";import"./b.js";export{c}from"./c.js";import("./d.js")'),
  ).toEqual(["./a.js", "./b.js", "./c.js"]);
});
