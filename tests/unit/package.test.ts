/**
 * package.json: what the site needs to build is in `dependencies` (so
 * `npm ci --omit=dev && npm run build` works), the tools (tests, types, formatting,
 * browsers, the workflow linter) are in `devDependencies`, and nothing is listed that
 * nothing uses. Imports are found by reading the source: every bare module name in
 * an `import … from`, `import(…)` or CSS `@import` of src/ and astro.config.mjs.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { repoRoot } from "./content/helpers.ts";
import { scriptEnvironment } from "../../src/lib/bench/script-environment.ts";

interface Manifest {
  license: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as Manifest;

/** Files under `dir` (relative to the repository) whose names end in one of `extensions`. */
function filesUnder(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extensions.some((ext) => entry.name.endsWith(ext))) out.push(full);
    }
  };
  walk(path.join(repoRoot, dir));
  return out;
}

/** The package a module specifier belongs to (`hyphen/nl/index.js` → `hyphen`), if it is one. */
function packageOf(specifier: string): string | undefined {
  if (/^(\.|\/|node:|astro:|virtual:)/.test(specifier)) return undefined;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** Packages a file imports for its running code (`import type` is left out: it is erased). */
function importsOf(file: string): Set<string> {
  const text = fs.readFileSync(file, "utf8");
  const found = new Set<string>();
  const patterns = [
    /^\s*import\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm,
    /^\s*export\s+(?!type\b)[^'";]*?\sfrom\s+["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /^@import\s+["']([^"']+)["']/gm,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const name = packageOf(match[1]!);
      if (name) found.add(name);
    }
  }
  return found;
}

/** Developer commands in src/cli that are not part of building or editing the guide. */
const devCommands = ["src/cli/bench.ts"];

const buildFiles = [
  path.join(repoRoot, "astro.config.mjs"),
  ...filesUnder("src", [".ts", ".mjs", ".astro", ".css"]),
].filter((file) => !devCommands.includes(path.relative(repoRoot, file)));

const usedByBuild = new Set(buildFiles.flatMap((file) => [...importsOf(file)]));

describe("package.json", () => {
  test("the license is MIT, with a LICENSE file that says so", () => {
    expect(pkg.license).toBe("MIT");
    const license = fs.readFileSync(path.join(repoRoot, "LICENSE"), "utf8");
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 Buurtgids contributors\n/);
  });

  test("the import scan finds what it should (so the tests below can fail)", () => {
    expect(usedByBuild.has("astro")).toBe(true);
    expect(usedByBuild.has("hyphen")).toBe(true);
    expect(usedByBuild.has("tailwindcss")).toBe(true); // global.css: @import "tailwindcss"
    expect(usedByBuild.has("@iconify/types")).toBe(false); // only `import type`
  });

  test("every package the site and the volunteer commands import is a dependency", () => {
    const missing = [...usedByBuild].filter((name) => !(name in pkg.dependencies)).sort();
    expect(missing).toEqual([]);
  });

  test("every dependency is imported by the site (or is the Node that runs the scripts)", () => {
    const unused = Object.keys(pkg.dependencies).filter(
      (name) => name !== "node" && !usedByBuild.has(name),
    );
    expect(unused).toEqual([]);
    // `npm run …` after `npm ci --omit=dev` still runs on the project's Node 24.
    expect(pkg.dependencies).toHaveProperty("node");
  });

  test("no package is listed twice, and each dev tool is used by a test, a config or a script", () => {
    const both = Object.keys(pkg.devDependencies).filter((name) => name in pkg.dependencies);
    expect(both).toEqual([]);
    const testFiles = [
      ...filesUnder("tests", [".ts"]),
      ...devCommands.map((file) => path.join(repoRoot, file)),
      ...["vitest.config.ts", "playwright.config.ts"].map((file) => path.join(repoRoot, file)),
    ];
    const usedByTests = new Set(testFiles.flatMap((file) => [...importsOf(file)]));
    const elsewhere = [
      JSON.stringify(pkg.scripts),
      fs.readFileSync(path.join(repoRoot, ".prettierrc.json"), "utf8"),
      fs.readFileSync(path.join(repoRoot, "tsconfig.json"), "utf8"),
    ].join("\n");
    // Tools that another tool runs: `astro check` (npm run typecheck) loads both.
    const runByOtherTools = ["@astrojs/check", "typescript"];
    // Types that TypeScript picks up by itself for the packages they describe.
    const typesFor = (name: string) => name.replace(/^@types\//, "");
    const unused = Object.keys(pkg.devDependencies).filter((name) => {
      if (usedByTests.has(name) || elsewhere.includes(name)) return false;
      if (runByOtherTools.includes(name)) return false;
      if (name.startsWith("@types/")) {
        const described = typesFor(name);
        return !(
          described === "node" ||
          usedByBuild.has(described) ||
          usedByTests.has(described) ||
          // @types/hast and @types/mdast: the syntax trees of the content pipeline.
          usedByBuild.has(`${described}-util-to-hast`) ||
          usedByBuild.has(`mdast-util-to-${described}`)
        );
      }
      // Type-only imports of a package (erased at build time).
      return !buildFiles.some((file) =>
        new RegExp(`import type [^;]*["']${name}["']`).test(fs.readFileSync(file, "utf8")),
      );
    });
    expect(unused).toEqual([]);
  });

  test("axe-core is no direct dependency (@axe-core/playwright brings its own)", () => {
    expect(pkg.dependencies).not.toHaveProperty("axe-core");
    expect(pkg.devDependencies).not.toHaveProperty("axe-core");
  });

  test("the build hands freed native memory back at once, and `npm start` builds the same way", () => {
    // The allocator of the build's Rust parts (mimalloc, in rolldown and Astro's
    // compiler) otherwise keeps some 130 MB freed after bundling while the pages
    // render: at 1,000 entries that is the margin under 1.2 GB.
    expect(scriptEnvironment(pkg.scripts.build!)).toMatchObject({
      ASTRO_TELEMETRY_DISABLED: "1",
      MIMALLOC_PURGE_DELAY: "0",
    });
    expect(pkg.scripts.start).toMatch(/^npm run build && /);
  });
});
