/**
 * An issue body as GitHub writes it from an issue form (see ORACLES.md "GitHub as it
 * is"): for every field in the form's order `### <label>`, a blank line, the answer
 * (`_No response_` when empty); a dropdown's chosen option as its text; checkboxes as
 * `- [X] <label>` / `- [ ] <label>`, one line per option. Used to make the fixtures in
 * tests/fixtures/issues/ and to vary them in the tests.
 */
import type { IssueForm } from "../../../src/lib/from-issue/form.ts";

/** Answers by field id: a text, the chosen option(s) by their text, or the option indexes. */
export type FormAnswers = Record<
  string,
  string | readonly string[] | readonly number[] | undefined
>;

export function githubBody(form: IssueForm, answers: FormAnswers): string {
  const sections: string[] = [];
  for (const field of form.fields) {
    const given = answers[field.id];
    const chosen = (Array.isArray(given) ? given : given === undefined ? [] : [given]).map(
      (item: string | number) => (typeof item === "number" ? field.options[item]! : item),
    );
    let text: string;
    if (field.type === "checkboxes") {
      text = field.options
        .map((option) => `- [${chosen.includes(option) ? "X" : " "}] ${option}`)
        .join("\n");
    } else if (field.type === "dropdown") {
      text = chosen.length ? chosen.join(", ") : "_No response_";
    } else {
      const value = typeof given === "string" ? given.trim() : "";
      text = value === "" ? "_No response_" : value;
    }
    sections.push(`### ${field.label}\n\n${text}`);
  }
  return `${sections.join("\n\n")}\n`;
}
