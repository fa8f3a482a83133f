/**
 * Plans a new entry: its folder name, its file and its text, checked against the
 * content contract before anything is written. Refuses a folder name that is taken:
 * `npm run new` never overwrites an entry.
 */
import { parseFrontMatterFile } from "../content/frontmatter.ts";
import { initiativeSchema } from "../content/schema.ts";
import type { NewEntryAnswers } from "./answers.ts";
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
  const text = renderEntry(answers, context.today);
  // The same schema as `npm run check`: a wrong answer never reaches the disk.
  const parsed = parseFrontMatterFile(text);
  const result = initiativeSchema({ today: context.today, locales: context.locales }).safeParse(
    parsed.data,
  );
  const problems = [
    ...parsed.issues.map((i) => `${i.field}: ${i.message}`),
    ...(result.success
      ? []
      : result.error.issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`)),
  ];
  if (problems.length) return { ok: false, problems };
  return { ok: true, slug, file: `initiatives/${slug}/index.mdx`, text };
}
