/**
 * One MDX file of an entry: its front matter (YAML problems, cleaned texts), its body
 * (hygiene, size, stigma, the MDX safety gate, images next to it) and the body HTML
 * rendered from the one tree the gate checked. A translation file is checked with
 * the translation schema here too.
 */
import path from "node:path";
import { msg, worded } from "../../messages/index.ts";
import { renderBodyHtml } from "../body/render.ts";
import { parseFrontMatterFile } from "../frontmatter.ts";
import type { ParsedFile } from "../frontmatter.ts";
import { checkMdxSafety } from "../mdx-safety.ts";
import { entryTextOf, type EntryText } from "../model.ts";
import { cleanFrontMatter, cleanText, maxBodyBytes, unsafeTextReason } from "../text-hygiene.ts";
import type { EntryContext } from "./context.ts";
import { isFile, readText, type EntryFolder } from "./files.ts";
import { checkBodyStigma, checkReadability, checkStigma } from "./lints.ts";
import { fieldName } from "./report.ts";

export interface ReadMdx {
  parsed: ParsedFile;
  localFiles: string[];
  body: string;
  /** The body as safe HTML, rendered from the tree the gate checked ("" when refused). */
  html: string;
}

/**
 * Reads one MDX file: front matter problems, cleaned texts, safety gate, and the body
 * rendered from the one tree the gate checked. `undefined` when the file is unusable.
 */
export function readMdx(context: EntryContext, rel: string): ReadMdx | undefined {
  const source = readText(context.report, context.root, rel);
  if (source === undefined) return undefined;
  const parsed = parseFrontMatterFile(source);
  for (const issue of parsed.issues) context.report.error(rel, issue);
  for (const problem of cleanFrontMatter(parsed.data)) {
    const { path: at, ...rest } = problem;
    context.report.error(rel, { line: parsed.lineOf(at), field: fieldName(at), path: at, ...rest });
  }
  const unsafeBody = unsafeTextReason(parsed.body);
  if (unsafeBody) {
    context.report.error(rel, {
      line: parsed.bodyStartLine + unsafeBody.lineOffset,
      field: "text",
      ...worded({ message: msg("text.unsafe", { reason: unsafeBody.said }) }),
    });
  }
  const bodyBytes = Buffer.byteLength(parsed.body, "utf8");
  if (bodyBytes > maxBodyBytes) {
    context.report.error(rel, {
      line: parsed.bodyStartLine,
      field: "text",
      ...worded({
        message: msg("text.tooLarge", {
          kb: Math.ceil(bodyBytes / 1000),
          max: maxBodyBytes / 1000,
        }),
        expected: msg("text.tooLarge.expected"),
      }),
    });
  }
  const cleanBody = cleanText(parsed.body);
  checkBodyStigma(context, rel, cleanBody, parsed.bodyStartLine);
  const safety = checkMdxSafety(cleanBody, {
    firstLine: parsed.bodyStartLine,
  });
  for (const finding of safety.findings) {
    const { construct, ...rest } = finding;
    context.report.error(rel, { ...rest, field: construct });
  }
  const folder = path.posix.dirname(rel);
  const localFiles: string[] = [];
  for (const file of safety.localFiles) {
    const target = path.posix.normalize(
      path.posix.join(folder, decodeURI(file.url.split(/[?#]/)[0] ?? "")),
    );
    if (!target.startsWith(`${folder}/`) || !isFile(path.join(context.root, target))) {
      context.report.error(rel, {
        line: file.line,
        field: "image",
        ...worded({
          message: msg("image.notInFolder", { url: file.url }),
          expected: msg("image.expected"),
          example: msg("image.example"),
        }),
      });
    } else {
      localFiles.push(target.slice(folder.length + 1));
    }
  }
  const html =
    safety.tree && safety.findings.length === 0 && !unsafeBody ? renderBodyHtml(safety.tree) : "";
  return { parsed, localFiles, body: cleanBody.trim(), html };
}

export function readTranslation(
  context: EntryContext,
  folder: EntryFolder,
  file: string,
  locale: string,
): EntryText | undefined {
  const rel = `${folder.rel}/${file}`;
  const read = readMdx(context, rel);
  if (!read) return undefined;
  const { parsed, body, html } = read;
  const data = parsed.data as Record<string, unknown> | undefined;
  if (data) {
    for (const field of ["title", "summary"] as const) {
      checkStigma(
        context.report,
        rel,
        data[field],
        field,
        parsed.lineOf([field]),
        locale,
        context.facts.stigmaWords,
      );
    }
    checkReadability(context.report, rel, data["summary"], parsed.lineOf(["summary"]), locale);
  }
  if (data === undefined) return undefined;
  const schema = context.schemas.translation;
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    context.report.zod(rel, result.error.issues, schema, parsed, true);
    return undefined;
  }
  return entryTextOf(result.data, { locale, body, html, file: rel });
}
