/**
 * The shapes of `npm run new`: the checked answers (in the shape of a rule of
 * `schedule`, a host, the contact), what they are checked against, and a wrong
 * answer. Its own file because every step uses them: the questions, the checks,
 * the rendering, and `npm run from-issue`.
 */
import type { HostRole, InitiativeType, Need, Weekday } from "../facts.ts";
import { sayText, type Said, type ToolLanguage } from "../messages/index.ts";

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

/**
 * A wrong answer: which one (`languages`, `times.0.to`) and why, in volunteer words:
 * `message` in English, `said` the same as messages, to say in the volunteer's language.
 */
export interface AnswerProblem {
  field: string;
  message: string;
  said: Said;
}

/** The problem of answer `field` that `said` words (its English words made from it). */
export function answerProblemOf(field: string, said: Said): AnswerProblem {
  return { field, message: sayText(said), said };
}

/** Why an answer is wrong in `lang`, for a question's `validate` (undefined when it is fine). */
export function problemText(
  problem: AnswerProblem | undefined,
  lang: ToolLanguage = "en",
): string | undefined {
  return problem && sayText(problem.said, lang);
}
