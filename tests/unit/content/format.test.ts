/** The formatter: one line per problem, paths relative to the working directory. */
import path from "node:path";
import { describe, expect, test } from "vitest";
import { contentDir } from "../../../src/lib/content/content-dir.ts";
import {
  formatProblem,
  formatProblems,
  summarizeProblems,
} from "../../../src/lib/content/format.ts";
import type { Problem } from "../../../src/lib/content/model.ts";

const error: Problem = {
  severity: "error",
  file: "initiatives/koffie/index.mdx",
  line: 10,
  field: "schedule.0.to",
  message: '"09:00" is before from "10:00"',
  expected: 'a time later than "10:00"',
  example: '"12:00"',
};
const warning: Problem = {
  severity: "warning",
  file: "places/x/flyer.pdf",
  field: "file",
  message: "this file is not used",
};

describe("formatProblem", () => {
  test("path:line  field  message (expected …, e.g. …); a path with list items also said readably", () => {
    expect(formatProblem(error, { root: "/work/content", cwd: "/work" })).toBe(
      'content/initiatives/koffie/index.mdx:10  schedule.0.to (schedule, rule 1, to)  "09:00" is before from "10:00" (expected a time later than "10:00", e.g. "12:00")',
    );
    expect(formatProblem({ ...error, field: "title" }, { root: "/c", cwd: "/c" })).toMatch(
      /^initiatives\/koffie\/index\.mdx:10 {2}title {2}"09:00"/,
    );
  });
  test("relative to the working directory, also outside it", () => {
    expect(formatProblem(error, { root: "/work/other/content", cwd: "/work/main" })).toMatch(
      /^\.\.\/other\/content\/initiatives\/koffie\/index\.mdx:10 {2}/,
    );
  });
  test("warnings say so; no line when there is none", () => {
    expect(formatProblem(warning, { root: "/c", cwd: "/c" })).toBe(
      "places/x/flyer.pdf  file  warning: this file is not used",
    );
  });
  test("always one line", () => {
    expect(formatProblem({ ...error, example: "a\n  b" }, { root: "/c", cwd: "/c" })).not.toContain(
      "\n",
    );
  });
});

describe("summary", () => {
  test("counts errors, warnings and files", () => {
    expect(summarizeProblems([error, { ...error, line: 3 }, warning])).toBe(
      "2 errors, 1 warning in 2 files",
    );
    expect(summarizeProblems([error])).toBe("1 error, 0 warnings in 1 file");
    expect(formatProblems([error, warning], { root: "/c", cwd: "/c" }).split("\n")).toHaveLength(3);
  });
});

describe("contentDir", () => {
  test("BUURTGIDS_CONTENT relative to cwd, else ./content", () => {
    expect(contentDir({ BUURTGIDS_CONTENT: "../other/content" }, "/work/main")).toBe(
      path.resolve("/work/other/content"),
    );
    expect(contentDir({ BUURTGIDS_CONTENT: "/abs/content" }, "/work/main")).toBe(
      path.resolve("/abs/content"),
    );
    expect(contentDir({}, "/work/main")).toBe(path.resolve("/work/main/content"));
    expect(contentDir({ BUURTGIDS_CONTENT: "" }, "/work/main")).toBe(
      path.resolve("/work/main/content"),
    );
  });
});
