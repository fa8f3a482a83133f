/**
 * Body HTML from the tree the safety gate checked: mdast → hast → allow-list
 * sanitizer → HTML. Raw HTML is never passed through; MDX code nodes are dropped; the
 * sanitizer has the last word, so even a tree that skipped the gate renders harmless.
 */
import { sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import type { Element, ElementContent, Properties, Root as HastRoot } from "hast";
import type { Root } from "mdast";
import { toHast, type Handler, type State } from "mdast-util-to-hast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { find, html as htmlSchema } from "property-information";
import { bodySanitizeSchema } from "./allow-list.ts";
import { textDirection } from "../../i18n/locales.ts";

/** A written tag becomes the element it names, with every plain-text attribute. */
const jsxElement: Handler = (state: State, node: MdxJsxFlowElement | MdxJsxTextElement) => {
  const children = state.all(node) as ElementContent[];
  if (!node.name) return children;
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute") continue;
    const value = attribute.value;
    if (value !== null && typeof value !== "string") continue;
    properties[find(htmlSchema, attribute.name).property] = value ?? true;
  }
  const element: Element = { type: "element", tagName: node.name, properties, children };
  state.patch(node, element);
  return element;
};

/** Code in MDX (`import`, `{expression}`) never becomes output. */
const nothing: Handler = () => undefined;

function isExternal(href: unknown): boolean {
  return typeof href === "string" && /^(https?:)?\/\//i.test(href.trim());
}

/** Links to other sites open without telling them where the reader came from. */
function markExternalLinks(node: { type: string; children?: unknown[] }): void {
  if (node.type === "element") {
    const element = node as Element;
    if (element.tagName === "a" && isExternal(element.properties["href"])) {
      element.properties["rel"] = ["noopener", "noreferrer"];
    }
  }
  for (const child of node.children ?? []) markExternalLinks(child as { type: string });
}

/**
 * A run the volunteer marked with another language (`<span lang="nl">`) gets that
 * language's direction unless it has one, so it is its own bidi run: Dutch inside an
 * Arabic body keeps its full stop at its own end. A tag Intl cannot read reads `auto`.
 */
function isolateLanguages(node: { type: string; children?: unknown[] }): void {
  if (node.type === "element") {
    const { properties } = node as Element;
    const lang = properties["lang"];
    if (typeof lang === "string" && lang.trim() !== "" && properties["dir"] === undefined) {
      try {
        properties["dir"] = textDirection(lang.trim());
      } catch {
        properties["dir"] = "auto";
      }
    }
  }
  for (const child of node.children ?? []) isolateLanguages(child as { type: string });
}

/** Safe HTML for a parsed body. */
export function renderBodyHtml(tree: Root): string {
  const hast = toHast(tree, {
    allowDangerousHtml: false,
    handlers: {
      mdxJsxFlowElement: jsxElement,
      mdxJsxTextElement: jsxElement,
      mdxjsEsm: nothing,
      mdxFlowExpression: nothing,
      mdxTextExpression: nothing,
    },
  }) as HastRoot;
  markExternalLinks(hast);
  const safe = sanitize(hast, bodySanitizeSchema) as HastRoot;
  isolateLanguages(safe);
  return toHtml(safe);
}
