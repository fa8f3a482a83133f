/** The shapes the MDX safety gate (`../mdx-safety.ts`) and its parts share. */
import { worded, type Said } from "../../messages/index.ts";

/** One refused construct. */
export interface MdxFinding {
  /** 1-based line in the file. */
  line: number;
  /** The construct: `import`, `export`, `{expression}`, `<script>`, `onClick`, `href`, `MDX`. */
  construct: string;
  /** English words; `said` says them in any language. */
  message: string;
  expected?: string;
  example?: string;
  said?: Said;
}

/** A local file the body points at (an image next to the entry). */
export interface MdxLocalFile {
  url: string;
  line: number;
}

/** The parts of mdast / mdast-util-mdx nodes the gate reads. */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: MdNode[];
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

/** A finding at `line` about `construct`, in English words and as messages. */
export function finding(line: number, construct: string, said: Said): MdxFinding {
  return { line, construct, ...worded(said) };
}

/** What a part of the gate needs: where findings go, the file line of a node, the URL check. */
export interface GateScope {
  findings: MdxFinding[];
  /** The file line of `node` (or of the body line `fallback` when it has no position). */
  lineOf(node: MdNode | undefined, fallback?: number): number;
  /** Reports `url` when it may not be used; true when it was refused. */
  refuseUrl(url: string, node: MdNode, construct: string): boolean;
}
