/**
 * Content problems as GitHub Actions workflow commands, so a pull request shows
 * each message on the line it is about:
 *
 *     ::error file=content/initiatives/x/index.mdx,line=10,title=schedule.0.to::"09:00" is before …
 *
 * Used by `npm run check -- --format github` in .github/workflows.
 */
import path from "node:path";
import { friendlyText } from "./error-map.ts";
import type { Problem } from "./model.ts";

/** Escapes the message part of a workflow command (after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value (`file=`, `title=`): also `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export interface AnnotationOptions {
  /** The content folder the problems' files are relative to. */
  root: string;
  /** The repository root; paths in annotations are relative to it. Default: cwd. */
  cwd?: string;
}

/** One problem as one `::error …::` or `::warning …::` line. */
export function annotation(problem: Problem, options: AnnotationOptions): string {
  const cwd = options.cwd ?? process.cwd();
  const file = path
    .relative(cwd, path.resolve(options.root, problem.file))
    .split(path.sep)
    .join("/");
  const props = [`file=${escapeProperty(file || ".")}`];
  if (problem.line !== undefined) props.push(`line=${problem.line}`);
  props.push(`title=${escapeProperty(problem.field)}`);
  const text: { message: string; expected?: string; example?: string } = {
    message: problem.message,
  };
  if (problem.expected !== undefined) text.expected = problem.expected;
  if (problem.example !== undefined) text.example = problem.example;
  return `::${problem.severity} ${props.join(",")}::${escapeData(friendlyText(text))}`;
}

/** Every problem as an annotation line. */
export function annotations(problems: readonly Problem[], options: AnnotationOptions): string {
  return problems.map((problem) => annotation(problem, options)).join("\n");
}
