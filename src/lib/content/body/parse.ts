/**
 * The one reading of an entry's body. The safety gate checks this tree and the page
 * HTML is rendered from this same tree, so nothing the gate did not see can reach a
 * reader. micromark and acorn only build a syntax tree: nothing is compiled or run.
 */
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Root } from "mdast";

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();

/** Parses a body (Markdown with GFM, MDX syntax); throws a located message on bad MDX. */
export function parseBody(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}
