/**
 * One cleaning for every text a volunteer writes (front matter strings and bodies):
 * Unicode NFC, invisible characters removed, and characters that hide or reorder what
 * a reader sees refused. The stigma lint and the empty check read the visible text, so
 * "G\u200BGZ" is caught and a title of invisible characters is empty.
 */

import { msg, say, worded, type Msg, type Said } from "../messages/index.ts";

/** Removed from every text: they show nothing, and only serve to hide a word. */
const invisible =
  /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B\u2060-\u2064\u3164\uFEFF\uFFA0]/g;

/** Joiners are kept (emoji, some scripts need them) but ignored when text is checked. */
const joiners = /[\u200C\u200D]/g;

/** Control characters other than tab and line breaks, and bidi overrides, embeddings and isolates. */
const unsafeCharacter =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFF9-\uFFFB]/;

/** Text as stored and shown: NFC, without invisible characters. */
export function cleanText(value: string): string {
  return value.normalize("NFC").replace(invisible, "");
}

/** What a reader can see of `value`: for the stigma lint and the "empty" check. */
export function visibleText(value: string): string {
  return cleanText(value).replace(joiners, "");
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Why `value` may not be used, or `undefined`. Names the character and where it is:
 * `message` in English, `said` as a message ("contains …: retype this text …").
 */
export function unsafeTextReason(
  value: string,
): { message: string; said: Msg; lineOffset: number } | undefined {
  const found = unsafeCharacter.exec(value);
  if (!found) return undefined;
  const char = found[0];
  const lineOffset = value.slice(0, found.index).split("\n").length - 1;
  const code = char.codePointAt(0) ?? 0;
  const said = msg(
    (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
      ? "text.directionControl"
      : "text.controlCharacter",
    { code: codePoint(char) },
  );
  return { message: say(said), said, lineOffset };
}

/** The longest value of any single text in front matter; fields set their own, shorter limits. */
export const maxFieldLength = 1000;

/** The most a body (the text under the front matter) may hold, in bytes: about four printed pages. */
export const maxBodyBytes = 20_000;

/** The most a content file may hold, in bytes. */
export const maxFileBytes = 40_000;

/** A problem found in one front-matter text. */
export interface TextProblem {
  path: (string | number)[];
  message: string;
  expected?: string;
  example?: string;
  /** The problem as messages (the strings above are English). */
  said?: Said;
}

/**
 * Cleans every string in parsed front matter (in place, recursively) and reports the
 * ones that may not be used. A text with nothing visible becomes "", so the schema
 * reports it as empty.
 */
export function cleanFrontMatter(data: unknown): TextProblem[] {
  const problems: TextProblem[] = [];
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (typeof value === "string") {
      const unsafe = unsafeTextReason(value);
      if (unsafe) problems.push({ path, ...worded({ message: unsafe.said }) });
      if (value.length > maxFieldLength) {
        problems.push({
          path,
          ...worded({
            message: msg("field.tooLong", { length: value.length, max: maxFieldLength }),
            expected: msg("field.tooLong.expected"),
          }),
        });
      }
      const clean = cleanText(value);
      return visibleText(clean).trim() === "" ? "" : clean;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => (value[index] = walk(item, [...path, index])));
      return value;
    }
    if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = walk(record[key], [...path, key]);
      return record;
    }
    return value;
  };
  walk(data, []);
  return problems;
}

/** The 1-based line (counted from the start of `bytes`) of the first byte that is not UTF-8. */
export function invalidUtf8Line(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return undefined;
}
