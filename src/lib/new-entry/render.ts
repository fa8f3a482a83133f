/**
 * Answers → the text of `initiatives/<slug>/index.mdx`, written the way the
 * templates in CONTRIBUTING.md are, so a volunteer who opens it later recognises
 * every line: facts between the `---` lines, the default-language text below.
 *
 * The front matter is made by the `yaml` serializer, never by joining strings: a
 * text can never become a field, a list or the end of the front matter.
 */
import { Document, isPair, isScalar, isSeq, parse, Scalar, visit } from "yaml";
import type { Node as YamlNode } from "yaml";
import type { NewEntryAnswers } from "./model.ts";
import { frontMatterOf } from "./front-matter.ts";

/**
 * How the file is written: no folding of long lines, `[a, b]` lists, and a quoted
 * text always on one line, with JSON escapes (`"a\nb"`) for what cannot be shown.
 */
const toStringOptions = {
  lineWidth: 0,
  flowCollectionPadding: false,
  doubleQuotedAsJSON: true,
  doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY,
} as const;

/**
 * True when a YAML 1.1 reader (older tools, editors) would read `value`, written
 * plainly, as something other than this text (`yes`, `on`, `2026-01-01`, `1:30`).
 */
function readOtherwiseInYaml11(value: string): boolean {
  try {
    return parse(value, { version: "1.1" }) !== value;
  } catch {
    return true;
  }
}

/** A text node: plain when every YAML reader reads it back as the same text, else in double quotes. */
function textNode(value: string): Scalar<string> {
  const node = new Scalar(value);
  if (readOtherwiseInYaml11(value)) node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/**
 * A text as a YAML scalar, as `renderEntry` writes it: plain when that reads back as
 * the same text, else in double quotes.
 */
export function yamlText(value: string): string {
  return new Document(textNode(value)).toString(toStringOptions).trimEnd();
}

/** A short code such as `nl`, `pt-BR` or `meet`, or a number (weeks: 1, -1): fine in a one-line `[a, b]` list. */
function isCode(value: unknown): boolean {
  return (
    (typeof value === "string" && /^[\p{L}\p{N}_-]+$/u.test(value)) ||
    (typeof value === "number" && Number.isInteger(value))
  );
}

/** Date fields the templates write plainly (`starting: 2026-09-05`), as `lastVerified`. */
const plainDates = new Set(["lastVerified", "starting", "validFrom", "validUntil"]);

/**
 * Styles a front-matter node the way the templates write it. `name` is the field
 * name the node is the value of (`from`, `cost`), or undefined for a list item.
 */
function style(node: YamlNode, name: string | undefined): void {
  if (isSeq(node) && node.items.every((item) => isScalar(item) && isCode(item.value))) {
    // needs, languages, days: short codes, one line.
    node.flow = true;
  } else if (isScalar(node) && typeof node.value === "string") {
    if (name === "from" || name === "to" || name === "phone") {
      // Times and phone numbers always in quotes (CONTRIBUTING.md): "09:00", "06 12345678".
      node.type = Scalar.QUOTE_DOUBLE;
    } else if (
      !(plainDates.has(name ?? "") && /^\d{4}-\d{2}-\d{2}$/.test(node.value)) &&
      readOtherwiseInYaml11(node.value)
    ) {
      node.type = Scalar.QUOTE_DOUBLE;
    }
  } else if (isScalar(node) && name === "cost" && typeof node.value === "number") {
    // A price tag: 2.50, not 2.5.
    if (!Number.isInteger(node.value)) node.minFractionDigits = 2;
  }
}

/** The field name whose value `key` (of a `visit` callback) is, if it is one. */
function fieldNameOf(key: unknown, ancestors: readonly unknown[]): string | undefined {
  if (key !== "value") return undefined;
  const pair = ancestors[ancestors.length - 1];
  return isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/** The front matter of `answers` as YAML text (without the `---` lines). */
export function frontMatterYaml(answers: NewEntryAnswers, lastVerified: string): string {
  const doc = new Document(frontMatterOf(answers, lastVerified));
  visit(doc, {
    Seq(key, node, ancestors) {
      style(node, fieldNameOf(key, ancestors));
    },
    Scalar(key, node, ancestors) {
      if (key !== "key") style(node, fieldNameOf(key, ancestors));
    },
  });
  return doc.toString(toStringOptions);
}

/** A line that opens or closes front matter. */
const fence = /^---[ \t]*$/m;

/**
 * The file text for `answers`, checked on `lastVerified` (`YYYY-MM-DD`).
 *
 * @example renderEntry(answers, "2026-11-25").startsWith("---\ntype: activity\n")
 */
export function renderEntry(answers: NewEntryAnswers, lastVerified: string): string {
  const yaml = frontMatterYaml(answers, lastVerified);
  // The serializer indents every continued text, so no line can close the front
  // matter early; this makes sure of it.
  if (fence.test(yaml) || yaml.includes("\n...")) {
    throw new Error("an answer would end the front matter early");
  }
  const body = answers.body?.trim();
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ""}`;
}
