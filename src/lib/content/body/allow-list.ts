/**
 * What a volunteer's text may contain, written down once: the MDX safety gate refuses
 * anything else with a message, and the sanitizer removes anything else from the HTML.
 */
import type { Schema } from "hast-util-sanitize";

/** HTML tags a body may write itself: harmless inline and list markup. No components. */
export const allowedMdxElements: readonly string[] = [
  "p",
  "br",
  "strong",
  "em",
  "b",
  "i",
  "ul",
  "ol",
  "li",
  "a",
  "abbr",
  "small",
  "mark",
  "span",
];

/** Attributes allowed on every written tag, and per tag. */
export const allowedMdxAttributes: Readonly<Record<string, readonly string[]>> = {
  "*": ["title", "lang", "dir"],
  a: ["href"],
};

/** URL schemes a link may use; anything else with a scheme is refused. */
export const allowedUrlSchemes: readonly string[] = ["http", "https", "mailto", "tel"];

/** Elements that Markdown (with GFM tables, lists and strikethrough) produces. */
const markdownElements = [
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "hr",
  "pre",
  "code",
  "del",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "img",
];

/**
 * The sanitizer's allow-list: every element and attribute that may reach a reader.
 * Unknown elements are unwrapped (their text stays); `script` and `style` are dropped
 * with their content; `href` keeps only http(s), mailto and tel; images only from
 * this site (a relative `src`).
 */
export const bodySanitizeSchema: Schema = {
  strip: [
    "script",
    "style",
    "template",
    "noscript",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "object",
    "embed",
  ],
  tagNames: [...new Set([...allowedMdxElements, ...markdownElements])],
  attributes: {
    "*": ["title", "lang", ["dir", "ltr", "rtl", "auto"]],
    a: ["href", ["rel", "noopener", "noreferrer"]],
    // Only an address on this site: no scheme (`https:`, `data:`) and no `//host`.
    img: [["src", /^(?![a-z][a-z0-9+.-]*:|\/\/)/i], "alt"],
    ol: ["start"],
    th: [["align", "left", "center", "right"]],
    td: [["align", "left", "center", "right"]],
  },
  protocols: { href: [...allowedUrlSchemes] },
  required: {},
  clobber: [],
  clobberPrefix: "",
  allowComments: false,
  allowDoctypes: false,
};
