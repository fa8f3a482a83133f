/**
 * What must never reach a reader from a content file, looked for in real HTML with an
 * independent parser (node-html-parser): active or foreign elements, event handlers,
 * and script or data URLs.
 */
import { parse } from "node-html-parser";

const forbiddenElements = [
  "script",
  "style",
  "iframe",
  "object",
  "embed",
  "link",
  "base",
  "form",
  "frame",
  "frameset",
  "svg",
  "math",
];

/** Every forbidden thing in `html`, as readable strings; empty when the HTML is harmless. */
export function dangerousMarkup(
  html: string,
  options: { allowElements?: string[] } = {},
): string[] {
  const found: string[] = [];
  const root = parse(html, { comment: false });
  for (const element of root.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    if (forbiddenElements.includes(tag) && !options.allowElements?.includes(tag))
      found.push(`<${tag}>`);
    if (tag === "meta" && element.getAttribute("http-equiv") !== undefined)
      found.push("<meta http-equiv>");
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
      if (/^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, "")))
        found.push(`${tag}[${name}=${value.slice(0, 30)}]`);
    }
  }
  return found;
}
