/** `npm run translations` in a real temporary git repository. */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { gitHistory } from "../../../src/cli/git-history.ts";
import { outdatedTranslations } from "../../../src/lib/translations/outdated.ts";
import { exampleDir, repoRoot, tempContent } from "../content/helpers.ts";

const library = "places/bibliotheek-rivierwijk";
let repo = "";
let content = "";

function git(...args: string[]): string {
  return execFileSync(
    "git",
    [
      "-c",
      "user.name=Test",
      "-c",
      "user.email=test@example.org",
      "-c",
      "commit.gpgsign=false",
    ].concat(args),
    { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}

function runTranslations(contentDir: string, cwd = repoRoot) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, "src/cli/translations.ts")], {
    cwd,
    env: { ...process.env, LC_ALL: "C.UTF-8", BUURTGIDS_CONTENT: contentDir },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function edit(file: string, from: string, to: string): void {
  const target = path.join(content, file);
  const old = fs.readFileSync(target, "utf8");
  expect(old).toContain(from);
  fs.writeFileSync(target, old.replace(from, to));
}

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "buurtgids-git-"));
  content = path.join(repo, "content");
  fs.cpSync(exampleDir, content, { recursive: true });
  git("init", "--quiet");
  git("add", "-A");
  git("commit", "--quiet", "-m", "Content from the shared example");
  fs.writeFileSync(
    path.join(content, library, "en.mdx"),
    "---\ntitle: Rivierwijk library\nsummary: Read, borrow books and use a computer.\n---\n\nAsk at the desk.\n",
  );
  git("add", "-A");
  git("commit", "--quiet", "-m", "English text for the library");
});

afterAll(() => {
  fs.rmSync(repo, { recursive: true, force: true });
});

describe("src/cli/translations.ts", () => {
  test("a committed translation is up to date; missing ones are listed per locale", () => {
    const { status, output } = runTranslations(content);
    expect(status).toBe(0);
    expect(output).toMatch(/^en {2}English: 4 up to date, 0 outdated, 2 missing$/m);
    expect(output).toContain("  missing   ");
    expect(output).toMatch(/missing {3}\S*content\/initiatives\/wandelclub\/tr\.mdx/);
    expect(output).not.toContain("outdated  ");
  });

  test("after the Dutch summary changes, that translation is listed as outdated", () => {
    const file = `${library}/index.mdx`;
    const summary = fs
      .readFileSync(path.join(content, file), "utf8")
      .split("\n")
      .find((l) => l.startsWith("summary:"))!;
    edit(
      file,
      summary,
      "summary: Lees, leen boeken en gebruik een computer. Vraag gerust om hulp.",
    );
    git("commit", "--quiet", "-am", "Shorter Dutch summary for the library");
    // A change of facts only, elsewhere, changes nothing.
    edit("initiatives/koffie-en-praten/index.mdx", 'to: "12:00"', 'to: "12:30"');
    git("commit", "--quiet", "-am", "Coffee until half past twelve");

    const { status, output } = runTranslations(content);
    expect(status).toBe(0);
    expect(output).toMatch(/^en {2}English: 3 up to date, 1 outdated, 2 missing$/m);
    const outdated = output.split("\n").filter((l) => l.includes("outdated  "));
    expect(outdated).toHaveLength(1);
    expect(outdated[0]).toMatch(
      /^ {2}outdated {2}\S*content\/places\/bibliotheek-rivierwijk\/en\.mdx {2}the Dutch summary changed after commit [0-9a-f]{7}/,
    );
    expect(outdatedTranslations(content, gitHistory(content))).toEqual(
      new Set(["place/bibliotheek-rivierwijk/en"]),
    );
  });

  test("a translation being updated (not committed yet) is no longer outdated", () => {
    edit(`${library}/en.mdx`, "summary: Read,", "summary: Read books,");
    expect(outdatedTranslations(content, gitHistory(content))).toEqual(new Set());
    expect(runTranslations(content).output).toMatch(/^en {2}English: 4 up to date, 0 outdated/m);
  });

  test("outside a git repository it says outdated ones cannot be found and lists missing ones", () => {
    const plain = tempContent();
    const { status, output } = runTranslations(plain);
    expect(status).toBe(0);
    expect(output).toContain("Outdated translations cannot be found");
    expect(output).toContain("is not in a git repository");
    expect(output).toMatch(/^en {2}English: 3 translated, 3 missing$/m);
    expect(outdatedTranslations(plain, gitHistory(plain))).toEqual(new Set());
  });
});
