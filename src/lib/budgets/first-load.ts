/**
 * What a browser downloads before a page is usable: the HTML, its stylesheets, its
 * scripts and what they import statically (dynamic `import()` loads on demand and
 * does not count), all gzip-compressed as a static host would serve them.
 */
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";

/** Reads a site file by its URL path ("/_astro/x.js"); undefined when missing. */
export type ReadAsset = (urlPath: string) => string | Uint8Array | undefined;

export interface FirstLoad {
  html: number;
  css: number;
  /** Scripts that run before interaction: inline plus external with static imports. */
  script: number;
  total: number;
  /** URL paths of the assets counted, for messages. */
  assets: string[];
}

export function gzipBytes(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

function resolvePath(from: string, specifier: string): string {
  return new URL(specifier, `http://site${from}`).pathname;
}

/** Static imports of a JS module (`import … from "x"`, `import "x"`, `export … from "x"`). */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) if (match[1]) found.push(match[1]);
  return found;
}

function scriptWithImports(
  entry: string,
  read: ReadAsset,
  seen: Set<string>,
  assets: string[],
): number {
  if (seen.has(entry)) return 0;
  seen.add(entry);
  const content = read(entry);
  if (content === undefined) return 0;
  if (!assets.includes(entry)) assets.push(entry);
  const code = typeof content === "string" ? content : new TextDecoder().decode(content);
  let bytes = gzipBytes(content);
  for (const specifier of staticImports(code)) {
    if (specifier.startsWith(".") || specifier.startsWith("/")) {
      bytes += scriptWithImports(resolvePath(entry, specifier), read, seen, assets);
    }
  }
  return bytes;
}

/** The first-load weight of the page at `pagePath` whose HTML is `html`. */
export function firstLoad(html: string, pagePath: string, read: ReadAsset): FirstLoad {
  const doc = parse(html);
  const assets: string[] = [];
  let css = 0;
  for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) {
    const href = link.getAttribute("href");
    if (!href) continue;
    const path = resolvePath(pagePath, href);
    const content = read(path);
    if (content !== undefined) {
      css += gzipBytes(content);
      assets.push(path);
    }
  }
  let script = 0;
  let inline = 0;
  const seen = new Set<string>();
  for (const tag of doc.querySelectorAll("script")) {
    const type = tag.getAttribute("type") ?? "";
    if (type && type !== "module" && type !== "text/javascript") continue; // data blocks
    const src = tag.getAttribute("src");
    if (src) {
      script += scriptWithImports(resolvePath(pagePath, src), read, seen, assets);
    } else {
      inline += gzipBytes(tag.text);
      for (const specifier of staticImports(tag.text)) {
        script += scriptWithImports(resolvePath(pagePath, specifier), read, seen, assets);
      }
    }
  }
  const htmlBytes = gzipBytes(html);
  // Inline scripts already travel inside the HTML; they count once in the total.
  return { html: htmlBytes, css, script: script + inline, total: htmlBytes + css + script, assets };
}
