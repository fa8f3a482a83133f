/**
 * The rules for an answer that the content schema cannot know: a title whose
 * folder is taken, stigmatising words, a summary too hard to read, a place that is
 * not in `places/`, a body the MDX safety gate refuses. `npm run check` finds these
 * in a file; here they are found while the question is still on screen. Its own
 * file because each rule comes from a different part of the content check.
 */
import { friendlyText } from "../content/error-map.ts";
import { checkMdxSafety } from "../content/mdx-safety.ts";
import { checkSummaryReadability } from "../content/readability.ts";
import { slugPattern } from "../content/schema/index.ts";
import { findStigmaWords, stigmaProblem } from "../content/stigma.ts";
import { didYouMean, listForMessage } from "../content/suggest.ts";
import { remotePlaces } from "../facts.ts";
import type { AnswerField } from "./front-matter.ts";
import type { AnswerContext, AnswerProblem } from "./model.ts";
import { shown } from "./plain-text.ts";
import { slugFromTitle } from "./slug.ts";

/** Why the title cannot name a new folder in `initiatives/`, if it cannot. */
function titleProblem(value: string, context: AnswerContext): string | undefined {
  const slug = slugFromTitle(value);
  if (value !== "" && !slug) return "use at least one letter or digit a-z, 0-9 in the title";
  if (slug && context.existingSlugs.includes(slug)) {
    return `there is already an entry initiatives/${slug}/: choose another title, or change that file`;
  }
  return undefined;
}

/** Why `value` is not a place of `places/` (or online/phone), if the places are known. */
function placeProblem(value: string, context: AnswerContext): string | undefined {
  if (!context.placeSlugs || !slugPattern.test(value)) return undefined;
  const known = [...context.placeSlugs, ...remotePlaces];
  if (known.includes(value)) return undefined;
  const near = didYouMean(value, known);
  return `there is no place ${shown(value)} in places/${near ? `: did you mean "${near}"?` : ""} (expected ${listForMessage(known)})`;
}

/** Problems of one answer that the content schema does not know about. */
export function extraProblems(
  field: AnswerField,
  value: unknown,
  context: AnswerContext,
): AnswerProblem[] {
  if (typeof value !== "string") return [];
  const locale = context.defaultLocale ?? context.locales[0] ?? "nl";
  const messages: (string | undefined)[] = [];
  if (field === "title") messages.push(titleProblem(value, context));
  if (field === "title" || field === "summary") {
    const extraWords = context.stigmaWords ?? {};
    for (const match of findStigmaWords(value, { locale, extraWords })) {
      messages.push(friendlyText(stigmaProblem(match)));
    }
  }
  if (field === "summary") {
    for (const issue of checkSummaryReadability(value, locale)) {
      if (issue.severity === "error") messages.push(friendlyText(issue));
    }
  }
  if (field === "place") messages.push(placeProblem(value, context));
  if (field === "body") {
    const finding = checkMdxSafety(value).findings[0];
    if (finding) messages.push(`this text cannot be used: ${finding.message}`);
  }
  return messages.flatMap((message) => (message === undefined ? [] : [{ field, message }]));
}
