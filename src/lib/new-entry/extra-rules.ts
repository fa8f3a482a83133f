/**
 * The rules for an answer that the content schema cannot know: a title whose
 * folder is taken, stigmatising words, a summary too hard to read, a place that is
 * not in `places/`, a body the MDX safety gate refuses. `npm run check` finds these
 * in a file; here they are found while the question is still on screen. Its own
 * file because each rule comes from a different part of the content check.
 */
import type { MdxFinding } from "../content/body/gate-types.ts";
import { checkMdxSafety } from "../content/mdx-safety.ts";
import { checkSummaryReadability } from "../content/readability.ts";
import { slugPattern } from "../content/schema/index.ts";
import { findStigmaWords, stigmaProblem } from "../content/stigma.ts";
import { didYouMean } from "../content/suggest.ts";
import { remotePlaces } from "../facts.ts";
import { listMsg, msg, type Said } from "../messages/index.ts";
import type { AnswerField } from "./front-matter.ts";
import { answerProblemOf, type AnswerContext, type AnswerProblem } from "./model.ts";
import { shown } from "./plain-text.ts";
import { slugFromTitle } from "./slug.ts";

/** Why the title cannot name a new folder in `initiatives/`, if it cannot. */
function titleProblem(value: string, context: AnswerContext): Said | undefined {
  const slug = slugFromTitle(value);
  if (value !== "" && !slug) return { message: msg("new.problem.titleNoLetters") };
  if (slug && context.existingSlugs.includes(slug)) {
    return { message: msg("new.problem.titleTaken", { slug }) };
  }
  return undefined;
}

/** Why `value` is not a place of `places/` (or online/phone), if the places are known. */
function placeProblem(value: string, context: AnswerContext): Said | undefined {
  if (!context.placeSlugs || !slugPattern.test(value)) return undefined;
  const known = [...context.placeSlugs, ...remotePlaces];
  if (known.includes(value)) return undefined;
  const near = didYouMean(value, known);
  const place = shown(value);
  const list = listMsg(known);
  return {
    message: near
      ? msg("new.problem.noPlaceNear", { place, near, list })
      : msg("new.problem.noPlace", { place, list }),
  };
}

/** Why the MDX safety gate refuses a body, with what it expects instead. */
function bodyProblem(finding: MdxFinding): Said {
  const reason = finding.said?.message ?? msg("text.raw", { text: finding.message });
  const said: Said = { message: msg("new.problem.bodyNotSafe", { reason }) };
  if (finding.said?.expected !== undefined) said.expected = finding.said.expected;
  if (finding.said?.example !== undefined) said.example = finding.said.example;
  return said;
}

/** Problems of one answer that the content schema does not know about. */
export function extraProblems(
  field: AnswerField,
  value: unknown,
  context: AnswerContext,
): AnswerProblem[] {
  if (typeof value !== "string") return [];
  const locale = context.defaultLocale ?? context.locales[0] ?? "nl";
  const messages: (Said | undefined)[] = [];
  if (field === "title") messages.push(titleProblem(value, context));
  if (field === "title" || field === "summary") {
    const extraWords = context.stigmaWords ?? {};
    for (const match of findStigmaWords(value, { locale, extraWords })) {
      messages.push(stigmaProblem(match).said);
    }
  }
  if (field === "summary") {
    for (const issue of checkSummaryReadability(value, locale)) {
      if (issue.severity === "error") messages.push(issue.said);
    }
  }
  if (field === "place") messages.push(placeProblem(value, context));
  if (field === "body") {
    const finding = checkMdxSafety(value).findings[0];
    if (finding) messages.push(bodyProblem(finding));
  }
  return messages.flatMap((said) => (said === undefined ? [] : [answerProblemOf(field, said)]));
}
