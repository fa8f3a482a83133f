/** `npm run check -- --format github`: problems as annotations on the right lines. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  annotation,
  escapeData,
  escapeProperty,
} from "../../../src/lib/content/github-annotations.ts";
import type { Problem } from "../../../src/lib/content/model.ts";
import { badFixture, koffie, repoRoot, replace, tempContent } from "./helpers.ts";

describe("annotation", () => {
  const root = path.join(repoRoot, "content");

  test("an error names the file from the repository root, the line and the field", () => {
    const problem: Problem = {
      severity: "error",
      file: "initiatives/koffie/index.mdx",
      line: 10,
      field: "schedule.0.to",
      message: '"09:00" is before from "10:00"',
      expected: "a time later than 10:00",
      example: '"12:00"',
    };
    expect(annotation(problem, { root, cwd: repoRoot })).toBe(
      '::error file=content/initiatives/koffie/index.mdx,line=10,title=schedule.0.to::"09:00" is before from "10:00" (expected a time later than 10:00, e.g. "12:00")',
    );
  });

  test("a warning without a line, with characters the command syntax reserves", () => {
    const problem: Problem = {
      severity: "warning",
      file: "places/a,b/index.mdx",
      field: "summary: words",
      message: "100% too long\nsplit it",
    };
    expect(annotation(problem, { root, cwd: repoRoot })).toBe(
      "::warning file=content/places/a%2Cb/index.mdx,title=summary%3A words::100%25 too long%0Asplit it",
    );
  });

  test("escapes as the Actions toolkit does", () => {
    expect(escapeData("a%b\r\nc")).toBe("a%25b%0D%0Ac");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
  });
});

describe("npm run check -- --format github", () => {
  function run(content: string, ...args: string[]) {
    const result = spawnSync(process.execPath, ["src/cli/check.ts", ...args], {
      cwd: repoRoot,
      env: { ...process.env, LC_ALL: "C.UTF-8", BUURTGIDS_CONTENT: content },
      encoding: "utf8",
      timeout: 60_000,
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  test(
    "prints one annotation per problem, on its line, and still fails",
    { timeout: 120_000 },
    () => {
      const dir = tempContent({ [koffie]: replace('to: "12:00"', 'to: "09:00"') });
      const shown = path.relative(repoRoot, path.join(dir, koffie)).split(path.sep).join("/");
      const { status, output } = run(dir, "--format", "github");
      expect(status).toBe(1);
      expect(output).toContain(
        `::error file=${shown},line=10,title=schedule.0.to::"09:00" is before from "10:00"`,
      );
      expect(output).toContain("1 error, 0 warnings in 1 file");
      expect(output).not.toContain(`${shown}:10  schedule.0.to`);
    },
  );

  test("every problem of the bad fixture becomes an annotation", { timeout: 120_000 }, () => {
    const plain = run(badFixture);
    const github = run(badFixture, "--format=github");
    const problemLines = plain.output
      .split("\n")
      .filter((l) => /^\S+\.(mdx|yaml)(:\d+)?  /.test(l));
    const annotations = github.output.split("\n").filter((l) => l.startsWith("::"));
    expect(problemLines.length).toBeGreaterThan(5);
    expect(annotations).toHaveLength(problemLines.length);
    expect(github.status).toBe(1);
  });
});
