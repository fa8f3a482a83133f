/**
 * The kinds of question `npm run new` asks in the terminal (text, yes/no, one more?),
 * in the volunteer's language. Each text answer is checked as it is typed with the
 * same rules as an answers file (`answerProblem`), and said in that language too.
 * Its own file so that the questions themselves (questions.ts, when.ts) only say what
 * they ask.
 */
import * as p from "@clack/prompts";
import type { AnswerContext, AnswerField } from "../../lib/new-entry/index.ts";
import { answerProblem } from "../../lib/new-entry/index.ts";
import {
  msg,
  say,
  type MsgParam,
  type ToolKey,
  type ToolLanguage,
} from "../../lib/messages/index.ts";

/** The volunteer pressed Ctrl+C or Escape. */
export class Cancelled extends Error {}

/** What every question needs: the rules' context and the volunteer's language. */
export interface Asking {
  context: AnswerContext;
  lang: ToolLanguage;
  /** A message of `i18n/tools/<language>.json` in `lang`. */
  t: (key: ToolKey, params?: Readonly<Record<string, MsgParam>>) => string;
}

/** A function that says a message of `i18n/tools` in `lang`. */
export function wordsIn(lang: ToolLanguage): Asking["t"] {
  return (key, params) => say(msg(key, params), lang);
}

export function askingIn(context: AnswerContext, lang: ToolLanguage): Asking {
  return { context, lang, t: wordsIn(lang) };
}

/**
 * The question of a list to choose from (`several`: tick one or more). Clack says how
 * to use the keys in English only, so in another language its note is left out and
 * said under the question instead.
 */
export function listQuestion(
  asking: Asking,
  question: string,
  several = false,
): { message: string; showInstructions: boolean } {
  if (asking.lang === "en") return { message: question, showInstructions: true };
  const keys = asking.t(several ? "new.keys.several" : "new.keys.one");
  return { message: `${question}\n${keys}`, showInstructions: false };
}

/** The answer to `prompt`, or stop when the volunteer pressed Ctrl+C or Escape. */
export async function ask<T>(prompt: Promise<T>): Promise<Exclude<T, symbol>> {
  const value = await prompt;
  if (p.isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

/** A text question (`question`, a key) whose answer is the answer `field`, checked as it is typed. */
export function askAnswer(
  field: AnswerField,
  asking: Asking,
  question: ToolKey,
  options: { placeholder?: string; defaultValue?: string } = {},
): Promise<string> {
  const { context, lang, t } = asking;
  return ask(
    p.text({
      message: t(question),
      ...options,
      validate: (v) => answerProblem(field, v ?? "", context, lang),
    }),
  );
}

/** A yes/no question, its two answers in the volunteer's language. */
export function askYes(asking: Asking, message: string, initialValue = false): Promise<boolean> {
  const { t } = asking;
  return ask(p.confirm({ message, initialValue, active: t("new.yes"), inactive: t("new.no") }));
}

/** Asks `askOne` until the volunteer says there is no `another`. */
export async function askEach<T>(
  asking: Asking,
  askOne: (before: readonly T[]) => Promise<T>,
  another: string,
): Promise<T[]> {
  const all: T[] = [];
  do all.push(await askOne(all));
  while (await askYes(asking, another));
  return all;
}
