/**
 * The one line that names a wrong answer. In English it names the answer the way an
 * answers file does (`summary: …`, `times.0.to: …`), as it always has. In another
 * language it names the question in that language's words, the way `npm run check`
 * names fields ("Korte beschrijving (summary): …"), because a volunteer may read no
 * English and never saw the word `summary`. Its own file because it is the one place
 * that turns an answer's name into words, for `npm run new` and `npm run from-issue`.
 */
import {
  fieldLabel,
  msg,
  parseFieldPath,
  say,
  sayText,
  type FieldPath,
  type ToolLanguage,
} from "../messages/index.ts";
import { answerFields, frontMatterPath, type FrontMatterAnswer } from "./front-matter.ts";
import type { AnswerProblem } from "./model.ts";

function isFrontMatterAnswer(name: string | number | undefined): name is FrontMatterAnswer {
  return name !== "body" && (answerFields as readonly unknown[]).includes(name);
}

/**
 * The field path a problem is about, as the file has it (`times.0.to` →
 * `schedule.0.to`), so it is named with the words of the content check.
 */
function fieldPathOf(field: string): FieldPath | undefined {
  const path = parseFieldPath(field);
  if (!path) return undefined;
  const [head, ...rest] = path;
  return isFrontMatterAnswer(head) ? [...frontMatterPath[head], ...rest] : path;
}

/** An answer's name in `lang`: `times.0.to` → "Wanneer, regel 1, tot (to)". */
export function answerLabel(field: string, lang: ToolLanguage): string {
  if (field === "answers") return say(msg("new.answers"), lang);
  const path = fieldPathOf(field);
  return fieldLabel(path ? path.join(".") : field, path, lang);
}

/** `field: why`, the one line that names a wrong answer, in `lang`. */
export function problemLine(problem: AnswerProblem, lang: ToolLanguage = "en"): string {
  if (lang === "en") return `${problem.field}: ${problem.message}`;
  return `${answerLabel(problem.field, lang)}: ${sayText(problem.said, lang)}`;
}
