/**
 * The check of one answer, the same for a question in the terminal (its
 * `validate` calls `answerProblem`) and for each answer of an `--answers` file.
 *
 * The rules are the content contract's own: an answer is parsed with the rule of
 * the front-matter field it becomes (`initiativeSchema` at `frontMatterPath`), and
 * its message comes from the same hints `npm run check` uses; then the rules the
 * schema cannot know (extra-rules.ts). Before anything else, every text must be
 * safe to write (plain-text.ts). Its own file because this is the one place that
 * turns a schema issue into an answer's problem.
 */
import type { z } from "astro/zod";
import { describeIssue, hintAt, schemaAt } from "../content/error-map.ts";
import type { IssueLike } from "../content/error-map.ts";
import { initiativeSchema } from "../content/schema/index.ts";
import { msg, type Msg, type ToolLanguage } from "../messages/index.ts";
import { extraProblems } from "./extra-rules.ts";
import { frontMatterPath, type AnswerField } from "./front-matter.ts";
import { answerProblemOf, problemText, type AnswerContext, type AnswerProblem } from "./model.ts";
import { lineRule, shown, textsIn } from "./plain-text.ts";
import { readAnswer } from "./read-answer.ts";

/** `languages.0` → `languages`, `times.0.to` stays: a list of codes is named as a whole. */
export function fieldName(field: AnswerField, rest: readonly PropertyKey[]): string {
  const parts = [field, ...rest.map(String)];
  while (parts.length > 1 && /^\d+$/.test(parts[parts.length - 1]!)) parts.pop();
  return parts.join(".");
}

const schemas = new Map<string, z.ZodType>();

/** The content schema of an initiative for `context` (made once per today and locales). */
export function schemaFor(context: AnswerContext): z.ZodType {
  const key = `${context.today} ${context.locales.join(",")}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = initiativeSchema({ today: context.today, locales: context.locales });
    schemas.set(key, schema);
  }
  return schema;
}

/**
 * A schema issue as the problem of answer `field`, in the words of `npm run check`
 * (with the hint of the front-matter path `at`).
 */
export function issueProblem(
  root: z.ZodType,
  field: string,
  issue: z.core.$ZodIssue,
  at: readonly PropertyKey[] = issue.path,
): AnswerProblem {
  return answerProblemOf(field, describeIssue(issue as IssueLike, hintAt(root, at)).said);
}

/** What the content contract expects at a front-matter path, in words. */
function expectedAt(root: z.ZodType, path: readonly PropertyKey[], field: AnswerField): Msg {
  if (field === "body") return msg("new.expected.body");
  return hintAt(root, path)?.said.expected ?? msg("type.string");
}

/** The first text in `given` that cannot be written as it is, as a problem. */
function unsafeText(
  root: z.ZodType,
  field: AnswerField,
  given: unknown,
): AnswerProblem | undefined {
  const base = field === "body" ? [] : frontMatterPath[field];
  for (const { path, text, isKey } of textsIn(given)) {
    const problem = lineRule(text, field === "body" && !isKey);
    if (!problem) continue;
    const quoted = shown(text, problem.at);
    return answerProblemOf(fieldName(field, path), {
      message: isKey
        ? msg("new.problem.nameNotSafe", { name: quoted, rule: problem.rule })
        : msg("new.problem.textNotSafe", {
            text: quoted,
            expected: expectedAt(root, [...base, ...path], field),
            rule: problem.rule,
          }),
    });
  }
  return undefined;
}

/** The problems of one answer, read as the file will have it (`value` as typed or given). */
export function problemsOfRead(
  field: AnswerField,
  given: unknown,
  value: unknown,
  context: AnswerContext,
): AnswerProblem[] {
  const root = schemaFor(context);
  // One line (the body: plain paragraphs), no control characters: checked on what
  // was given, before anything else.
  const unsafe = unsafeText(root, field, given);
  if (unsafe) return [unsafe];
  if (field === "body") return extraProblems(field, value, context);
  const base = frontMatterPath[field];
  if (field === "cost" && typeof value === "string" && value !== "free") {
    const given = shown(value);
    return [
      answerProblemOf(field, {
        message: msg("new.problem.mustBe", { given, expected: expectedAt(root, base, field) }),
      }),
    ];
  }
  const result = schemaAt(root, base)?.safeParse(value, { reportInput: true });
  const out = (result?.success === false ? result.error.issues : []).map((issue) =>
    issueProblem(root, fieldName(field, issue.path), issue, [...base, ...issue.path]),
  );
  return out.length ? out : extraProblems(field, value, context);
}

/**
 * The problems of one answer: `value` as typed in the question, or as it is in the
 * answers file. Empty when the answer is fine.
 */
export function answerProblems(
  field: AnswerField,
  value: unknown,
  context: AnswerContext,
): AnswerProblem[] {
  return problemsOfRead(field, value, readAnswer(field, value), context);
}

/** The first problem of one answer in plain words in `lang`, for a question's `validate`. */
export function answerProblem(
  field: AnswerField,
  value: unknown,
  context: AnswerContext,
  lang: ToolLanguage = "en",
): string | undefined {
  return problemText(answerProblems(field, value, context)[0], lang);
}
