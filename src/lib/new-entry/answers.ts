/**
 * The one check of a whole set of answers before anything is written: from the
 * questions in the terminal or from an `--answers` JSON file (`checkAnswers`).
 * Each answer is checked on its own (answer-rules.ts), then the front matter they
 * make together is checked with the content schema, for the rules between fields
 * (a place or an address). Its own file because only here are answers named that
 * no question asks, and the hosts given in either of their two shapes.
 */
import { didYouMean } from "../content/suggest.ts";
import type { HostRole, InitiativeType, Need } from "../facts.ts";
import { fieldName, issueProblem, problemsOfRead, schemaFor } from "./answer-rules.ts";
import { answerAt, answerFields, frontMatterOf, type AnswerField } from "./front-matter.ts";
import { listMsg, msg } from "../messages/index.ts";
import {
  answerProblemOf,
  type AnswerContext,
  type AnswerProblem,
  type HostAnswer,
  type NewEntryAnswers,
  type TimeSlot,
} from "./model.ts";
import { fieldText } from "./plain-text.ts";
import { defaultHostRole, readAnswer } from "./read-answer.ts";

type Answers = Partial<Record<AnswerField, unknown>>;

/** Keys of `given` that are not a question of `npm run new`. */
function unknownKeys(given: Readonly<Record<string, unknown>>): AnswerProblem[] {
  const fields = answerFields as readonly string[];
  return Object.keys(given)
    .filter((key) => !fields.includes(key))
    .map((key) => {
      const near = didYouMean(key, fields);
      return answerProblemOf(fieldText(key), {
        message: near
          ? msg("new.problem.notAQuestionNear", { near })
          : msg("new.problem.notAQuestion", { list: listMsg(fields, fields.length) }),
      });
    });
}

/**
 * The answers that count, as `given`: the hosts are a list (`hosts`), or one host as
 * `hostRole` (+ `hostOrganisation`), a volunteer when neither is given.
 */
function askedAnswers(given: Readonly<Record<string, unknown>>): Answers {
  const hostsGiven = given["hosts"] !== undefined;
  const asked: Answers = {};
  for (const field of answerFields) {
    if (hostsGiven ? field === "hostRole" || field === "hostOrganisation" : field === "hosts") {
      continue;
    }
    asked[field] =
      field === "hostRole" && !hostsGiven ? (given[field] ?? defaultHostRole) : given[field];
  }
  return asked;
}

/** The checked answers in their own shape (every answer has passed its rules). */
function answersOf(read: Answers): NewEntryAnswers {
  const hosts: HostAnswer[] =
    read.hosts !== undefined
      ? (read.hosts as HostAnswer[])
      : [
          {
            role: read.hostRole as HostRole,
            ...(typeof read.hostOrganisation === "string"
              ? { organisation: read.hostOrganisation }
              : {}),
          },
        ];
  const answers: NewEntryAnswers = {
    type: read.type as InitiativeType,
    title: read.title as string,
    summary: read.summary as string,
    needs: read.needs as Need[],
    times: read.times as TimeSlot[],
    cost: read.cost as "free" | number,
    languages: read.languages as string[],
    womenOnly: read.womenOnly as boolean,
    walkIn: read.walkIn as boolean,
    bringSomeone: read.bringSomeone as boolean,
    children: read.children as boolean,
    wheelchair: read.wheelchair as boolean,
    hosts,
  };
  for (const field of ["place", "address", "directions", "phone", "email", "body"] as const) {
    const value = read[field];
    if (typeof value === "string") answers[field] = value;
  }
  for (const field of ["whatsapp", "afterHours"] as const) {
    const value = read[field];
    if (typeof value === "boolean") answers[field] = value;
  }
  return answers;
}

/**
 * Checks all answers (from the questions or a parsed `--answers` file) with the
 * rules of each answer, then the whole front matter they make with the content
 * schema (for rules between fields, such as place or address). Returns the answers
 * as the file will have them, or one problem per wrong answer.
 */
export function checkAnswers(
  data: unknown,
  context: AnswerContext,
):
  | { answers: NewEntryAnswers; problems?: undefined }
  | { answers?: undefined; problems: AnswerProblem[] } {
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    return {
      problems: [answerProblemOf("answers", { message: msg("new.problem.notAGroup") })],
    };
  }
  const given = data as Record<string, unknown>;
  const problems = unknownKeys(given);
  const oneHost = given["hostRole"] !== undefined || given["hostOrganisation"] !== undefined;
  if (given["hosts"] !== undefined && oneHost) {
    problems.push(answerProblemOf("hosts", { message: msg("new.problem.hostsTwice") }));
  }
  const asked = askedAnswers(given);
  const read: Answers = {};
  const wrong = new Set<AnswerField>();
  for (const field of Object.keys(asked) as AnswerField[]) {
    read[field] = readAnswer(field, asked[field]);
    const seen = new Set<string>();
    for (const problem of problemsOfRead(field, asked[field], read[field], context)) {
      if (seen.has(problem.field)) continue;
      seen.add(problem.field);
      problems.push(problem);
      wrong.add(field);
    }
  }
  // Rules between fields, from the content schema itself.
  const root = schemaFor(context);
  const whole = root.safeParse(frontMatterOf(read, context.today), { reportInput: true });
  const present = new Set(answerFields.filter((field) => read[field] !== undefined));
  for (const issue of whole.success ? [] : whole.error.issues) {
    const at = answerAt(issue.path, present);
    if (at && wrong.has(at.field)) continue;
    const field = at ? fieldName(at.field, at.rest) : issue.path.map(String).join(".") || "answers";
    problems.push(issueProblem(root, field, issue));
    if (at) wrong.add(at.field);
  }
  return problems.length ? { problems } : { answers: answersOf(read) };
}
