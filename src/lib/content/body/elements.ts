/**
 * The gate's check of one written tag (`<strong>`, `<a href>`, a component): refused
 * tags with their reason, expressions and event handlers in attributes, unsafe
 * addresses, and attributes the allow-list does not name.
 */
import { msg, type ToolKey } from "../../messages/index.ts";
import { allowedMdxAttributes, allowedMdxElements } from "./allow-list.ts";
import { finding, type GateScope, type MdNode } from "./gate-types.ts";
import { urlAttributes } from "./urls.ts";

/** Tags that are refused with their own explanation. */
const namedDangers: Readonly<Record<string, ToolKey>> = {
  script: "mdx.danger.script",
  iframe: "mdx.danger.iframe",
  object: "mdx.danger.embed",
  embed: "mdx.danger.embed",
  style: "mdx.danger.style",
};

const allowedTagList = (): string => allowedMdxElements.map((n) => `<${n}>`).join(", ");

/** Adds a finding for everything in the tag `node` that is not allowed. */
export function checkElement(node: MdNode, scope: GateScope): void {
  const { findings, lineOf, refuseUrl } = scope;
  const name = node.name ?? null;
  const line = lineOf(node);
  const tag = name === null ? "<>" : `<${name}>`;
  const allowed = name !== null && allowedMdxElements.includes(name);
  const lowerName = name?.toLowerCase();
  const danger =
    lowerName !== undefined && Object.hasOwn(namedDangers, lowerName)
      ? namedDangers[lowerName]
      : undefined;
  if (name === null) {
    findings.push(finding(line, "<>", { message: msg("mdx.emptyTag") }));
  } else if (danger) {
    findings.push(
      finding(line, `<${name.toLowerCase()}>`, {
        message: msg("mdx.dangerTag", { tag, why: msg(danger) }),
        expected: msg("mdx.tags.expected", { tags: allowedTagList() }),
      }),
    );
  } else if (!allowed) {
    const isComponent = /^[A-Z]/.test(name) || name.includes(".");
    findings.push(
      finding(line, tag, {
        message: msg(isComponent ? "mdx.component" : "mdx.tagNotAllowed", { tag }),
        expected: msg("mdx.markdownOrTags.expected", { tags: allowedTagList() }),
        example: msg("mdx.markdown.example"),
      }),
    );
  }
  const permitted = [
    ...(allowedMdxAttributes["*"] ?? []),
    ...(name ? (allowedMdxAttributes[name] ?? []) : []),
  ];
  for (const attribute of node.attributes ?? []) {
    const attrLine = lineOf(attribute, node.position?.start.line);
    if (attribute.type === "mdxJsxExpressionAttribute") {
      findings.push(
        finding(attrLine, "{expression}", { message: msg("mdx.attrExpression", { tag }) }),
      );
      continue;
    }
    const attrName = attribute.name ?? "";
    const lower = attrName.toLowerCase();
    const value = attribute.value;
    if (value !== null && typeof value === "object") {
      findings.push(
        finding(attrLine, "{expression}", {
          message: msg("mdx.attrValueExpression", { attr: attrName, tag }),
          example: `${attrName}="…"`,
        }),
      );
    }
    if (lower.startsWith("on")) {
      findings.push(
        finding(attrLine, attrName, { message: msg("mdx.eventHandler", { attr: attrName, tag }) }),
      );
      continue;
    }
    if (lower === "style") {
      findings.push(finding(attrLine, "style", { message: msg("mdx.styleAttr", { tag }) }));
      continue;
    }
    if (
      urlAttributes.has(lower) &&
      typeof value === "string" &&
      refuseUrl(value, attribute, attrName)
    )
      continue;
    if (allowed && !permitted.includes(attrName)) {
      findings.push(
        finding(attrLine, attrName, {
          message: msg("mdx.attrNotAllowed", { attr: attrName, tag }),
          expected: permitted.join(", "),
        }),
      );
    }
  }
}
