/**
 * Reading the answers of one filled-in form, question by question, and keeping the
 * reasons an answer cannot be used (problems: nothing is written) apart from the
 * answers that are left unused (notes: the entry is still written). A chosen option
 * is read against the form's own YAML: its position in the YAML's list is the value
 * (options.ts says which value each position is). Its own file because every part
 * of the form (what, where, when, who) reads its answers this one way.
 */
import type { FieldAnswer, IssueForm, ParsedBody } from "./form.ts";
import { messages, type FromIssueMessages } from "./messages.ts";
import { optionValues, type FormLocale, type FormPlace, type OptionValues } from "./options.ts";

/** A reason an answer cannot be used, and the question (field id) it is about. */
export interface FormProblem {
  question: string;
  message: string;
}

/** What the form's answers are checked against. */
export interface FormSite {
  places: readonly FormPlace[];
  /** The site's languages (site.yaml `locales`), the order of the language checkboxes. */
  locales: readonly string[];
  /** Folder names in `initiatives/` now. */
  existingSlugs: readonly string[];
}

/** For comparing what people chose with the YAML's options: case, spaces and dashes aside. */
export function same(a: string, b: string): boolean {
  const norm = (text: string) =>
    text
      .normalize("NFC")
      .replace(/[\s\u00a0]+/g, " ")
      .replace(/[‐-―]/g, "-")
      .trim()
      .toLowerCase();
  return norm(a) === norm(b);
}

/** A text of several lines as one line: each line break and the spaces around it become `between`. */
export function oneLine(text: string, between = " "): string {
  return text.replace(/\s*\n\s*/g, between);
}

/** The value a chosen option stands for, per question with a fixed list. */
type OptionValue<K extends keyof OptionValues> = OptionValues[K][number];

/** One form's answers, read with its problems and notes kept. */
export class FormReader {
  readonly parsed: ParsedBody;
  readonly form: IssueForm;
  readonly locale: FormLocale;
  readonly site: FormSite;
  /** The messages in the form's language. */
  readonly m: FromIssueMessages;
  readonly problems: FormProblem[] = [];
  readonly notes: FormProblem[] = [];

  constructor(parsed: ParsedBody, form: IssueForm, locale: FormLocale, site: FormSite) {
    this.parsed = parsed;
    this.form = form;
    this.locale = locale;
    this.site = site;
    this.m = messages[locale];
  }

  /** The answer `message` stops the entry. */
  problem(question: string, message: string): void {
    this.problems.push({ question, message });
  }

  /** The answer is not used, and `message` says why; the entry is still written. */
  note(question: string, message: string): void {
    this.notes.push({ question, message });
  }

  /** A problem was found with a question that `test` names. */
  hasProblem(test: (question: string) => boolean): boolean {
    return this.problems.some((problem) => test(problem.question));
  }

  /** The form asks question `id`. */
  asks(id: string): boolean {
    return this.form.fields.some((field) => field.id === id);
  }

  /** The options of question `id`, in the YAML's order. */
  options(id: string): string[] {
    return this.form.fields.find((field) => field.id === id)?.options ?? [];
  }

  answer(id: string): FieldAnswer | undefined {
    return this.parsed.answers.get(id);
  }

  /** The options ticked or chosen for `id`, as the body has them. */
  selected(id: string): string[] {
    const answer = this.answer(id);
    return answer?.type === "choices" ? answer.selected : [];
  }

  /** The text typed for `id`; a problem when it is `required` and left empty. */
  text(id: string, required = false): string | undefined {
    const answer = this.answer(id);
    const value = answer?.type === "text" ? answer.text : undefined;
    if (value === undefined && required) this.problem(id, this.m.required);
    return value;
  }

  /** The chosen options' values: the position of each in the YAML's options. */
  chosen<K extends keyof OptionValues>(id: K, required = false): OptionValue<K>[] {
    const options = this.options(id);
    const values = optionValues[id] as readonly OptionValue<K>[];
    const out: OptionValue<K>[] = [];
    for (const label of this.selected(id)) {
      const index = options.findIndex((option) => same(option, label));
      if (index < 0 || index >= values.length) {
        this.problem(id, this.m.unknownOption(label, options.join("; ")));
        continue;
      }
      if (!out.includes(values[index]!)) out.push(values[index]!);
    }
    if (required && out.length === 0 && !this.hasProblem((question) => question === id)) {
      this.problem(id, this.m.required);
    }
    return out;
  }

  /** The one chosen option's value; a problem when several are chosen. */
  one<K extends keyof OptionValues>(id: K, required = false): OptionValue<K> | undefined {
    const values = this.chosen(id, required);
    if (values.length > 1) this.problem(id, this.m.chooseOne);
    return values[0];
  }
}
