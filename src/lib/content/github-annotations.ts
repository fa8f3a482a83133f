/**
 * Content problems as GitHub Actions workflow commands, so a pull request shows
 * each message on the line it is about:
 *
 *     ::error file=content/initiatives/x/index.mdx,line=10,title=schedule.0.to::"09:00" is before …
 *
 * Used by `npm run check -- --format github` in .github/workflows.
 */
import path from "node:path";
import type { ToolLanguage } from "../messages/index.ts";
import { problemField, problemText } from "./format.ts";
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
  /** The language of the words; default English. */
  lang?: ToolLanguage;
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
  const lang = options.lang ?? "en";
  props.push(
    `title=${escapeProperty(lang === "en" ? problem.field : problemField(problem, lang))}`,
  );
  // The annotation's own kind says error or warning: the words without "warning: ".
  const text = problemText({ ...problem, severity: "error" }, lang);
  return `::${problem.severity} ${props.join(",")}::${escapeData(text)}`;
}

/** Every problem as an annotation line. */
export function annotations(problems: readonly Problem[], options: AnnotationOptions): string {
  return problems.map((problem) => annotation(problem, options)).join("\n");
}
