/**
 * `BUURTGIDS_CONTENT` points the build at another folder: the example
 * neighbourhood (tests/fixtures/content-example, or BUURTGIDS_EXAMPLES) builds
 * unchanged, and a folder with a bad or unsafe file stops the
 * build with the check's message before anything is compiled or written.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { allFiles } from "./dist.ts";

const root = path.resolve(import.meta.dirname, "../..");
/** The example content: tests/fixtures/content-example, or the folder BUURTGIDS_EXAMPLES names. */
const examples = path.resolve(
  process.env.BUURTGIDS_EXAMPLES ?? path.join(root, "tests/fixtures/content-example"),
);
const scratch = mkdtempSync(path.join(tmpdir(), "buurtgids-build-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(content: string, outDir: string) {
  return spawnSync(
    process.execPath,
    [path.join(root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir],
    {
      cwd: root,
      env: {
        ...process.env,
        BUURTGIDS_CONTENT: content,
        ASTRO_TELEMETRY_DISABLED: "1",
      },
      encoding: "utf8",
    },
  );
}

function folderHash(dir: string): string {
  const hash = createHash("sha256");
  for (const file of allFiles(dir).sort()) hash.update(file).update(readFileSync(file));
  return hash.digest("hex");
}

test("the example neighbourhood builds unchanged", () => {
  expect(existsSync(examples), `${examples} must exist`).toBe(true);
  const before = folderHash(examples);
  const outDir = path.join(scratch, "examples-dist");
  const result = build(examples, outDir);
  expect(result.status, result.stderr + result.stdout).toBe(0);
  expect(folderHash(examples)).toBe(before);
  for (const route of [
    "nl/index.html",
    "ar/initiatives/wandelclub/index.html",
    "en/places/de-brug/index.html",
  ]) {
    expect(existsSync(path.join(outDir, route)), route).toBe(true);
  }
  const arabic = readFileSync(
    path.join(outDir, "ar/initiatives/koffie-en-praten/index.html"),
    "utf8",
  );
  expect(arabic).toContain("قهوة وحديث");
});

test("a bad, unsafe file stops the build with the check's message, runs nothing, writes nothing", () => {
  const content = path.join(scratch, "bad-content");
  cpSync(examples, content, { recursive: true });
  const marker = path.join(scratch, "ran-code");
  const file = path.join(content, "initiatives/wandelclub/index.mdx");
  writeFileSync(
    file,
    readFileSync(file, "utf8") +
      `\n{import("node:fs").then((fs) => fs.writeFileSync(${JSON.stringify(marker)}, "x"))}\n`,
  );
  const before = folderHash(content);
  const outDir = path.join(scratch, "bad-dist");
  const result = build(content, outDir);
  const output = result.stdout + result.stderr;
  expect(result.status).not.toBe(0);
  expect(output).toMatch(/initiatives\/wandelclub\/index\.mdx:\d+\s+\{expression\}/);
  expect(existsSync(marker)).toBe(false);
  expect(existsSync(outDir)).toBe(false);
  expect(folderHash(content)).toBe(before);
});

test("entries made from filled-in issue forms (npm run from-issue) build into pages", () => {
  const content = path.join(scratch, "from-issue-content");
  cpSync(examples, content, { recursive: true });
  const env = { ...process.env, BUURTGIDS_CONTENT: content, FORCE_COLOR: "0" };
  for (const form of ["en-knitting-club-new-place.md", "nl-telefooncirkel.md"]) {
    const run = spawnSync(
      process.execPath,
      [path.join(root, "src/cli/from-issue.ts"), path.join(root, "tests/fixtures/issues", form)],
      { cwd: root, env, encoding: "utf8" },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
  }
  const outDir = path.join(scratch, "from-issue-dist");
  const result = build(content, outDir);
  expect(result.status, result.stderr + result.stdout).toBe(0);
  const page = (route: string) => readFileSync(path.join(outDir, route, "index.html"), "utf8");
  const knitting = page("nl/initiatives/knitting-club-de-vonk");
  expect(knitting).toContain("Knitting club De Vonk");
  expect(knitting).toContain("Parkweg 3, community centre De Vonk");
  expect(page("en/initiatives/belcirkel-in-de-avond")).toContain("Belcirkel in de avond");
});
