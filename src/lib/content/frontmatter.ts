/**
 * Splits an MDX file into its YAML front matter and its body, parses the YAML with
 * node ranges kept, and maps a field path (`schedule.0.to`) back to a 1-based line of
 * the file, so every problem can say where it is.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Document, Node as YamlNode } from "yaml";
import { msg, worded, type Said, type ToolKey } from "../messages/index.ts";

/** A problem found while reading a file, before it gets its file name. */
export interface FileIssue {
  line?: number;
  field: string;
  message: string;
  expected?: string;
  example?: string;
  /** The problem as messages, to say in any language (the strings above are English). */
  said?: Said;
  /** The field path, when the problem is about a field. */
  path?: (string | number)[];
}

/** A front-matter problem that is not about one field, in words and as a message. */
function frontMatterIssue(line: number, key: ToolKey, params?: Record<string, string>): FileIssue {
  return { line, field: "front matter", ...worded({ message: msg(key, params) }) };
}

/** A front-matter file split and parsed. */
export interface ParsedFile {
  /** The YAML data, or `undefined` when there is none or it could not be read. */
  data: unknown;
  /** The body after the closing `---` (empty for a YAML file). */
  body: string;
  /** 1-based file line of the first body line. */
  bodyStartLine: number;
  /** Problems with the front-matter block itself (missing fences, YAML syntax). */
  issues: FileIssue[];
  /** File line of a field path; see `lineOf`. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** File line of the name of `key` inside the object at `path`, if written. */
  keyLine: (path: readonly PropertyKey[], key: string) => number | undefined;
}

/** `yaml` error codes that have their own explanation (`yaml.<code>` in i18n/tools). */
export const explainedYamlErrors: ReadonlySet<string> = new Set([
  "DUPLICATE_KEY",
  "TAB_AS_INDENT",
  "BAD_INDENT",
  "MULTILINE_IMPLICIT_KEY",
  "BLOCK_AS_IMPLICIT_KEY",
  "MISSING_CHAR",
  "UNEXPECTED_TOKEN",
  "BAD_SCALAR_START",
  "MULTIPLE_DOCS",
]);

function yamlIssue(line: number, code: string, raw: string): FileIssue {
  if (explainedYamlErrors.has(code)) return frontMatterIssue(line, `yaml.${code}` as ToolKey);
  const first = raw.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? raw;
  return frontMatterIssue(line, "yaml.other", { detail: first });
}

interface YamlRead {
  data: unknown;
  issues: FileIssue[];
  lineOf: (path: readonly PropertyKey[]) => number;
  keyLine: (path: readonly PropertyKey[], key: string) => number | undefined;
}

/**
 * Parses YAML text that starts at file line `firstLine`. `fallbackLine` is the line
 * for problems of a field that is missing at the top level.
 */
export function readYaml(text: string, firstLine: number, fallbackLine: number): YamlRead {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    // Nesting deep enough to exhaust the parser: say so on the first line, never crash.
    return unreadableYaml(firstLine, error);
  }
  const fileLine = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const issues: FileIssue[] = doc.errors.map((error) =>
    yamlIssue(fileLine(error.pos[0]), error.code, error.message),
  );

  const findPair = (node: unknown, key: PropertyKey) => {
    if (!isMap(node)) return undefined;
    return node.items.find((pair) => {
      const k = pair.key;
      return isScalar(k) ? String(k.value) === String(key) : false;
    });
  };
  const nodeLine = (node: unknown): number | undefined => {
    const range = (node as YamlNode | null | undefined)?.range;
    return range ? fileLine(range[0]) : undefined;
  };

  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = fallbackLine;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = findPair(node, segment);
        if (!pair) break;
        line = nodeLine(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (!item) break;
        line = nodeLine(item) ?? line;
        node = item;
      } else {
        break;
      }
    }
    return line;
  };

  const keyLine = (path: readonly PropertyKey[], key: string): number | undefined => {
    const parent = path.length ? doc.getIn(path as unknown[], true) : doc.contents;
    const pair = findPair(parent, key);
    return pair ? nodeLine(pair.key) : undefined;
  };

  if (doc.errors.length) return { data: undefined, issues, lineOf, keyLine };
  try {
    return { data: doc.toJS({ maxAliasCount: 50 }), issues, lineOf, keyLine };
  } catch (error) {
    return { ...unreadableYaml(firstLine, error), lineOf, keyLine };
  }
}

/** YAML the parser refuses as a whole: an alias bomb, or nesting too deep to read. */
function unreadableYaml(firstLine: number, error: unknown): YamlRead {
  const reason = error instanceof Error ? error.message : String(error);
  const key = /alias/i.test(reason) ? "yaml.aliases" : "yaml.tooDeep";
  return {
    data: undefined,
    issues: [frontMatterIssue(firstLine, key)],
    lineOf: () => firstLine,
    keyLine: () => undefined,
  };
}

/**
 * Splits `source` (the text of an `.mdx` file) into front matter and body and parses
 * the front matter. A file without front matter gets an issue on line 1.
 */
export function parseFrontMatterFile(source: string): ParsedFile {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const fence = /^---[ \t]*$/;
  if (!fence.test(lines[0] ?? "")) {
    return {
      data: undefined,
      body: text,
      bodyStartLine: 1,
      issues: [frontMatterIssue(1, "yaml.noStart")],
      lineOf: () => 1,
      keyLine: () => undefined,
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (closing < 0) {
    return {
      data: undefined,
      body: "",
      bodyStartLine: lines.length + 1,
      issues: [frontMatterIssue(1, "yaml.notClosed")],
      lineOf: () => 1,
      keyLine: () => undefined,
    };
  }
  const yamlText = lines.slice(1, closing).join("\n");
  const read = readYaml(yamlText, 2, 1);
  const issues = read.issues;
  let data: unknown = read.data ?? (issues.length ? undefined : {});
  if (data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
    issues.push(frontMatterIssue(2, "yaml.notFields"));
    data = undefined;
  }
  return {
    data,
    body: lines.slice(closing + 1).join("\n"),
    bodyStartLine: closing + 2,
    issues,
    lineOf: read.lineOf,
    keyLine: read.keyLine,
  };
}
