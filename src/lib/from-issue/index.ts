/**
 * `npm run from-issue`: a filled-in "suggest an initiative" issue form → a new entry,
 * written through the same checked path as `npm run new` (writeNewEntry: the
 * answers' rules, the content check on the rendered file, never overwriting), and
 * the texts to tell the volunteer and the maintainers, in the form's language.
 *
 * The forms are `.github/ISSUE_TEMPLATE/suggest-initiative.<locale>.yml`, one per
 * language with the same questions (ids) in the same order. The body is read against
 * each; the form whose questions it answers is the one that was filled in, and its
 * language is the language of every message.
 */
import type { Problem } from "../content/model.ts";
import type { AnswerProblem } from "../new-entry/model.ts";
import { problemLine } from "../new-entry/problem-line.ts";
import type { Inventory } from "../new-entry/inventory.ts";
import { writeNewEntry } from "../new-entry/write.ts";
import { answersFromForm } from "./convert.ts";
import { parseIssueBody, type IssueForm, type ParsedBody } from "./form.ts";
import type { FormProblem } from "./form-reader.ts";
import { messages } from "./messages.ts";
import { languageName, type FormLocale } from "./options.ts";
import { questionOf } from "./questions.ts";

export { answersFromForm } from "./convert.ts";
export type { Converted } from "./convert.ts";
export { noResponse, parseIssueBody, readIssueForm } from "./form.ts";
export type { FieldAnswer, FormField, IssueForm, ParsedBody } from "./form.ts";
export type { FormProblem, FormSite } from "./form-reader.ts";
export { readLanguage } from "./languages.ts";
export { messages } from "./messages.ts";
export * from "./options.ts";
export { questionOf } from "./questions.ts";
export { readDate, readDay, readTime } from "./when.ts";

/** A form and the language it is in. */
export interface LocalizedForm {
  locale: FormLocale;
  /** The form's file name, for messages. */
  file: string;
  form: IssueForm;
}

/** The issue the body comes from, when known. */
export interface IssueRef {
  number?: number;
  url?: string;
}

/** A problem for the volunteer: the question in the form's words, and what is wrong. */
export interface ShownProblem extends FormProblem {
  label: string;
}

export interface FromIssueResult {
  ok: boolean;
  locale: FormLocale;
  /** The form that was filled in, if one was recognised. */
  formFile?: string;
  /** The new entry, when written: its folder name and its file (`content/initiatives/…`). */
  slug?: string;
  file?: string;
  title?: string;
  problems: ShownProblem[];
  notes: ShownProblem[];
  /** Warnings of the content check for the new file. */
  warnings: Problem[];
  /** The comment for the issue (Markdown). */
  comment: string;
  /** The pull request, when written. */
  pullRequest?: { title: string; body: string; branch: string; commitMessage: string };
}

/**
 * The form `body` was made with: the one whose questions (`### label` headings) it
 * has most of, when it has at least half of them.
 */
export function recogniseForm(
  body: string,
  forms: readonly LocalizedForm[],
): { form: LocalizedForm; parsed: ParsedBody } | undefined {
  let best: { form: LocalizedForm; parsed: ParsedBody; found: number } | undefined;
  for (const form of forms) {
    const parsed = parseIssueBody(body, form.form);
    const found = form.form.fields.length - parsed.missing.length;
    if (!best || found > best.found) best = { form, parsed, found };
  }
  if (!best || best.found === 0 || best.found * 2 < best.form.form.fields.length) {
    return undefined;
  }
  return { form: best.form, parsed: best.parsed };
}

/** Problems of `npm run new`'s answers, named by the form's questions. */
function fromAnswerProblems(problems: readonly AnswerProblem[], locale: FormLocale): FormProblem[] {
  const m = messages[locale];
  return problems.map((problem) => ({
    question: questionOf(problem.field),
    message: m.checkSays(problemLine(problem, locale)),
  }));
}

/** A problem with its question's label, for a reader of the issue. */
function shownWith(form: IssueForm | undefined) {
  return (problem: FormProblem): ShownProblem => ({
    ...problem,
    label:
      problem.question === ""
        ? ""
        : (form?.fields.find((field) => field.id === problem.question)?.label ?? problem.question),
  });
}

/**
 * A message with the volunteer's own words in it, safe in a comment: no @mention
 * (that would notify someone) and no line that could start a heading or a list.
 */
function quiet(text: string): string {
  return text.replace(/@(?=[\w-])/g, "@\u200b").replace(/\s*\n\s*/g, " ");
}

/** One Markdown list item per problem: the question in bold, then why. */
function listOf(problems: readonly ShownProblem[]): string {
  return problems
    .map((problem) =>
      problem.label
        ? `- **${problem.label.replace(/[*_`]/g, "")}**: ${quiet(problem.message)}`
        : `- ${quiet(problem.message)}`,
    )
    .join("\n");
}

/** A content check warning, as a list item. */
function warningItem(problem: Problem): string {
  return `- \`${problem.field}\`: ${quiet(problem.message)}${problem.expected ? ` (${quiet(problem.expected)})` : ""}`;
}

/**
 * Reads the issue `body` against `forms`, and writes the entry into the content folder
 * of `inventory` when every answer is right. Never overwrites; writes nothing when
 * something is wrong, and says why in the form's language.
 */
export function fromIssue(
  body: string,
  forms: readonly LocalizedForm[],
  inventory: Inventory,
  issue: IssueRef = {},
  /** How the content folder is named in the messages (the repository's `content/`). */
  shownRoot = "content",
): FromIssueResult {
  const recognised = recogniseForm(body, forms);
  if (!recognised) {
    // Which language? Both: the body did not say.
    const comment = [
      `### ${messages.nl.refusedTitle} / ${messages.en.refusedTitle}`,
      "",
      messages.nl.notAForm,
      "",
      messages.en.notAForm,
    ].join("\n");
    return {
      ok: false,
      locale: "nl",
      problems: [{ question: "form", label: "form", message: messages.nl.notAForm }],
      notes: [],
      warnings: [],
      comment,
    };
  }
  const { form, parsed } = recognised;
  const locale = form.locale;
  const m = messages[locale];
  const shown = shownWith(form.form);
  const converted = answersFromForm(parsed, form.form, locale, {
    places: inventory.places,
    locales: inventory.locales,
    existingSlugs: inventory.initiativeSlugs,
  });
  const notes = converted.notes.map(shown);
  if (locale !== inventory.defaultLocale) {
    notes.push(
      shown({
        question: "",
        message: m.textsInOtherLanguage(
          languageName(locale, locale),
          languageName(inventory.defaultLocale, locale),
        ),
      }),
    );
  }
  const refused = (problems: FormProblem[]): FromIssueResult => {
    const list = problems.map(shown);
    return {
      ok: false,
      locale,
      formFile: form.file,
      problems: list,
      notes,
      warnings: [],
      comment: [`### ${m.refusedTitle}`, "", m.refusedIntro, "", listOf(list), "", m.refusedOutro]
        .join("\n")
        .trim(),
    };
  };
  if (!converted.answers) return refused(converted.problems);

  const written = writeNewEntry(inventory, converted.answers);
  if (!written.ok) return refused(fromAnswerProblems(written.problems, locale));

  const title = String(converted.answers["title"]);
  const file = `${shownRoot}/${written.file}`;
  const findings = written.warnings.length
    ? [m.warningsIntro, "", ...written.warnings.map(warningItem)]
    : [m.noWarnings];
  const noteLines = notes.length ? ["", m.notesIntro, "", listOf(notes)] : [];
  const comment = [
    `### ${m.writtenTitle}`,
    "",
    m.writtenIntro(file),
    "",
    ...findings,
    ...noteLines,
    "",
    m.writtenOutro,
  ].join("\n");
  const prBody = [
    m.pullRequestIntro(issue.number),
    "",
    `\`${file}\``,
    "",
    ...findings,
    ...noteLines,
    "",
    ...m.pullRequestChecklist.map((item) => `- [ ] ${item}`),
  ].join("\n");
  return {
    ok: true,
    locale,
    formFile: form.file,
    slug: written.slug,
    file,
    title,
    problems: [],
    notes,
    warnings: written.warnings,
    comment,
    pullRequest: {
      title: m.pullRequestTitle(title, issue.number),
      body: prBody,
      branch: `suggestion/issue-${issue.number ?? written.slug}`,
      commitMessage: `${m.pullRequestTitle(title, issue.number)}\n\n${m.pullRequestIntro(issue.number)}`,
    },
  };
}
