/**
 * One pass over the indexed part of a built page: where it ends and the text the
 * search reads in it. The build runs this on every entry
 * page in every locale, so it walks the tags with one regular expression instead of
 * building a document tree; it reads what Astro writes (well-formed, quoted
 * attributes), not arbitrary HTML.
 */
import { decodeHTML } from "entities";

/** Elements that have no closing tag. */
const voidElements = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Elements whose content is text, never tags (skipped whole when left out). */
const rawTextElements = new Set(["script", "style", "textarea", "title"]);

/** Elements the search never reads: code and templates. */
const unreadElements = new Set(["script", "style", "template", "noscript"]);

/** A comment, or a start or end tag: its slash, name and attributes. */
const tagPattern = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** True for a start tag of a part screen readers skip (`aria-hidden`), which the search skips too. */
const isDecorative = (attributes: string) => /\saria-hidden="true"/.test(attributes);

/** True for a start tag the search leaves out (ignored or decorative parts, code). */
function leftOut(name: string, attributes: string): boolean {
  return (
    unreadElements.has(name) ||
    /\sdata-pagefind-ignore(?=[\s=/]|$)/.test(attributes) ||
    isDecorative(attributes)
  );
}

export interface ScannedPart {
  /** Where the element's end tag starts in the page. */
  closeStart: number;
  /** Where the element ends in the page (after its end tag). */
  end: number;
  /** Its text, without the parts left out, entities decoded; every tag stands as a space so words never run together. */
  text: string;
  /**
   * Where the decorative parts (`aria-hidden="true"`: icons, the day strip's cells) start
   * and end, in page order, when they hold no filter or metadata for the index: the
   * index reads nothing in them, so it need not be given them (an entry page's icons
   * are a third of its indexed part).
   */
  unread: [start: number, end: number][];
}

/**
 * Scans the element whose start tag begins at `start` in `html`. Left out, with all
 * they hold: elements marked `data-pagefind-ignore` or `aria-hidden="true"`, and
 * `script`, `style`, `template` and `noscript`. Comments are left out too. Returns
 * undefined when the element is never closed.
 */
export function scanElement(html: string, start: number): ScannedPart | undefined {
  const text: string[] = [];
  const unread: [number, number][] = [];
  tagPattern.lastIndex = start;
  let depth = 0;
  /** Where the text being read began (after the last tag or left-out element). */
  let copiedFrom = start;
  let match: RegExpExecArray | null;
  while ((match = tagPattern.exec(html))) {
    const [tag, slash, rawName, attributes = ""] = match;
    const at = match.index;
    const between = html.slice(copiedFrom, at);
    if (rawName === undefined) {
      // A comment: dropped, the text around it joined.
      text.push(between);
      copiedFrom = at + tag.length;
      continue;
    }
    const name = rawName.toLowerCase();
    const selfClosing = voidElements.has(name) || attributes.trimEnd().endsWith("/");
    if (!slash && depth > 0 && leftOut(name, attributes)) {
      text.push(between);
      const end = selfClosing ? at + tag.length : elementEnd(html, at + tag.length, name);
      if (end === undefined) return undefined;
      if (isDecorative(attributes) && !html.slice(at, end).includes("data-pagefind-")) {
        unread.push([at, end]);
      }
      copiedFrom = end;
      tagPattern.lastIndex = end;
      continue;
    }
    text.push(between, " ");
    copiedFrom = at + tag.length;
    if (slash) depth -= 1;
    else if (!selfClosing) {
      depth += 1;
      if (rawTextElements.has(name)) {
        // Its content is text up to its end tag (a title inside the part, say).
        const close = html.indexOf(`</${name}`, copiedFrom);
        if (close < 0) return undefined;
        tagPattern.lastIndex = close;
      }
    }
    if (depth === 0) {
      return { closeStart: at, end: at + tag.length, text: decodeHTML(text.join("")), unread };
    }
  }
  return undefined;
}

/**
 * Where the element opened just before `from` ends (after its end tag), counting
 * nested elements of the same name.
 */
function elementEnd(html: string, from: number, name: string): number | undefined {
  if (rawTextElements.has(name)) {
    const close = html.indexOf(`</${name}`, from);
    const end = close < 0 ? -1 : html.indexOf(">", close);
    return end < 0 ? undefined : end + 1;
  }
  const pattern = /<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->/g;
  pattern.lastIndex = from;
  let depth = 1;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(html))) {
    const [tag, slash, rawName, attributes = ""] = match;
    if (rawName === undefined) continue;
    const inner = rawName.toLowerCase();
    if (!slash && inner !== name && rawTextElements.has(inner)) {
      // A script inside: its text may hold anything that looks like a tag.
      const close = html.indexOf(`</${inner}`, pattern.lastIndex);
      if (close < 0) return undefined;
      pattern.lastIndex = close;
      continue;
    }
    if (inner !== name) continue;
    if (slash) depth -= 1;
    else if (!voidElements.has(name) && !attributes.trimEnd().endsWith("/")) depth += 1;
    if (depth === 0) return match.index + tag.length;
  }
  return undefined;
}
