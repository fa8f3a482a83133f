/**
 * Rendering several pages at once (`build.concurrency` in astro.config.mjs) changes
 * nothing a reader or the search gets: generated entries built eight pages at a time
 * and one page at a time give the same files, byte for byte, the search index
 * included (which takes the pages in the build's order however they finish).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { generateContent } from "../../src/lib/bench/generate.ts";
import { isKnownLocale } from "../../src/lib/i18n/locales.ts";
import { allFiles } from "./dist.ts";

const root = path.resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(path.join(tmpdir(), "buurtgids-order-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Generated entries, without read-aloud audio (it has its own tests, and would take minutes). */
function writeGeneratedContent(dir: string, initiatives: number) {
  const siteYaml = readFileSync(path.join(root, "content/site.yaml"), "utf8").replace(
    /^generatedAudio:.*$/m,
    "generatedAudio: []",
  );
  for (const file of generateContent({ seed: 7, initiatives, siteYaml })) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.text);
  }
}

/** `astro build` of `content` into `outDir`, rendering `concurrency` pages at a time. */
function buildWith(content: string, outDir: string, concurrency: number) {
  const script = `import { build } from "astro";
    await build({ root: process.cwd(), outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(`${outDir}-cache`)}, logLevel: "error", build: { concurrency: ${concurrency} } });`;
  return spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: root,
    env: { ...process.env, BUURTGIDS_CONTENT: content, ASTRO_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
}

/** Every file under `dir`, by its path inside it. */
function filesOf(dir: string): Map<string, Buffer> {
  return new Map(allFiles(dir).map((file) => [path.relative(dir, file), readFileSync(file)]));
}

test("eight pages at a time build the same site, search index included, as one at a time", () => {
  const content = path.join(scratch, "content");
  writeGeneratedContent(content, 30);
  const one = path.join(scratch, "one-at-a-time");
  const eight = path.join(scratch, "eight-at-a-time");
  for (const [outDir, concurrency] of [
    [one, 1],
    [eight, 8],
  ] as const) {
    const result = buildWith(content, outDir, concurrency);
    expect(result.status, result.stderr + result.stdout).toBe(0);
  }
  const a = filesOf(one);
  const b = filesOf(eight);
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  const differing = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([f]) => f);
  expect(differing).toEqual([]);
  // The index holds every entry page of every language, not just some of them.
  const entry = JSON.parse(a.get("pagefind/pagefind-entry.json")!.toString("utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  const entryPages = [...a.keys()].filter((file) => {
    const [locale = "", kind, , page] = file.split("/");
    return (
      isKnownLocale(locale) &&
      (kind === "initiatives" || kind === "places") &&
      page === "index.html"
    );
  }).length;
  const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  expect(indexed).toBe(entryPages);
  expect(Object.keys(entry.languages)).toHaveLength(6);
});
