/**
 * What `npm run new` asks, as data, and the one check every answer goes through
 * before anything is written: the same for the questions in the terminal (each
 * question's `validate` calls `answerProblem` for its answer) and for an
 * `--answers` JSON file (`checkAnswers`).
 *
 * The rules are the content contract's own: each answer is parsed with the rule of
 * the front-matter field it becomes (`initiativeSchema`, see front-matter.ts), and
 * its message comes from the same hints `npm run check` uses. On top of that, every
 * text must be one line without control or text-direction characters, because it is
 * written into a YAML file and shown in a terminal.
 */
import type { z } from "astro/zod";
import { describeIssue, friendlyText, hintAt, schemaAt } from "../content/error-map.ts";
import type { IssueLike } from "../content/error-map.ts";
import { checkMdxSafety } from "../content/mdx-safety.ts";
import { checkSummaryReadability } from "../content/readability.ts";
import { initiativeSchema, slugPattern } from "../content/schema/index.ts";
import { findStigmaWords, stigmaProblem } from "../content/stigma.ts";
import { didYouMean, listForMessage } from "../content/suggest.ts";
import { remotePlaces } from "../facts.ts";
import type { HostRole, InitiativeType, Need, Weekday } from "../facts.ts";
import {
  answerAt,
  answerFields,
  frontMatterOf,
  frontMatterPath,
  type AnswerField,
} from "./front-matter.ts";
import { slugFromTitle } from "./slug.ts";

export { answerFields, type AnswerField } from "./front-matter.ts";

/**
 * One weekly time: these days, from..to; optionally only some weeks of the month
 * (`weeks: [1, 3]`, `-1` = the last) or every N weeks from a date (`every: 2`,
 * `starting`). The same shape as a rule of `schedule`.
 */
export interface TimeSlot {
  days: Weekday[];
  from: string;
  to: string;
  weeks?: number[];
  every?: number;
  starting?: string;
  validFrom?: string;
  validUntil?: string;
}

/** Someone you meet there: their role and, if any, their organisation. */
export interface HostAnswer {
  role: HostRole;
  organisation?: string;
}

/** The answers to `npm run new`, checked. */
export interface NewEntryAnswers {
  type: InitiativeType;
  /** Title in the default language. */
  title: string;
  /** One or two short sentences in the default language. */
  summary: string;
  /** A place folder name, `online` or `phone`; absent when `address` is given. */
  place?: string;
  /** A street address when it is not at a listed place. */
  address?: string;
  /** How to find the door: a landmark (optional). */
  directions?: string;
  needs: Need[];
  times: TimeSlot[];
  cost: "free" | number;
  /** Language codes spoken there. */
  languages: string[];
  /** A phone number for questions (optional). */
  phone?: string;
  /** The phone number answers WhatsApp messages too. */
  whatsapp?: boolean;
  /** An email address for questions (optional). */
  email?: string;
  /** Someone can be reached in the evening or at the weekend. */
  afterHours?: boolean;
  womenOnly: boolean;
  walkIn: boolean;
  bringSomeone: boolean;
  children: boolean;
  wheelchair: boolean;
  /** Who you meet there: one or more. */
  hosts: HostAnswer[];
  /** "What to expect": a few sentences for the page (optional). */
  body?: string;
}

/** What the check needs to know about the content folder and the day. */
export interface AnswerContext {
  /** Folder names in `initiatives/` now: a title whose folder exists is refused. */
  existingSlugs: readonly string[];
  /** Today (`YYYY-MM-DD`) in the site time zone: the new entry's `lastVerified`. */
  today: string;
  /** The site's locales. */
  locales: readonly string[];
  /** The language of the texts (default: the first locale). */
  defaultLocale?: string;
  /** Folder names in `places/`; when given, `place` must be one of them (or online/phone). */
  placeSlugs?: readonly string[];
  /** Extra words per language that texts may not use (site.yaml `stigmaWords`). */
  stigmaWords?: Readonly<Record<string, readonly string[]>>;
}

/** A wrong answer: which one (`languages`, `times.0.to`) and why, in volunteer words. */
export interface AnswerProblem {
  field: string;
  message: string;
}

/** `field: message`, the one line that names a wrong answer. */
export function problemLine(problem: AnswerProblem): string {
  return `${problem.field}: ${problem.message}`;
}

// ---------------------------------------------------------------------------
// Reading what people type

/** `9:30` → `09:30`, `19.30` → `19:30`: how people type times, as the file wants them. */
export function normalizeTime(value: string): string {
  const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(value);
  if (!match) return value.trim();
  return `${match[1]!.padStart(2, "0")}:${match[2]}`;
}

/**
 * The cost from what someone typed: `free`/`gratis`/`0`/empty → "free", `2,50` or
 * `€ 2.50` → 2.5; `undefined` when it is not an amount.
 */
export function parseCost(value: string): "free" | number | undefined {
  const text = value
    .trim()
    .toLowerCase()
    .replace(/^€\s*/, "")
    .replace(/\s*euros?$/, "");
  if (text === "" || text === "free" || text === "gratis") return "free";
  if (!/^\d+([.,]\d{1,2})?$/.test(text)) return undefined;
  const amount = Number(text.replace(",", "."));
  return amount === 0 ? "free" : amount;
}

/** What an answer is when it is not given. */
const defaults: Partial<Record<AnswerField, unknown>> = {
  cost: "free",
  womenOnly: false,
  walkIn: false,
  bringSomeone: false,
  children: false,
  wheelchair: false,
};

/** Who you meet when no answer says so. */
const defaultHostRole: HostRole = "volunteer";

/** Optional texts: left empty means not given. */
const optionalTexts: ReadonlySet<AnswerField> = new Set([
  "phone",
  "email",
  "directions",
  "hostOrganisation",
  "body",
]);

/** An answer as the file will have it: trimmed, times and cost as the file writes them. */
function readAnswer(field: AnswerField, value: unknown): unknown {
  if (value === undefined) return defaults[field];
  if (typeof value === "string") {
    const text = value.trim();
    if (optionalTexts.has(field) && text === "") return undefined;
    if (field === "cost") {
      const cost = parseCost(text);
      return cost === undefined ? value : cost;
    }
    return text;
  }
  if (field === "cost" && value === 0) return "free";
  if (field === "hosts" && Array.isArray(value)) {
    return value.map((host: unknown) => {
      if (!host || typeof host !== "object" || Array.isArray(host)) return host;
      const out: Record<string, unknown> = { ...(host as Record<string, unknown>) };
      for (const key of ["role", "organisation"]) {
        if (typeof out[key] === "string") out[key] = (out[key] as string).trim();
      }
      if (out["organisation"] === "") delete out["organisation"];
      return out;
    });
  }
  if (field === "times" && Array.isArray(value)) {
    return value.map((slot: unknown) => {
      if (!slot || typeof slot !== "object" || Array.isArray(slot)) return slot;
      const out: Record<string, unknown> = { ...(slot as Record<string, unknown>) };
      for (const key of ["from", "to"]) {
        if (typeof out[key] === "string") out[key] = normalizeTime(out[key]);
      }
      return out;
    });
  }
  return value;
}

// ---------------------------------------------------------------------------
// The rules

const lineBreak = /[\n\r\v\f\u0085\u2028\u2029]/u;
/** C0 controls, DEL and C1 controls. */
const control = /\p{Cc}/u;
/** Bidi embeddings, overrides and isolates: they make text show in another order than it is. */
const directionControl = /[\u202A-\u202E\u2066-\u2069]/u;
/** What must never reach a terminal or a message as it is. */
const unprintable = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** Line breaks other than `\n`: the body's paragraphs are separated by `\n` only. */
const otherLineBreak = /[\r\v\f\u0085\u2028\u2029]/u;
/** Control characters other than `\n`. */
const controlButNewline = /[^\P{Cc}\n]/u;

/**
 * Why `text` cannot be one line of the file, as the end of "must be … ", if it
 * cannot. The body (`paragraphs`) may have `\n` line breaks between paragraphs.
 */
function lineRule(text: string, paragraphs = false): { at: number; rule: string } | undefined {
  const checks: [RegExp, string][] = paragraphs
    ? [
        [otherLineBreak, "with plain line breaks (\\n) only"],
        [directionControl, "without hidden text-direction characters"],
        [controlButNewline, "without control characters"],
      ]
    : [
        [lineBreak, "on one line"],
        [directionControl, "without hidden text-direction characters"],
        [control, "without control characters"],
      ];
  for (const [pattern, rule] of checks) {
    const at = text.search(pattern);
    if (at >= 0) return { at, rule };
  }
  return undefined;
}

/**
 * A text for a message: in quotes, control and invisible characters written as
 * escapes. Cut short: to what comes just after `at` (the character that matters:
 * `"nl\nwomen…"`), or else to 40 characters.
 */
export function shown(text: string, at?: number): string {
  const chars = [...text];
  const index = at === undefined ? 0 : [...text.slice(0, at)].length;
  const start = Math.max(0, index - 16);
  const end = Math.min(chars.length, at === undefined ? 40 : index + 6);
  const cut = `${start > 0 ? "…" : ""}${chars.slice(start, end).join("")}${end < chars.length ? "…" : ""}`;
  return JSON.stringify(cut).replace(
    unprintable,
    (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, "0")}`,
  );
}

/** A field name for a message: as it is when it is plain, else escaped. */
function fieldText(name: string): string {
  return /^[\w.-]+$/.test(name) ? name : shown(name);
}

/** `languages.0` → `languages`, `times.0.to` stays: a list of codes is named as a whole. */
function fieldName(field: AnswerField, rest: readonly PropertyKey[]): string {
  const parts = [field, ...rest.map(String)];
  while (parts.length > 1 && /^\d+$/.test(parts[parts.length - 1]!)) parts.pop();
  return parts.join(".");
}

const schemas = new Map<string, z.ZodType>();

/** The content schema of an initiative for `context` (made once per today and locales). */
function schemaFor(context: AnswerContext): z.ZodType {
  const key = `${context.today} ${context.locales.join(",")}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = initiativeSchema({ today: context.today, locales: context.locales });
    schemas.set(key, schema);
  }
  return schema;
}

/** What the content contract expects at a front-matter path, in words. */
function expectedAt(root: z.ZodType, path: readonly PropertyKey[], field: AnswerField): string {
  if (field === "body") return "a few sentences of plain text";
  return hintAt(root, path)?.expected ?? "text";
}

/** Every text (and field name) inside `value`, with its path. */
function* textsIn(
  value: unknown,
  path: PropertyKey[] = [],
): Generator<{ path: PropertyKey[]; text: string; isKey?: boolean }> {
  if (typeof value === "string") {
    yield { path, text: value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* textsIn(item, [...path, index]);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      yield { path, text: key, isKey: true };
      yield* textsIn(item, [...path, key]);
    }
  }
}

/** Problems of one answer that the content schema does not know about. */
function extraProblems(
  field: AnswerField,
  value: unknown,
  context: AnswerContext,
): AnswerProblem[] {
  if (typeof value !== "string") return [];
  const locale = context.defaultLocale ?? context.locales[0] ?? "nl";
  const out: AnswerProblem[] = [];
  const add = (message: string) => out.push({ field, message });
  if (field === "title") {
    const slug = slugFromTitle(value);
    if (value !== "" && !slug) add("use at least one letter or digit a-z, 0-9 in the title");
    else if (slug && context.existingSlugs.includes(slug)) {
      add(
        `there is already an entry initiatives/${slug}/: choose another title, or change that file`,
      );
    }
  }
  if (field === "title" || field === "summary") {
    for (const match of findStigmaWords(value, {
      locale,
      extraWords: context.stigmaWords ?? {},
    })) {
      add(friendlyText(stigmaProblem(match)));
    }
  }
  if (field === "summary") {
    for (const issue of checkSummaryReadability(value, locale)) {
      if (issue.severity === "error") add(friendlyText(issue));
    }
  }
  if (field === "place" && context.placeSlugs && slugPattern.test(value)) {
    const known = [...context.placeSlugs, ...remotePlaces];
    if (!known.includes(value)) {
      const near = didYouMean(value, known);
      add(
        `there is no place ${shown(value)} in places/${near ? `: did you mean "${near}"?` : ""} (expected ${listForMessage(known)})`,
      );
    }
  }
  if (field === "body") {
    const finding = checkMdxSafety(value).findings[0];
    if (finding) add(`this text cannot be used: ${finding.message}`);
  }
  return out;
}

/** The problems of one answer, read as the file will have it (`value` as typed or given). */
function problemsOfRead(
  field: AnswerField,
  given: unknown,
  value: unknown,
  context: AnswerContext,
): AnswerProblem[] {
  const root = schemaFor(context);
  const base = field === "body" ? [] : frontMatterPath[field];
  // One line (the body: plain paragraphs), no control characters: checked on what
  // was given, before anything else.
  for (const { path, text, isKey } of textsIn(given)) {
    const problem = lineRule(text, field === "body" && !isKey);
    if (!problem) continue;
    const name = fieldName(field, path);
    return [
      {
        field: name,
        message: isKey
          ? `the field name ${shown(text, problem.at)} must be written ${problem.rule}`
          : `${shown(text, problem.at)} must be ${expectedAt(root, [...base, ...path], field)}, ${problem.rule}`,
      },
    ];
  }
  if (field === "cost" && typeof value === "string" && value !== "free") {
    return [{ field, message: `${shown(value)} must be ${expectedAt(root, base, field)}` }];
  }
  const out: AnswerProblem[] = [];
  if (field !== "body") {
    const schema = schemaAt(root, base);
    const result = schema?.safeParse(value, { reportInput: true });
    for (const issue of result?.success === false ? result.error.issues : []) {
      const friendly = describeIssue(issue as IssueLike, hintAt(root, [...base, ...issue.path]));
      out.push({ field: fieldName(field, issue.path), message: friendlyText(friendly) });
    }
  }
  if (out.length === 0) out.push(...extraProblems(field, value, context));
  return out;
}

/**
 * The problems of one answer: `value` as typed in the question, or as it is in the
 * answers file. Empty when the answer is fine.
 */
export function answerProblems(
  field: AnswerField,
  value: unknown,
  context: AnswerContext,
): AnswerProblem[] {
  return problemsOfRead(field, value, readAnswer(field, value), context);
}

/** The first problem of one answer in plain words, for a question's `validate`. */
export function answerProblem(
  field: AnswerField,
  value: unknown,
  context: AnswerContext,
): string | undefined {
  return answerProblems(field, value, context)[0]?.message;
}

/**
 * Checks all answers (from the questions or a parsed `--answers` file) with the
 * rules above, then the whole front matter they make with the content schema (for
 * rules between fields, such as place or address). Returns the answers as the file
 * will have them, or one problem per wrong answer.
 */
export function checkAnswers(
  data: unknown,
  context: AnswerContext,
):
  | { answers: NewEntryAnswers; problems?: undefined }
  | { answers?: undefined; problems: AnswerProblem[] } {
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    return {
      problems: [
        { field: "answers", message: 'must be a group of answers, like { "title": "Breiclub" }' },
      ],
    };
  }
  const given = data as Record<string, unknown>;
  const problems: AnswerProblem[] = [];
  const fields = answerFields as readonly string[];
  for (const key of Object.keys(given)) {
    if (fields.includes(key)) continue;
    const near = didYouMean(key, fields);
    problems.push({
      field: fieldText(key),
      message: near
        ? `is not a question of npm run new: did you mean "${near}"?`
        : `is not a question of npm run new (expected one of ${fields.join(", ")})`,
    });
  }
  // Hosts: a list (`hosts`), or one host as `hostRole` (+ `hostOrganisation`); a
  // volunteer when neither is given.
  const oneHost = given["hostRole"] !== undefined || given["hostOrganisation"] !== undefined;
  if (given["hosts"] !== undefined && oneHost) {
    problems.push({
      field: "hosts",
      message: "give hosts (a list), or hostRole with hostOrganisation (one host), not both",
    });
  }
  const asked = (field: AnswerField): unknown =>
    field === "hostRole" && given["hosts"] === undefined
      ? (given[field] ?? defaultHostRole)
      : given[field];
  const read: Partial<Record<AnswerField, unknown>> = {};
  const wrong = new Set<AnswerField>();
  for (const field of answerFields) {
    const hostsGiven = given["hosts"] !== undefined;
    if (hostsGiven ? field === "hostRole" || field === "hostOrganisation" : field === "hosts") {
      continue;
    }
    read[field] = readAnswer(field, asked(field));
    const own = problemsOfRead(field, asked(field), read[field], context);
    const seen = new Set<string>();
    for (const problem of own) {
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
    const friendly = describeIssue(issue as IssueLike, hintAt(root, issue.path));
    problems.push({
      field: at ? fieldName(at.field, at.rest) : issue.path.map(String).join(".") || "answers",
      message: friendlyText(friendly),
    });
    if (at) wrong.add(at.field);
  }
  if (problems.length) return { problems };

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
  return { answers };
}
