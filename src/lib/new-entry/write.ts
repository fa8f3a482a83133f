/**
 * The one way a new entry reaches the content folder, for `npm run new` (questions
 * or `--answers`) and `npm run from-issue` (a filled-in issue form):
 *
 * 1. every answer is checked with the content contract's rules (`checkAnswers`);
 * 2. the file is rendered in memory and its folder name must be free (`planNewEntry`);
 * 3. the real content check runs on that text in a scratch folder (`checkRenderedEntry`);
 * 4. only then is it written, with `wx`: an entry that exists is never overwritten.
 *
 * A wrong answer writes no folder and no file; each problem names the answer it is
 * about (`times.0.to`, `summary`), so each command can say it in its own words.
 */
import fs from "node:fs";
import path from "node:path";
import { friendlyText } from "../content/error-map.ts";
import type { Problem } from "../content/model.ts";
import { msg } from "../messages/index.ts";
import { checkAnswers } from "./answers.ts";
import { answerProblemOf, type AnswerProblem } from "./model.ts";
import { answerAt } from "./front-matter.ts";
import { checkRenderedEntry } from "./gate.ts";
import { answerContextOf, type Inventory } from "./inventory.ts";
import { planNewEntry } from "./plan.ts";

/** The answer a problem of the rendered file is about (`schedule.0.to` → `times.0.to`, body text → `body`). */
function problemOfRendered(problem: Problem, bodyStartLine: number): AnswerProblem {
  const at = answerAt(
    problem.field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
  );
  const inBody = problem.line !== undefined && problem.line >= bodyStartLine;
  const field = inBody
    ? "body"
    : at
      ? [at.field, ...at.rest.map(String)].join(".")
      : problem.field === "folder name"
        ? "title"
        : problem.field;
  // A problem the content check words itself has its messages; the rest keep their English.
  return answerProblemOf(
    field,
    problem.said ?? { message: msg("text.raw", { text: friendlyText(problem) }) },
  );
}

export type WriteResult =
  | {
      ok: true;
      /** Folder name of the new entry. */
      slug: string;
      /** The new file, relative to the content folder (`initiatives/<slug>/index.mdx`). */
      file: string;
      /** Its text, as written. */
      text: string;
      /** Warnings of the content check for the new file (it passed: no errors). */
      warnings: Problem[];
    }
  | { ok: false; problems: AnswerProblem[] };

/**
 * Checks `given` (answers from questions, a file or a form), renders the entry, runs
 * the content check on it and only then writes it into `inv.root`. Never overwrites:
 * when the folder exists (or appears meanwhile) nothing is written.
 */
export function writeNewEntry(inv: Inventory, given: unknown): WriteResult {
  const context = answerContextOf(inv);
  const checked = checkAnswers(given, context);
  if (!checked.answers) return { ok: false, problems: checked.problems };
  const plan = planNewEntry(checked.answers, context);
  if (!plan.ok) return { ok: false, problems: plan.problems };
  const found = checkRenderedEntry(inv.root, plan, inv.today);
  const errors = found.filter((problem) => problem.severity === "error");
  if (errors.length) {
    const bodyStartLine = plan.text.split("\n").indexOf("---", 1) + 2;
    return {
      ok: false,
      problems: errors.map((problem) => problemOfRendered(problem, bodyStartLine)),
    };
  }
  const target = path.join(inv.root, plan.file);
  try {
    fs.mkdirSync(path.join(inv.root, "initiatives"), { recursive: true });
    // Not recursive, and "wx": if the folder or file appeared meanwhile, this throws.
    fs.mkdirSync(path.dirname(target));
    fs.writeFileSync(target, plan.text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      return {
        ok: false,
        problems: [
          answerProblemOf("title", {
            message: msg("new.problem.folderAppeared", { slug: plan.slug }),
          }),
        ],
      };
    }
    throw error;
  }
  return { ok: true, slug: plan.slug, file: plan.file, text: plan.text, warnings: found };
}
