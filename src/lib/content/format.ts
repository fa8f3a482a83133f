/**
 * One friendly formatter for content problems. Each problem is one line an editor
 * can jump to:
 *
 *     content/initiatives/koffie/index.mdx:10  schedule.0.to  "09:00" is before from "10:00": … (expected …, e.g. …)
 *
 * followed by a summary line: `2 errors, 1 warning in 3 files`.
 */
import path from "node:path";
import { contentDir } from "./content-dir.ts";
import { friendlyText } from "./error-map.ts";
import type { Problem } from "./model.ts";

export interface FormatOptions {
  /** The content folder the problems' files are relative to; default: `contentDir()`. */
  root?: string;
  /** Paths are printed relative to this folder; default: the working directory. */
  cwd?: string;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}

/** `path:line` of a problem, relative to `cwd`. */
export function problemLocation(problem: Problem, options: FormatOptions = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const absolute = path.resolve(options.root ?? contentDir(process.env, cwd), problem.file);
  let shown = path.relative(cwd, absolute) || ".";
  if (problem.file.endsWith("/") && !shown.endsWith("/")) shown += "/";
  shown = shown.split(path.sep).join("/");
  return problem.line !== undefined ? `${shown}:${problem.line}` : shown;
}

/** One problem on one line: `path:line  field  message (expected …, e.g. …)`. */
export function formatProblem(problem: Problem, options: FormatOptions = {}): string {
  const text: { message: string; expected?: string; example?: string } = {
    message: problem.message,
  };
  if (problem.expected !== undefined) text.expected = problem.expected;
  if (problem.example !== undefined) text.example = problem.example;
  const prefix = problem.severity === "warning" ? "warning: " : "";
  return oneLine(
    `${problemLocation(problem, options)}  ${problem.field}  ${prefix}${friendlyText(text)}`,
  );
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** `2 errors, 1 warning in 3 files`. */
export function summarizeProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  return `${count(errors, "error")}, ${count(warnings, "warning")} in ${count(files, "file")}`;
}

/** Every problem on its own line, then the summary line. */
export function formatProblems(problems: readonly Problem[], options: FormatOptions = {}): string {
  return [...problems.map((p) => formatProblem(p, options)), summarizeProblems(problems)].join(
    "\n",
  );
}
