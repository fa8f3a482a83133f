/**
 * Texts that are safe to write and to show. Every answer is written into a YAML
 * file and said back in a terminal, so a text must be one line (the body: plain
 * paragraphs) without control or text-direction characters (`lineRule`), and a
 * text quoted in a message has its invisible characters written as escapes
 * (`shown`). Its own file because these rules hold for any answer, whatever
 * field it becomes.
 */
import { msg, type Msg } from "../messages/index.ts";

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
export function lineRule(text: string, paragraphs = false): { at: number; rule: Msg } | undefined {
  const checks: [RegExp, Msg][] = paragraphs
    ? [
        [otherLineBreak, msg("new.rule.plainLineBreaks")],
        [directionControl, msg("new.rule.noDirection")],
        [controlButNewline, msg("new.rule.noControl")],
      ]
    : [
        [lineBreak, msg("new.rule.oneLine")],
        [directionControl, msg("new.rule.noDirection")],
        [control, msg("new.rule.noControl")],
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
export function fieldText(name: string): string {
  return /^[\w.-]+$/.test(name) ? name : shown(name);
}

/** Every text (and field name) inside `value`, with its path. */
export function* textsIn(
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
