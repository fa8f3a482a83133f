/**
 * Collects the problems of one check run (`Report`) and puts them in their fixed
 * order: site.yaml first, then by file, line, field and message. Zod issues become
 * volunteer language here (`Report.zod`, with `describeIssue` from `../error-map.ts`),
 * including "did you mean" for a mistyped field name.
 */
import type { z } from "astro/zod";
import { listMsg, msg, worded } from "../../messages/index.ts";
import { describeIssue, fieldNamesAt, hintAt } from "../error-map.ts";
import type { IssueLike } from "../error-map.ts";
import type { FileIssue, ParsedFile } from "../frontmatter.ts";
import type { Problem } from "../model.ts";
import { translatableFields } from "../schema/index.ts";
import { didYouMean } from "../suggest.ts";

/** The site file, relative to the content folder; its problems come first. */
export const siteFile = "site.yaml";

/** A part of a Zod path as a problem's path holds it: a key or a list position. */
function pathPart(part: PropertyKey): string | number {
  return typeof part === "number" ? part : String(part);
}

/** A field path as the problem names it: `schedule.0.to`. */
export function fieldName(pathParts: readonly PropertyKey[]): string {
  return pathParts.map((p) => String(p)).join(".");
}

export function sortProblems(problems: Problem[]): Problem[] {
  const rank = (p: Problem) => (p.file === siteFile ? "0" : `1${p.file}`);
  return problems.sort((a, b) => {
    const fa = rank(a);
    const fb = rank(b);
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.line ?? 0;
    const lb = b.line ?? 0;
    if (la !== lb) return la - lb;
    if (a.field !== b.field) return a.field < b.field ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}

/** Collects problems of one check run. */
export class Report {
  readonly problems: Problem[] = [];

  add(problem: Problem): void {
    const clean: Problem = {
      severity: problem.severity,
      file: problem.file,
      field: problem.field,
      message: problem.message,
    };
    if (problem.line !== undefined) clean.line = problem.line;
    if (problem.expected !== undefined) clean.expected = problem.expected;
    if (problem.example !== undefined) clean.example = problem.example;
    if (problem.said !== undefined) clean.said = problem.said;
    if (problem.path !== undefined) clean.path = problem.path;
    this.problems.push(clean);
  }

  error(file: string, issue: FileIssue): void {
    this.add({ severity: "error", file, ...issue });
  }

  warning(file: string, issue: FileIssue): void {
    this.add({ severity: "warning", file, ...issue });
  }

  /** Zod issues of `schema` as problems, with lines from `parsed`. */
  zod(
    file: string,
    issues: readonly z.core.$ZodIssue[],
    schema: z.ZodType,
    parsed: Pick<ParsedFile, "lineOf" | "keyLine">,
    translation = false,
    wholeField = "front matter",
  ): void {
    // A typo ("sumary") also makes the real field look missing: report the typo only.
    const typoFor = new Set<string>();
    for (const issue of issues) {
      if (issue.code !== "unrecognized_keys") continue;
      const candidates =
        translation && issue.path.length === 0
          ? translatableFields
          : fieldNamesAt(schema, issue.path);
      for (const key of issue.keys) {
        const near = didYouMean(key, candidates);
        if (near) typoFor.add(fieldName([...issue.path, near]));
      }
    }
    for (const issue of issues) {
      if (
        issue.input === undefined &&
        issue.code !== "unrecognized_keys" &&
        typoFor.has(fieldName(issue.path))
      )
        continue;
      if (issue.code === "unrecognized_keys") {
        // A translation's front matter may only hold the translatable fields.
        const inTranslation = translation && issue.path.length === 0;
        const known = inTranslation ? translatableFields : fieldNamesAt(schema, issue.path);
        for (const key of issue.keys) {
          const at = [...issue.path.map(pathPart), key];
          const near = didYouMean(key, known);
          this.error(file, {
            line: parsed.keyLine(issue.path, key) ?? parsed.lineOf(issue.path),
            field: fieldName(at),
            path: at,
            ...worded({
              message: near
                ? msg("field.unknownNear", { key, near })
                : msg(inTranslation ? "field.notInTranslation" : "field.unknown", { key }),
              expected: inTranslation
                ? msg("field.onlyTranslatable", { fields: translatableFields.join(", ") })
                : msg("hint.oneOf", { list: listMsg(known, 30) }),
              ...(near ? { example: near } : {}),
            }),
          });
        }
        continue;
      }
      const friendly = describeIssue(issue as IssueLike, hintAt(schema, issue.path));
      this.error(file, {
        line: parsed.lineOf(issue.path),
        field: fieldName(issue.path) || wholeField,
        ...(issue.path.length ? { path: issue.path.map(pathPart) } : {}),
        ...friendly,
      });
    }
  }
}
