/**
 * Plans a new entry: its folder name, its file and its text, checked against the
 * content contract before anything is written. Refuses a folder name that is taken:
 * `npm run new` never overwrites an entry.
 */
import { describeIssue } from "../content/error-map.ts";
import type { IssueLike } from "../content/error-map.ts";
import { parseFrontMatterFile } from "../content/frontmatter.ts";
import { initiativeSchema } from "../content/schema/index.ts";
import { msg } from "../messages/index.ts";
import { answerProblemOf, type AnswerProblem, type NewEntryAnswers } from "./model.ts";
import { renderEntry } from "./render.ts";
import { slugFromTitle } from "./slug.ts";

export interface PlanContext {
  /** Folder names in `initiatives/` now. */
  existingSlugs: readonly string[];
  /** Today (`YYYY-MM-DD`) in the site time zone: the new entry's `lastVerified`. */
  today: string;
  /** The site's locales. */
  locales: readonly string[];
}

export type EntryPlan =
  | { ok: true; slug: string; /** Relative to the content folder. */ file: string; text: string }
  | { ok: false; problems: AnswerProblem[] };

/** The entry `answers` describe, or why it cannot be written. */
export function planNewEntry(answers: NewEntryAnswers, context: PlanContext): EntryPlan {
  const slug = slugFromTitle(answers.title);
  if (!slug) {
    return {
      ok: false,
      problems: [answerProblemOf("title", { message: msg("new.problem.titleNoLetters") })],
    };
  }
  if (context.existingSlugs.includes(slug)) {
    return {
      ok: false,
      problems: [answerProblemOf("title", { message: msg("new.problem.folderTaken", { slug }) })],
    };
  }
  let text: string;
  try {
    text = renderEntry(answers, context.today);
  } catch (error) {
    const reason = (error as Error).message;
    const said = { message: msg("new.problem.cannotRender", { reason }) };
    return { ok: false, problems: [answerProblemOf("answers", said)] };
  }
  // The same schema as `npm run check`: a wrong answer never reaches the disk.
  const parsed = parseFrontMatterFile(text);
  const problems = parsed.issues.map((issue) =>
    answerProblemOf(
      issue.field,
      issue.said ?? { message: msg("text.raw", { text: issue.message }) },
    ),
  );
  if (parsed.data === undefined) {
    if (!problems.length) {
      problems.push(answerProblemOf("front matter", { message: msg("new.problem.noFacts") }));
    }
  } else {
    const result = initiativeSchema({ today: context.today, locales: context.locales }).safeParse(
      parsed.data,
      { reportInput: true },
    );
    for (const issue of result.success ? [] : result.error.issues) {
      const field = issue.path.map(String).join(".") || "front matter";
      problems.push(answerProblemOf(field, describeIssue(issue as IssueLike).said));
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, slug, file: `initiatives/${slug}/index.mdx`, text };
}
