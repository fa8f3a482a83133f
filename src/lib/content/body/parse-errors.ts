/** What the MDX parser's messages mean, in words a volunteer can act on. */
import { msg, worded, type Said } from "../../messages/index.ts";

/** A plain explanation for a parser message: English words, and `said` for any language. */
export function explainParseError(
  reason: string,
  source: string,
): { message: string; example?: string; said: Said } {
  const { message, example, said } = worded(explainedParseError(reason, source));
  return example === undefined ? { message, said } : { message, example, said };
}

function explainedParseError(reason: string, source: string): Said {
  if (
    source.includes("mdxjs-esm") ||
    (/\b(import|export)\b/.test(reason) && source.includes("esm"))
  ) {
    return { message: msg("mdx.parse.esm") };
  }
  if (source.includes("mdx-expression") || /acorn|expression|brace/i.test(reason)) {
    return { message: msg("mdx.parse.expression"), example: "&#123;" };
  }
  if (/closing tag|end-tag|Unexpected closing/i.test(reason)) {
    return { message: msg("mdx.parse.closingTag"), example: "<strong>Gratis</strong>, <br />" };
  }
  if (reason.includes("`!`")) {
    return { message: msg("mdx.parse.htmlComment") };
  }
  if (source.includes("mdx-jsx") || reason.includes("<")) {
    return { message: msg("mdx.parse.lessThan"), example: "3 &lt; 5" };
  }
  return { message: msg("mdx.parse.other", { detail: reason.split("\n")[0] ?? reason }) };
}
