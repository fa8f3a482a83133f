/**
 * The gate's check of one written tag (`<strong>`, `<a href>`, a component): refused
 * tags with their reason, expressions and event handlers in attributes, unsafe
 * addresses, and attributes the allow-list does not name.
 */
import { allowedMdxAttributes, allowedMdxElements } from "./allow-list.ts";
import type { GateScope, MdNode } from "./gate-types.ts";
import { urlAttributes } from "./urls.ts";

/** Tags that are refused with their own explanation. */
const namedDangers: Readonly<Record<string, string>> = {
  script: "it runs code in the reader's browser",
  iframe: "it loads another web site inside the page, and nothing may leave this site",
  object: "it embeds outside content or a plugin into the page",
  embed: "it embeds outside content or a plugin into the page",
  style: "it changes the look of the page; the site's design takes care of that",
};

const allowedTagList = (): string => allowedMdxElements.map((n) => `<${n}>`).join(", ");

/** Adds a finding for everything in the tag `node` that is not allowed. */
export function checkElement(node: MdNode, scope: GateScope): void {
  const { findings, lineOf, refuseUrl } = scope;
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
}
