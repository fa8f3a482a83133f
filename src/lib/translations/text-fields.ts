/**
 * The translatable text of an entry's `index.mdx`: title, summary, directions and the
 * body. Facts (schedule, cost, …) are left out on purpose: they are shown in every
 * language from index.mdx, so changing them never makes a translation outdated.
 */
import { parseFrontMatterFile } from "../content/frontmatter.ts";

/** The text fields a translation carries, in the order they are reported. */
export const textFields = ["title", "summary", "directions", "body"] as const;
export type TextField = (typeof textFields)[number];

export type EntryTextFields = Record<TextField, string>;

/** Same words, same text: line wrapping and spacing are not a change. */
function normalize(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** The text fields of an `index.mdx` source; a file that cannot be read counts as all body. */
export function entryTextFields(source: string): EntryTextFields {
  const parsed = parseFrontMatterFile(source);
  const data = parsed.data as Record<string, unknown> | undefined;
  if (!data) return { title: "", summary: "", directions: "", body: normalize(source) };
  const field = (name: string) => {
    const value = data[name];
    return typeof value === "string" ? normalize(value) : "";
  };
  return {
    title: field("title"),
    summary: field("summary"),
    directions: field("directions"),
    body: normalize(parsed.body),
  };
}

/** The text fields that differ between two versions of an `index.mdx`. */
export function changedTextFields(before: string, after: string): TextField[] {
  const a = entryTextFields(before);
  const b = entryTextFields(after);
  return textFields.filter((f) => a[f] !== b[f]);
}
