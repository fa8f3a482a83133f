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
import { msg } from "../messages/index.ts";
import { checkElement } from "./body/elements.ts";
import { finding, type MdNode, type MdxFinding, type MdxLocalFile } from "./body/gate-types.ts";
import { parseBody } from "./body/parse.ts";
import { explainParseError } from "./body/parse-errors.ts";
import { isLocalFile, isRemote, unsafeUrlMsg, unsafeUrlReason } from "./body/urls.ts";

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
    findings.push(finding(firstLine + (e.line ?? 1) - 1, "MDX", explained.said));
    return { findings, localFiles };
  }

  const refuseUrl = (url: string, node: MdNode, construct: string) => {
    const reason = unsafeUrlMsg(url);
    if (reason) {
      findings.push(
        finding(lineOf(node), construct, {
          message: msg("mdx.url", {
            reason,
            url: url.length > 60 ? `${url.slice(0, 57)}…` : url,
          }),
          expected: msg("mdx.url.expected"),
          example: "[De Brug](https://example.org)",
        }),
      );
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
            findings.push(
              finding(firstLine + start + index - 1, keyword, {
                message: msg(keyword === "import" ? "mdx.import" : "mdx.export"),
              }),
            );
          }
        });
        if (!found) {
          findings.push(finding(lineOf(node), "import", { message: msg("mdx.code") }));
        }
        return;
      }
      case "mdxFlowExpression":
      case "mdxTextExpression": {
        const value = typeof node.value === "string" ? node.value : "";
        const isComment = /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);
        findings.push(
          finding(lineOf(node), "{expression}", {
            message: msg(isComment ? "mdx.comment" : "mdx.expression"),
            example: "&#123;",
          }),
        );
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
            findings.push(
              finding(lineOf(node), "image", {
                message: msg("mdx.remoteImage"),
                example: msg("image.example"),
              }),
            );
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
