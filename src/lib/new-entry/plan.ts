/**
 * Plans a new entry: its folder name, its file and its text, checked against the
 * content contract before anything is written. Refuses a folder name that is taken:
 * `npm run new` never overwrites an entry.
 */
import { describeIssue, friendlyText } from "../content/error-map.ts";
import type { IssueLike } from "../content/error-map.ts";
import { parseFrontMatterFile } from "../content/frontmatter.ts";
import { initiativeSchema } from "../content/schema/index.ts";
import type { NewEntryAnswers } from "./model.ts";
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
  | { ok: false; problems: string[] };

/** The entry `answers` describe, or why it cannot be written. */
export function planNewEntry(answers: NewEntryAnswers, context: PlanContext): EntryPlan {
  const slug = slugFromTitle(answers.title);
  if (!slug) return { ok: false, problems: ["the title needs at least one letter or digit"] };
  if (context.existingSlugs.includes(slug)) {
    return {
      ok: false,
      problems: [
        `initiatives/${slug}/ exists already. Choose another title, or change initiatives/${slug}/index.mdx itself`,
      ],
    };
  }
  let text: string;
  try {
    text = renderEntry(answers, context.today);
  } catch (error) {
    return { ok: false, problems: [`answers: ${(error as Error).message}`] };
  }
  // The same schema as `npm run check`: a wrong answer never reaches the disk.
  const parsed = parseFrontMatterFile(text);
  const problems = parsed.issues.map((i) => `${i.field}: ${i.message}`);
  if (parsed.data === undefined) {
    if (!problems.length) problems.push("front matter: the file has no front matter");
  } else {
    const result = initiativeSchema({ today: context.today, locales: context.locales }).safeParse(
      parsed.data,
      { reportInput: true },
    );
    if (!result.success) {
      problems.push(
        ...result.error.issues.map(
          (i) =>
            `${i.path.map(String).join(".") || "front matter"}: ${friendlyText(describeIssue(i as IssueLike))}`,
        ),
      );
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, slug, file: `initiatives/${slug}/index.mdx`, text };
}
