/**
 * What `npm run from-issue` says, in the language the form was filled in: the
 * reasons an answer cannot be used (each names the question in that form's own
 * words), and the comment and pull request texts.
 *
 * The words are in `messages/<locale>.json`, one file per form language with the
 * same keys, so a translator edits text and not code; `{{name}}` stands for what
 * the message says about (the answer, a count, a file). A message about an issue
 * number has a second text, `…OfIssue`, for when the number is known. This file
 * turns each text into the function its callers use.
 */
import en from "./messages/en.json" with { type: "json" };
import nl from "./messages/nl.json" with { type: "json" };
import type { FormLocale } from "./options.ts";

export interface FromIssueMessages {
  notAForm: string;
  required: string;
  chooseOne: string;
  unknownOption: (answer: string, options: string) => string;
  time: (answer: string) => string;
  endBeforeStart: (to: string, from: string) => string;
  weeksNeeded: string;
  weeksIgnored: string;
  dateNeeded: string;
  date: (answer: string) => string;
  addressNeeded: string;
  addressIgnored: string;
  unknownPlace: (answer: string) => string;
  cost: (answer: string) => string;
  language: (answer: string) => string;
  languageAssumed: (language: string) => string;
  moreTimes: (line: string) => string;
  moreTimesDay: (word: string) => string;
  summaryWords: (count: number, max: number) => string;
  sentenceWords: (opening: string, count: number, max: number) => string;
  titleTaken: (folder: string) => string;
  phone: (answer: string) => string;
  email: (answer: string) => string;
  whatsappNeedsPhone: string;
  afterHoursNeedsContact: string;
  secondHostOrganisation: string;
  notAgreed: string;
  /** A problem the content check found, after the question it is about. */
  checkSays: (detail: string) => string;
  // The comment on the issue and the pull request.
  refusedTitle: string;
  refusedIntro: string;
  refusedOutro: string;
  writtenTitle: string;
  writtenIntro: (file: string) => string;
  warningsIntro: string;
  notesIntro: string;
  noWarnings: string;
  writtenOutro: string;
  textsInOtherLanguage: (form: string, site: string) => string;
  pullRequestTitle: (title: string, issue: number | undefined) => string;
  pullRequestIntro: (issue: number | undefined) => string;
  pullRequestChecklist: string[];
}

/** The texts of one language, as in `messages/nl.json` (every language has the same keys). */
export type MessageTexts = typeof nl;

/** `text` with each `{{name}}` replaced by `params[name]`. */
export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]));
}

/** The messages of one language, from its texts. */
function messagesOf(t: MessageTexts): FromIssueMessages {
  const about = (text: string) => (answer: string) => fill(text, { answer });
  return {
    ...t,
    unknownOption: (answer, options) => fill(t.unknownOption, { answer, options }),
    time: about(t.time),
    endBeforeStart: (to, from) => fill(t.endBeforeStart, { to, from }),
    date: about(t.date),
    unknownPlace: about(t.unknownPlace),
    cost: about(t.cost),
    language: about(t.language),
    languageAssumed: (language) => fill(t.languageAssumed, { language }),
    moreTimes: (line) => fill(t.moreTimes, { line }),
    moreTimesDay: (word) => fill(t.moreTimesDay, { word }),
    summaryWords: (count, max) => fill(t.summaryWords, { count, max }),
    sentenceWords: (opening, count, max) => fill(t.sentenceWords, { opening, count, max }),
    titleTaken: (folder) => fill(t.titleTaken, { folder }),
    phone: about(t.phone),
    email: about(t.email),
    checkSays: (detail) => fill(t.checkSays, { detail }),
    writtenIntro: (file) => fill(t.writtenIntro, { file }),
    textsInOtherLanguage: (form, site) => fill(t.textsInOtherLanguage, { form, site }),
    pullRequestTitle: (title, issue) =>
      issue === undefined
        ? fill(t.pullRequestTitle, { title })
        : fill(t.pullRequestTitleOfIssue, { title, issue }),
    pullRequestIntro: (issue) =>
      issue === undefined ? t.pullRequestIntro : fill(t.pullRequestIntroOfIssue, { issue }),
  };
}

/** The texts of each form language; `satisfies` keeps their keys the same. */
const texts = { nl, en } satisfies Record<FormLocale, MessageTexts>;

export const messages: Record<FormLocale, FromIssueMessages> = {
  nl: messagesOf(texts.nl),
  en: messagesOf(texts.en),
};
