/**
 * An issue form as GitHub reads it (`.github/ISSUE_TEMPLATE/*.yml`), and an issue
 * body as GitHub writes it from that form:
 *
 *     ### <label>
 *
 *     <the answer, or _No response_ when it was left empty>
 *
 * one such section per field, in the order of the form (markdown fields have none).
 * A dropdown's answer is the option's text (several, joined with ", ", when it allows
 * more than one); checkboxes become one line per option, `- [X] <label>` when ticked
 * and `- [ ] <label>` when not.
 *
 * Pure: the YAML text and the body text come in, the answers by field id go out.
 */
import { parse } from "yaml";

export type FormFieldType = "input" | "textarea" | "dropdown" | "checkboxes";

/** One question of a form. */
export interface FormField {
  id: string;
  type: FormFieldType;
  label: string;
  /** Dropdown and checkbox options, in the form's order. */
  options: string[];
  required: boolean;
  /** A dropdown that allows several options. */
  multiple: boolean;
}

/** A form: its name, labels and questions. */
export interface IssueForm {
  name: string;
  labels: string[];
  fields: FormField[];
}

/** Reads an issue form's YAML. Throws with the reason when it is not a form. */
export function readIssueForm(yamlText: string): IssueForm {
  const data = parse(yamlText) as {
    name?: unknown;
    labels?: unknown;
    body?: unknown;
  } | null;
  if (!data || typeof data.name !== "string" || !Array.isArray(data.body)) {
    throw new Error("not an issue form: it needs a name and a body list");
  }
  const fields: FormField[] = [];
  for (const item of data.body as Record<string, unknown>[]) {
    const type = item["type"];
    if (type === "markdown") continue;
    if (type !== "input" && type !== "textarea" && type !== "dropdown" && type !== "checkboxes") {
      throw new Error(`unknown field type ${String(type)}`);
    }
    const attributes = (item["attributes"] ?? {}) as Record<string, unknown>;
    const validations = (item["validations"] ?? {}) as Record<string, unknown>;
    const rawOptions = Array.isArray(attributes["options"]) ? attributes["options"] : [];
    fields.push({
      id: String(item["id"]),
      type,
      label: String(attributes["label"] ?? "").trim(),
      options: rawOptions.map((option: unknown) =>
        String(
          option && typeof option === "object" ? (option as { label?: unknown }).label : option,
        ).trim(),
      ),
      required: validations["required"] === true,
      multiple: attributes["multiple"] === true,
    });
  }
  const labels = Array.isArray(data.labels)
    ? data.labels.map(String)
    : typeof data.labels === "string"
      ? data.labels.split(",").map((label) => label.trim())
      : [];
  return { name: data.name, labels, fields };
}

/** An answer as the issue body has it. */
export type FieldAnswer =
  | { type: "text"; text: string | undefined }
  | { type: "choices"; selected: string[]; unselected: string[] };

/** The answers of a body, by field id, and what did not fit the form. */
export interface ParsedBody {
  answers: Map<string, FieldAnswer>;
  /** Field ids whose `### label` heading is not in the body. */
  missing: string[];
}

/** What GitHub writes for a question left empty. */
export const noResponse = "_No response_";

/** A heading line `### <text>`, as GitHub writes a label. */
const headingLine = /^###[ \t]+(.*?)[ \t]*#*[ \t]*$/;
/** A checkbox line of a checkboxes field (a task-list item). */
const checkboxLine = /^\s*[-*][ \t]+\[([ xX])\][ \t]?(.*)$/;

/**
 * The body of an issue made with `form`, as answers by field id. Sections are found
 * by their `### <label>` headings in the form's order: a `###` line inside an answer
 * (a volunteer's own heading) is part of that answer unless it is the label of a
 * question still to come.
 */
export function parseIssueBody(body: string, form: IssueForm): ParsedBody {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  let next = 0;
  for (const line of lines) {
    const heading = headingLine.exec(line);
    if (heading) {
      const label = heading[1]!.trim();
      const at = form.fields.findIndex((field, index) => index >= next && field.label === label);
      if (at >= 0) {
        current = [];
        sections.set(form.fields[at]!.id, current);
        next = at + 1;
        continue;
      }
    }
    current?.push(line);
  }
  const answers = new Map<string, FieldAnswer>();
  const missing: string[] = [];
  for (const field of form.fields) {
    const section = sections.get(field.id);
    if (!section) {
      missing.push(field.id);
      continue;
    }
    const text = section.join("\n").trim();
    if (field.type === "checkboxes") {
      const selected: string[] = [];
      const unselected: string[] = [];
      for (const line of section) {
        const box = checkboxLine.exec(line);
        if (!box) continue;
        (box[1] === " " ? unselected : selected).push(box[2]!.trim());
      }
      answers.set(field.id, { type: "choices", selected, unselected });
    } else if (field.type === "dropdown") {
      const none = text === "" || text === noResponse || text === "None";
      const selected = none ? [] : field.multiple ? splitChoices(text, field.options) : [text];
      answers.set(field.id, { type: "choices", selected, unselected: [] });
    } else {
      answers.set(field.id, {
        type: "text",
        text: text === "" || text === noResponse ? undefined : text,
      });
    }
  }
  return { answers, missing };
}

/**
 * The options of a multiple-choice dropdown, as GitHub joins them with ", ": the
 * longest option that fits at each place first, so an option with a comma in it
 * stays whole.
 */
function splitChoices(text: string, options: readonly string[]): string[] {
  const sorted = [...options].sort((a, b) => b.length - a.length);
  const out: string[] = [];
  let rest = text;
  while (rest.length) {
    const option = sorted.find((o) => rest === o || rest.startsWith(`${o}, `));
    if (!option) {
      out.push(...rest.split(", "));
      break;
    }
    out.push(option);
    rest = rest.slice(option.length).replace(/^, /, "");
  }
  return out;
}
