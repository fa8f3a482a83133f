/**
 * A translation whose Dutch text changed after it was committed is still shown, with
 * a notice that it may be out of date (built from a temporary git repository).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { parse } from "node-html-parser";

const root = path.resolve(import.meta.dirname, "../..");
/** The example content: tests/fixtures/content-example, or the folder BUURTGIDS_EXAMPLES names. */
const examples = path.resolve(
  process.env.BUURTGIDS_EXAMPLES ?? path.join(root, "tests/fixtures/content-example"),
);
const scratch = mkdtempSync(path.join(tmpdir(), "buurtgids-outdated-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]): void {
  execFileSync(
    "git",
    [
      "-c",
      "user.name=Test",
      "-c",
      "user.email=test@example.org",
      "-c",
      "commit.gpgsign=false",
    ].concat(args),
    { cwd, stdio: "ignore" },
  );
}

test("an outdated translation shows the out-of-date notice; an up-to-date one shows none", () => {
  const content = path.join(scratch, "content");
  cpSync(examples, content, { recursive: true });
  git(scratch, "init", "--quiet");
  git(scratch, "add", "-A");
  git(scratch, "commit", "--quiet", "-m", "Example content");
  const index = path.join(content, "places/de-brug/index.mdx");
  const source = readFileSync(index, "utf8");
  const summary = source.split("\n").find((l) => l.startsWith("summary:"))!;
  writeFileSync(index, source.replace(summary, "summary: Een buurthuis met koffie en een tuin."));
  git(scratch, "commit", "--quiet", "-am", "New Dutch summary for De Brug");

  const outDir = path.join(scratch, "dist");
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir],
    {
      cwd: root,
      env: { ...process.env, BUURTGIDS_CONTENT: content, ASTRO_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
    },
  );
  expect(result.status, result.stderr + result.stdout).toBe(0);

  const notice = (route: string) =>
    parse(readFileSync(path.join(outDir, route, "index.html"), "utf8"))
      .querySelector(".fallback-notice")
      ?.text.trim();
  const brug = parse(readFileSync(path.join(outDir, "en/places/de-brug/index.html"), "utf8"));
  expect(brug.querySelector("h1")?.text).toBe(
    readFileSync(path.join(content, "places/de-brug/en.mdx"), "utf8").match(/^title: (.*)$/m)?.[1],
  );
  expect(notice("en/places/de-brug")).toBe(
    "This translation may be out of date. The Dutch text was changed.",
  );
  expect(notice("en/initiatives/koffie-en-praten")).toBeUndefined();
  expect(notice("tr/places/de-brug")).toBe(
    "Bu metin henüz sizin dilinizde yok. Felemenkçe olarak gösteriliyor.",
  );
});
