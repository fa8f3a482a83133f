/**
 * Splits an MDX file into its YAML front matter and its body, parses the YAML with
 * node ranges kept, and maps a field path (`schedule.0.to`) back to a 1-based line of
 * the file, so every problem can say where it is.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { Document, Node as YamlNode } from "yaml";

/** A problem found while reading a file, before it gets its file name. */
export interface FileIssue {
  line?: number;
  field: string;
  message: string;
  expected?: string;
  example?: string;
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

/** Plain explanations of `yaml` error codes. */
const yamlMessages: Record<string, string> = {
  DUPLICATE_KEY: "this field is written twice: keep one",
  TAB_AS_INDENT: "a tab is used to indent: use spaces",
  BAD_INDENT: "the indentation is off: line up the fields with spaces, and close every [ with ]",
  MULTILINE_IMPLICIT_KEY:
    'a value goes on over more lines than YAML allows: put it in quotes, or check for a missing ":"',
  BLOCK_AS_IMPLICIT_KEY: 'a value contains ": " (colon and space): put the whole value in quotes',
  MISSING_CHAR: "a closing quote or bracket is missing",
  UNEXPECTED_TOKEN: "something here is not valid YAML",
  BAD_SCALAR_START:
    "a value starts with a character YAML reserves (like @ or `): put the value in quotes",
  MULTIPLE_DOCS: "a second --- ends the front matter too early",
};

function yamlMessage(code: string, raw: string): string {
  const known = yamlMessages[code];
  if (known) return known;
  const first = raw.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? raw;
  return `the front matter is not valid YAML: ${first}`;
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
  const issues: FileIssue[] = doc.errors.map((error) => ({
    line: fileLine(error.pos[0]),
    field: "front matter",
    message: yamlMessage(error.code, error.message),
  }));

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
  const message = /alias/i.test(reason)
    ? "the front matter repeats itself through *aliases (&name … *name) far too often: write each value out instead of using & and *"
    : "the front matter is nested far too deeply to read: write each field on its own line, name: value";
  return {
    data: undefined,
    issues: [{ line: firstLine, field: "front matter", message }],
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
      issues: [
        {
          line: 1,
          field: "front matter",
          message:
            "the file must start with a line ---, then the fields (title: …), then another line ---",
        },
      ],
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
      issues: [
        {
          line: 1,
          field: "front matter",
          message: "the front matter is not closed: add a line --- after the last field",
        },
      ],
      lineOf: () => 1,
      keyLine: () => undefined,
    };
  }
  const yamlText = lines.slice(1, closing).join("\n");
  const read = readYaml(yamlText, 2, 1);
  const issues = read.issues;
  let data: unknown = read.data ?? (issues.length ? undefined : {});
  if (data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
    issues.push({
      line: 2,
      field: "front matter",
      message: "the front matter must be fields (name: value lines)",
    });
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
