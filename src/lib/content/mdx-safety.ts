/**
 * The MDX safety gate. Content comes from pull requests and is untrusted: an MDX
 * body can import modules, run `{expressions}` at build time and put scripts in the
 * page. This gate checks the one parse of the body (`body/parse.ts`: Markdown with GFM
 * and MDX syntax; nothing is compiled or evaluated) and refuses every construct that
 * is not plain text, Markdown, or an allow-listed harmless HTML tag. The page is
 * rendered from the same tree (`body/render.ts`).
 *
 * It must run before any MDX is compiled (see DESIGN.md principle 6).
 */
import type { Root } from "mdast";
import { allowedMdxAttributes, allowedMdxElements, allowedUrlSchemes } from "./body/allow-list.ts";
import { parseBody } from "./body/parse.ts";

export { allowedMdxAttributes, allowedMdxElements, allowedUrlSchemes };

/** Tags that are refused with their own explanation. */
const namedDangers: Readonly<Record<string, string>> = {
  script: "it runs code in the reader's browser",
  iframe: "it loads another web site inside the page, and nothing may leave this site",
  object: "it embeds outside content or a plugin into the page",
  embed: "it embeds outside content or a plugin into the page",
  style: "it changes the look of the page; the site's design takes care of that",
};

/** Attributes whose value is a URL. */
const urlAttributes = new Set([
  "href",
  "src",
  "srcset",
  "action",
  "formaction",
  "poster",
  "background",
  "cite",
  "data",
  "xlink:href",
  "ping",
]);

/** One refused construct. */
export interface MdxFinding {
  /** 1-based line in the file. */
  line: number;
  /** The construct: `import`, `export`, `{expression}`, `<script>`, `onClick`, `href`, `MDX`. */
  construct: string;
  message: string;
  expected?: string;
  example?: string;
}

/** A local file the body points at (an image next to the entry). */
export interface MdxLocalFile {
  url: string;
  line: number;
}

export interface MdxSafetyResult {
  findings: MdxFinding[];
  localFiles: MdxLocalFile[];
  /** The tree that was checked, to render the page from (absent when it could not be read). */
  tree?: Root;
}

export interface MdxSafetyOptions {
  /** File line of the body's first line (after the front matter). Default 1. */
  firstLine?: number;
}

/** The parts of mdast / mdast-util-mdx nodes the gate reads. */
interface MdNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: MdNode[];
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

const namedEntities: Record<string, string> = {
  colon: ":",
  tab: "\t",
  newline: "\n",
  nbsp: " ",
  amp: "&",
  lpar: "(",
  rpar: ")",
  sol: "/",
  period: ".",
};

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith("#x"))
      return String.fromCodePoint(Number.parseInt(lower.slice(2), 16) || 0xfffd);
    if (lower.startsWith("#"))
      return String.fromCodePoint(Number.parseInt(lower.slice(1), 10) || 0xfffd);
    return namedEntities[lower] ?? whole;
  });
}

/**
 * Why `url` may not be used, or `undefined` when it is fine. Case-insensitive and
 * blind to whitespace, control characters and character references, as browsers are.
 */
export function unsafeUrlReason(url: string): string | undefined {
  const normalized = decodeEntities(url)
    .replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]+/g, "")
    .toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(normalized);
  if (!match) return undefined;
  const scheme = match[1] ?? "";
  if (scheme === "javascript" || scheme === "vbscript") {
    return `a ${scheme}: link runs code when someone taps it`;
  }
  if (scheme === "data") return "a data: link can hide a page or a script inside the link";
  if (!allowedUrlSchemes.includes(scheme)) {
    return `a ${scheme}: link is not a web page, email or phone number`;
  }
  return undefined;
}

function isRemote(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url.trim()) || url.trim().startsWith("//");
}

function isLocalFile(url: string): boolean {
  const u = url.trim();
  return u !== "" && !u.startsWith("#") && !u.startsWith("/") && !u.startsWith("?") && !isRemote(u);
}

const allowedTagList = (): string => allowedMdxElements.map((n) => `<${n}>`).join(", ");

/** A plain explanation for a parser message. */
function explainParseError(reason: string, source: string): { message: string; example?: string } {
  if (
    source.includes("mdxjs-esm") ||
    (/\b(import|export)\b/.test(reason) && source.includes("esm"))
  ) {
    return {
      message:
        "a line that starts with import or export is code, and content may not contain code: remove the line",
    };
  }
  if (source.includes("mdx-expression") || /acorn|expression|brace/i.test(reason)) {
    return {
      message:
        "a { starts code in MDX, and content may not contain code: remove the { and }, or write &#123; to show a {",
      example: "&#123;",
    };
  }
  if (/closing tag|end-tag|Unexpected closing/i.test(reason)) {
    return {
      message:
        "a tag is not closed the MDX way: close every tag (<strong>text</strong>), write <br /> with a slash, and keep a tag and its closing tag in the same paragraph",
      example: "<strong>Gratis</strong>, <br />",
    };
  }
  if (reason.includes("`!`")) {
    return {
      message: "HTML comments (<!-- … -->) do not work in MDX: remove the comment",
    };
  }
  if (source.includes("mdx-jsx") || reason.includes("<")) {
    return {
      message:
        "a < starts a tag in MDX: to show the character <, write &lt; (or put a space after it)",
      example: "3 &lt; 5",
    };
  }
  return {
    message: `the text could not be read as MDX: ${reason.split("\n")[0] ?? reason}`,
  };
}

/**
 * Checks an MDX body without running anything from it. Returns every refused
 * construct with its file line, and the local files it points at.
 */
export function checkMdxSafety(body: string, options: MdxSafetyOptions = {}): MdxSafetyResult {
  const firstLine = options.firstLine ?? 1;
  const findings: MdxFinding[] = [];
  const localFiles: MdxLocalFile[] = [];
  const lineOf = (node: MdNode | undefined, fallback = 1): number =>
    firstLine + (node?.position?.start.line ?? fallback) - 1;

  let root: Root;
  try {
    root = parseBody(body);
  } catch (error) {
    const e = error as {
      line?: number;
      reason?: string;
      message?: string;
      source?: string;
      ruleId?: string;
    };
    const reason = e.reason ?? e.message ?? String(error);
    const explained = explainParseError(reason, `${e.source ?? ""} ${e.ruleId ?? ""}`);
    findings.push({
      line: firstLine + (e.line ?? 1) - 1,
      construct: "MDX",
      ...explained,
    });
    return { findings, localFiles };
  }

  const refuseUrl = (url: string, node: MdNode, construct: string) => {
    const reason = unsafeUrlReason(url);
    if (reason) {
      findings.push({
        line: lineOf(node),
        construct,
        message: `${reason}: "${url.length > 60 ? `${url.slice(0, 57)}…` : url}" is not allowed`,
        expected: `a web address (https://…), an email (mailto:…) or a phone number (tel:…)`,
        example: "[De Brug](https://example.org)",
      });
      return true;
    }
    return false;
  };

  const checkElement = (node: MdNode) => {
    const name = node.name ?? null;
    const line = lineOf(node);
    const tag = name === null ? "<>" : `<${name}>`;
    const allowed = name !== null && allowedMdxElements.includes(name);
    if (name === null) {
      findings.push({
        line,
        construct: "<>",
        message: "an empty tag <> is not allowed: remove <> and </>",
      });
    } else if (namedDangers[name.toLowerCase()]) {
      findings.push({
        line,
        construct: `<${name.toLowerCase()}>`,
        message: `${tag} is not allowed: ${namedDangers[name.toLowerCase()]}. Remove it`,
        expected: `text, or one of ${allowedTagList()}`,
      });
    } else if (!allowed) {
      const isComponent = /^[A-Z]/.test(name) || name.includes(".");
      findings.push({
        line,
        construct: tag,
        message: isComponent
          ? `${tag} is a component, and components are not available in content yet: remove it`
          : `${tag} is not an allowed tag: remove it`,
        expected: `text, Markdown, or one of ${allowedTagList()}`,
        example: "**bold**, [a link](https://example.org)",
      });
    }
    const permitted = [
      ...(allowedMdxAttributes["*"] ?? []),
      ...(name ? (allowedMdxAttributes[name] ?? []) : []),
    ];
    for (const attribute of node.attributes ?? []) {
      const attrLine = lineOf(attribute, node.position?.start.line);
      if (attribute.type === "mdxJsxExpressionAttribute") {
        findings.push({
          line: attrLine,
          construct: "{expression}",
          message: `{…} inside ${tag} is code, and content may not contain code: remove it`,
        });
        continue;
      }
      const attrName = attribute.name ?? "";
      const lower = attrName.toLowerCase();
      const value = attribute.value;
      if (value !== null && typeof value === "object") {
        findings.push({
          line: attrLine,
          construct: "{expression}",
          message: `${attrName}={…} on ${tag} is code, and content may not contain code: write the value in quotes`,
          example: `${attrName}="…"`,
        });
      }
      if (lower.startsWith("on")) {
        findings.push({
          line: attrLine,
          construct: attrName,
          message: `${attrName} on ${tag} is an event handler: it runs code when someone taps or types. Remove it`,
        });
        continue;
      }
      if (lower === "style") {
        findings.push({
          line: attrLine,
          construct: "style",
          message: `a style attribute on ${tag} is not allowed: the site's design takes care of the look. Remove it`,
        });
        continue;
      }
      if (
        urlAttributes.has(lower) &&
        typeof value === "string" &&
        refuseUrl(value, attribute, attrName)
      )
        continue;
      if (allowed && !permitted.includes(attrName)) {
        findings.push({
          line: attrLine,
          construct: attrName,
          message: `the attribute ${attrName} is not allowed on ${tag}`,
          expected: permitted.join(", "),
        });
      }
    }
  };

  const visit = (node: MdNode) => {
    switch (node.type) {
      case "mdxjsEsm": {
        const value = typeof node.value === "string" ? node.value : "";
        const start = node.position?.start.line ?? 1;
        const lines = value.split("\n");
        let found = false;
        lines.forEach((text, index) => {
          const keyword = /^\s*(import|export)\b/.exec(text)?.[1];
          if (keyword) {
            found = true;
            findings.push({
              line: firstLine + start + index - 1,
              construct: keyword,
              message:
                keyword === "import"
                  ? "import is not allowed: content may not load code or components. Remove the line"
                  : "export is not allowed: content may not define code. Remove the line",
            });
          }
        });
        if (!found) {
          findings.push({
            line: lineOf(node),
            construct: "import",
            message: "code is not allowed in content: remove it",
          });
        }
        return;
      }
      case "mdxFlowExpression":
      case "mdxTextExpression": {
        const value = typeof node.value === "string" ? node.value : "";
        const isComment = /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);
        findings.push({
          line: lineOf(node),
          construct: "{expression}",
          message: isComment
            ? "a {/* comment */} is not allowed in content: remove it"
            : "{…} is code, and content may not contain code: remove the { and }, or write &#123; to show a {",
          example: "&#123;",
        });
        return;
      }
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        checkElement(node);
        break;
      case "link":
      case "definition":
        if (typeof node.url === "string")
          refuseUrl(node.url, node, node.type === "link" ? "link" : "link definition");
        break;
      case "image":
        if (typeof node.url === "string" && !refuseUrl(node.url, node, "image")) {
          if (isRemote(node.url)) {
            findings.push({
              line: lineOf(node),
              construct: "image",
              message:
                "this image loads from another site, and nothing may leave this site: put the image file in this folder",
              example: "![A table with coffee](./koffie.jpg)",
            });
          } else if (isLocalFile(node.url)) {
            localFiles.push({ url: node.url.trim(), line: lineOf(node) });
          }
        }
        break;
      default:
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root as unknown as MdNode);
  return { findings, localFiles, tree: root };
}
