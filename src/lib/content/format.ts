/**
 * One friendly formatter for content problems, in the language the volunteer reads
 * (`lang`, English by default). Each problem is one line an editor can jump to:
 *
 *     content/initiatives/koffie/index.mdx:10  schedule.0.to (schedule, rule 1, to)  "09:00" is before from "10:00": … (expected …, e.g. …)
 *     content/initiatives/koffie/index.mdx:10  Wanneer, regel 1, tot (to)  "09:00" is eerder dan de begintijd "10:00": … (verwacht: …, bijvoorbeeld …)
 *
 * followed by a summary line: `2 errors, 1 warning in 3 files`.
 */
import path from "node:path";
import {
  fieldLabel,
  msg,
  parseFieldPath,
  say,
  sayText,
  type ToolLanguage,
} from "../messages/index.ts";
import { contentDir } from "./content-dir.ts";
import { friendlyText } from "./error-map.ts";
import type { Problem } from "./model.ts";

export interface FormatOptions {
  /** The content folder the problems' files are relative to; default: `contentDir()`. */
  root?: string;
  /** Paths are printed relative to this folder; default: the working directory. */
  cwd?: string;
  /** The language of the words; default English. */
  lang?: ToolLanguage;
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

/**
 * The field of a problem in `lang`: its path said readably ("Wanneer, regel 1, dag 1"),
 * or what it names (the front matter, the text, a tag). A problem made elsewhere,
 * without messages, is read as a dotted path when it looks like one.
 */
export function problemField(problem: Problem, lang: ToolLanguage = "en"): string {
  const at = problem.path ?? (problem.said ? undefined : parseFieldPath(problem.field));
  return fieldLabel(problem.field, at, lang);
}

/** The words of a problem in `lang`: `message (expected …, e.g. …)`, warnings marked. */
export function problemText(problem: Problem, lang: ToolLanguage = "en"): string {
  const text = problem.said ? sayText(problem.said, lang) : friendlyText(problem);
  return problem.severity === "warning" ? say(msg("problem.warning", { text }), lang) : text;
}

/** One problem on one line: `path:line  field  message (expected …, e.g. …)`. */
export function formatProblem(problem: Problem, options: FormatOptions = {}): string {
  const lang = options.lang ?? "en";
  return oneLine(
    `${problemLocation(problem, options)}  ${problemField(problem, lang)}  ${problemText(problem, lang)}`,
  );
}

/** `2 errors, 1 warning in 3 files` (in `lang`). */
export function summarizeProblems(problems: readonly Problem[], lang: ToolLanguage = "en"): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  return say(
    msg("summary.line", {
      errors: msg("summary.errors", { count: errors }),
      warnings: msg("summary.warnings", { count: warnings }),
      files: msg("summary.files", { count: files }),
    }),
    lang,
  );
}

/** Every problem on its own line, then the summary line. */
export function formatProblems(problems: readonly Problem[], options: FormatOptions = {}): string {
  return [
    ...problems.map((p) => formatProblem(p, options)),
    summarizeProblems(problems, options.lang),
  ].join("\n");
}
