/**
 * Test helpers: temporary content folders made from a valid base (the example
 * content) with one file changed, so each test shows exactly one mistake.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect } from "vitest";
import { checkContent } from "../../../src/lib/content/validate.ts";
import type { Problem } from "../../../src/lib/content/model.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The repository root (where package.json is). */
export const repoRoot = path.resolve(here, "../../..");

/**
 * The example content (must always pass unchanged): the project's own fictional copy
 * in tests/fixtures/content-example, or the folder `BUURTGIDS_EXAMPLES` names (the one
 * variable for an extra content folder; `.ci/run` sets it to held-out content when
 * there is some). The tests name its files and lines, so both must have them.
 */
export const exampleDir = process.env["BUURTGIDS_EXAMPLES"]
  ? path.resolve(process.env["BUURTGIDS_EXAMPLES"])
  : path.resolve(here, "../../fixtures/content-example");

export const goodFixture = path.join(repoRoot, "tests/fixtures/content-good");
export const badFixture = path.join(repoRoot, "tests/fixtures/content-bad");

/** A fixed "today" so date checks do not depend on the clock. */
export const today = "2026-11-25";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A change to one file: new text, a function of the old text, or `null` to delete it. */
export type Edit = string | null | ((old: string) => string);

/** Copies `base` to a new temporary folder and applies `edits` (paths relative to it). */
export function tempContent(edits: Record<string, Edit> = {}, base = exampleDir): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "buurtgids-content-"));
  made.push(dir);
  fs.cpSync(base, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    if (edit === null) {
      fs.rmSync(target, { recursive: true, force: true });
    } else if (typeof edit === "function") {
      fs.writeFileSync(target, edit(fs.readFileSync(target, "utf8")));
    } else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, edit);
    }
  }
  return dir;
}

/** An edit that replaces `from` by `to`, failing loudly when `from` is not in the file. */
export function replace(from: string, to: string): (old: string) => string {
  return (old) => {
    expect(old, `the base file should contain ${JSON.stringify(from)}`).toContain(from);
    return old.replace(from, to);
  };
}

/** Problems of a folder checked with the fixed `today`. */
export function check(dir: string) {
  return checkContent(dir, { today });
}

export function errorsOf(dir: string): Problem[] {
  return check(dir).problems.filter((p) => p.severity === "error");
}

/** The single error of a folder where exactly one thing is wrong. */
export function onlyError(dir: string): Problem {
  const errors = errorsOf(dir);
  expect(errors, JSON.stringify(errors, null, 2)).toHaveLength(1);
  return errors[0]!;
}

/** A hash of every file (path and bytes) under `dir`. */
export function hashFolder(dir: string): string {
  const hash = crypto.createHash("sha256");
  const walk = (current: string) => {
    for (const name of fs.readdirSync(current).sort()) {
      const full = path.join(current, name);
      const stat = fs.statSync(full);
      hash.update(path.relative(dir, full));
      if (stat.isDirectory()) walk(full);
      else hash.update(fs.readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest("hex");
}

export const koffie = "initiatives/koffie-en-praten/index.mdx";
export const koffieEn = "initiatives/koffie-en-praten/en.mdx";
export const deBrug = "places/de-brug/index.mdx";
