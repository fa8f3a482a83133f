/**
 * The MDX safety gate. Content comes from pull requests and is untrusted: an MDX
 * body can import modules, run `{expressions}` at build time and put scripts in the
 * page. This gate checks the one parse of the body (`body/parse.ts`: Markdown with GFM
 * and MDX syntax; nothing is compiled or evaluated) and refuses every construct that
 * is not plain text, Markdown, or an allow-listed harmless HTML tag. The page is
 * rendered from the same tree (`body/render.ts`).
 *
 * The parts live in `body/`: what is allowed (`allow-list.ts`), tags and attributes
 * (`elements.ts`), addresses (`urls.ts`), parser messages (`parse-errors.ts`).
 *
 * It must run before any MDX is compiled (see DESIGN.md principle 6).
 */
import type { Root } from "mdast";
import { allowedMdxAttributes, allowedMdxElements, allowedUrlSchemes } from "./body/allow-list.ts";
import { checkElement } from "./body/elements.ts";
import type { MdNode, MdxFinding, MdxLocalFile } from "./body/gate-types.ts";
import { parseBody } from "./body/parse.ts";
import { explainParseError } from "./body/parse-errors.ts";
import { isLocalFile, isRemote, unsafeUrlReason } from "./body/urls.ts";

export { allowedMdxAttributes, allowedMdxElements, allowedUrlSchemes, unsafeUrlReason };
export type { MdxFinding, MdxLocalFile };

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
        checkElement(node, { findings, lineOf, refuseUrl });
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
