/**
 * The checks of questions that ask for part of an answer: one time of a weekly
 * slot (its start, its end, the date of every other week), the language codes
 * typed next to the ticked ones, one more host. Each runs the one check of the
 * whole answer (answer-rules.ts) and keeps what the question is about, so a
 * question never has a rule of its own. Its own file so that `npm run new` only
 * draws the questions. Each says its problem in `lang`, the language of the questions.
 */
import type { HostRole } from "../facts.ts";
import { msg, type ToolLanguage } from "../messages/index.ts";
import { answerProblems } from "./answer-rules.ts";
import {
  answerProblemOf,
  problemText,
  type AnswerContext,
  type HostAnswer,
  type TimeSlot,
} from "./model.ts";

/** The part of a slot as it is being asked: the days first, then from, then to. */
type SlotSoFar = Pick<TimeSlot, "days" | "from"> & Partial<TimeSlot>;

/** The problem of the start (`from`) or the end (`to`) of a weekly time, as typed. */
export function slotProblem(
  slot: SlotSoFar,
  part: "from" | "to",
  context: AnswerContext,
  lang: ToolLanguage = "en",
): string | undefined {
  const problems = answerProblems("times", [slot], context);
  return problemText(
    problems.find((problem) => problem.field === `times.0.${part}`) ??
      (part === "to" ? problems[0] : undefined),
    lang,
  );
}

/** The problem of the date of one time a fortnightly slot happens, as typed. */
export function startingProblem(
  slot: TimeSlot,
  typed: string,
  context: AnswerContext,
  lang: ToolLanguage = "en",
): string | undefined {
  const every = { ...slot, every: 2, starting: typed.trim() };
  const missing = typed.trim()
    ? undefined
    : answerProblemOf("times.0.starting", { message: msg("new.problem.dateNeeded") });
  return problemText(
    answerProblems("times", [every], context).find((problem) =>
      problem.field.startsWith("times.0.starting"),
    ) ?? missing,
    lang,
  );
}

/** Codes typed with spaces or commas between them; a line break stays in, to be refused. */
export function splitCodes(text: string): string[] {
  return text.split(/[ ,]+/).filter(Boolean);
}

/** The ticked languages and the typed codes, each once. */
export function languagesOf(chosen: readonly string[], typed: string): string[] {
  return [...new Set([...chosen, ...splitCodes(typed)])];
}

/** The problem of the codes typed next to the ticked languages, if any were typed. */
export function typedLanguagesProblem(
  chosen: readonly string[],
  typed: string,
  context: AnswerContext,
  lang: ToolLanguage = "en",
): string | undefined {
  if (!splitCodes(typed).length) return undefined;
  return problemText(answerProblems("languages", languagesOf(chosen, typed), context)[0], lang);
}

/** The problem of one more host (a role and the organisation as typed) after `hosts`. */
export function hostProblem(
  hosts: readonly HostAnswer[],
  role: HostRole,
  organisation: string,
  context: AnswerContext,
  lang: ToolLanguage = "en",
): string | undefined {
  return problemText(answerProblems("hosts", [...hosts, { role, organisation }], context)[0], lang);
}
