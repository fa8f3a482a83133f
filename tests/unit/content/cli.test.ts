/** `npm run check` as a process: exit codes, output, and no file changed. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  badFixture,
  exampleDir,
  hashFolder,
  koffie,
  repoRoot,
  replace,
  tempContent,
} from "./helpers.ts";

/** The environment without the terminal's language: the check speaks English. */
function englishEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env["LC_ALL"];
  delete env["LC_MESSAGES"];
  delete env["LANG"];
  return env;
}

function runCheck(contentDir: string) {
  const result = spawnSync(process.execPath, ["src/cli/check.ts"], {
    cwd: repoRoot,
    env: { ...englishEnv(), BUURTGIDS_CONTENT: contentDir },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("src/cli/check.ts", () => {
  test("exits 0 for the shared example and says what it read", () => {
    const before = hashFolder(exampleDir);
    const { status, output } = runCheck(exampleDir);
    // The example has no public address: one line says what printed QR codes need.
    const shown = path
      .relative(repoRoot, path.join(exampleDir, "site.yaml"))
      .split(path.sep)
      .join("/");
    expect(output.trim().split("\n")).toEqual([
      `${shown}  siteUrl  warning: printed QR codes need the guide's public address: add siteUrl: https://… (posters print no QR code until then)`,
      "0 errors, 1 warning in 1 file",
      "All content is fine: 2 places, 4 initiatives, 4 translations",
    ]);
    expect(status).toBe(0);
    expect(hashFolder(exampleDir)).toBe(before);
  }, 60_000);

  test("with siteUrl in site.yaml there is no warning", () => {
    const dir = tempContent({
      "site.yaml": (old) => `${old.trimEnd()}\nsiteUrl: https://buurt.example.org/\n`,
    });
    const { status, output } = runCheck(dir);
    expect(output.trim()).toBe("All content is fine: 2 places, 4 initiatives, 4 translations");
    expect(status).toBe(0);
  }, 60_000);

  test("exits 1 for a bad folder, with file:line per problem, and changes no file", () => {
    const dir = tempContent({
      [koffie]: replace('to: "12:00"', 'to: "09:00"'),
    });
    const before = hashFolder(dir);
    const { status, output } = runCheck(dir);
    expect(status).toBe(1);
    const shown = path.relative(repoRoot, path.join(dir, koffie)).split(path.sep).join("/");
    expect(output).toContain(
      `${shown}:10  schedule.0.to (schedule, rule 1, to)  "09:00" is before from "10:00"`,
    );
    expect(output).toContain("1 error, 0 warnings in 1 file");
    expect(output).not.toMatch(/\n\s+at |ZodError|Error:/);
    expect(hashFolder(dir)).toBe(before);
  }, 60_000);

  test("the bad fixture lists every problem", () => {
    const before = hashFolder(badFixture);
    const { status, output } = runCheck(badFixture);
    expect(status).toBe(1);
    for (const part of [
      "content-bad/initiatives/koffie-ochtend/index.mdx:10  schedule.0.to",
      "content-bad/initiatives/koffie-ochtend/index.mdx:8  schedule.0.days.1",
      "content-bad/initiatives/koffie-ochtend/index.mdx:6  place",
      "content-bad/initiatives/koffie-ochtend/index.mdx:18  import",
      "content-bad/initiatives/koffie-ochtend/index.mdx:20  <script>",
      "content-bad/initiatives/koffie-ochtend/en.mdx:4  cost",
      "content-bad/initiatives/koffie-ochtend/fr.mdx  file name",
      "content-bad/places/het-plein/index.mdx:6  wheelchiar",
    ]) {
      expect(output).toContain(part);
    }
    expect(hashFolder(badFixture)).toBe(before);
  }, 60_000);

  test("exits 1 when the content folder does not exist", () => {
    const { status, output } = runCheck(path.join(repoRoot, "no-such-content-folder"));
    expect(status).toBe(1);
    expect(output).toContain("does not exist");
  }, 60_000);
});
