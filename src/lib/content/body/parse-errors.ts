/** What the MDX parser's messages mean, in words a volunteer can act on. */

/** A plain explanation for a parser message. */
export function explainParseError(
  reason: string,
  source: string,
): { message: string; example?: string } {
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
