/**
 * A field as the volunteer reads it. Dutch says fields the way CONTRIBUTING.nl.md
 * names them, with the word that is written in the file in brackets
 * (`schedule.0.to` → "Wanneer, regel 1, tot (to)", `schedule.0.days.0` → "Wanneer,
 * regel 1, dag 1", `front matter` → "De feiten bovenaan het bestand"). English keeps
 * the field path and adds the readable form when the path counts items
 * (`schedule.0.days.0 (schedule, rule 1, day 1)`).
 */
import type { ToolLanguage } from "./language.ts";
import type { ToolKey } from "./msg.ts";
import { say, toolStrings } from "./say.ts";

/** A field path: keys and list positions (0-based). */
export type FieldPath = readonly (string | number)[];

/** Names of problems that are not about a field (the file, the text, the front matter). */
const otherFields: Readonly<Record<string, ToolKey>> = {
  "front matter": "field.frontMatter",
  text: "field.text",
  file: "field.file",
  "folder name": "field.folderName",
  "file name": "field.fileName",
  "content folder": "field.contentFolder",
  image: "field.image",
  link: "field.link",
  "link definition": "field.linkDefinition",
  MDX: "field.mdx",
  "site.yaml": "field.siteFile",
  "index.mdx": "field.indexFile",
};

/** Lists of single values: an item is named on its own ("dag 1", not "dagen, dag 1"). */
const listsOfValues = new Set([
  "days",
  "weeks",
  "languages",
  "locales",
  "posterLanguages",
  "generatedAudio",
]);

function has(key: string): key is ToolKey {
  return Object.hasOwn(toolStrings.en, key);
}

/** A dotted field (`schedule.0.to`) as a path; numbers are list positions. */
export function parseFieldPath(field: string): FieldPath | undefined {
  if (!/^[A-Za-z_][\w-]*(\.[\w-]+)*$/.test(field)) return undefined;
  return field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

interface Readable {
  parts: string[];
  /** The first part is a field name of the language, not a key as written. */
  named: boolean;
  /** The last key, when the path ends in a key whose word differs from it. */
  lastKey?: string;
}

function readable(path: FieldPath, lang: ToolLanguage): Readable {
  const parts: string[] = [];
  let list: string | undefined;
  let named = false;
  let lastKey: string | undefined;
  path.forEach((segment, index) => {
    if (typeof segment === "number") {
      const itemKey = list !== undefined ? `name.${list}.item` : "";
      const item = say(
        { key: has(itemKey) ? itemKey : "name.item", params: { n: segment + 1 } },
        lang,
      );
      if (list !== undefined && listsOfValues.has(list) && parts.length > 0) parts.pop();
      parts.push(item);
      list = undefined;
      lastKey = undefined;
      return;
    }
    const key = `name.${segment}`;
    const word = has(key) ? say({ key }, lang) : segment;
    if (index === 0) named = has(key);
    parts.push(word);
    list = segment;
    lastKey = word !== segment ? segment : undefined;
  });
  return lastKey === undefined ? { parts, named } : { parts, named, lastKey };
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * The field of a problem in `lang`: `field` is what the problem names (a dotted path,
 * or `front matter`, `text`, a construct such as `<script>`), `path` the field path
 * when the problem is about a field.
 */
export function fieldLabel(
  field: string,
  path: FieldPath | undefined,
  lang: ToolLanguage = "en",
): string {
  if (path === undefined || path.length === 0) {
    const other = otherFields[field];
    if (lang === "en" || !other) return field;
    return capitalize(say({ key: other }, lang));
  }
  const words = readable(path, lang);
  if (lang === "en") {
    return path.some((p) => typeof p === "number") ? `${field} (${words.parts.join(", ")})` : field;
  }
  const text = words.parts.join(", ");
  const label = words.named ? capitalize(text) : text;
  return words.lastKey === undefined ? label : `${label} (${words.lastKey})`;
}
