/**
 * Checks of what a text says, not of its form: stigmatising words (`../stigma.ts`),
 * in titles, summaries, the site name and every line of a body, and the readability
 * of a summary in its own language (`../readability.ts`).
 */
import path from "node:path";
import { checkSummaryReadability } from "../readability.ts";
import { findStigmaWords, stigmaProblem } from "../stigma.ts";
import { visibleText } from "../text-hygiene.ts";
import type { EntryContext } from "./context.ts";
import type { Report } from "./report.ts";

/** The stigma lint of one text field. */
export function checkStigma(
  report: Report,
  file: string,
  text: unknown,
  field: string,
  line: number | undefined,
  locale: string,
  extraWords: Record<string, string[]>,
): void {
  if (typeof text !== "string") return;
  // "text" is the body; every other field is a front-matter field such as `name.nl`.
  const path = field === "text" ? {} : { path: field.split(".") };
  for (const match of findStigmaWords(visibleText(text), { locale, extraWords })) {
    report.error(file, {
      ...(line !== undefined ? { line } : {}),
      field,
      ...path,
      ...stigmaProblem(match),
    });
  }
}

/** The stigma lint over a body's visible text, each word reported on its own line. */
export function checkBodyStigma(
  context: EntryContext,
  rel: string,
  body: string,
  firstLine: number,
): void {
  const locale = localeOfFile(rel, context.facts.defaultLocale);
  body.split("\n").forEach((line, index) => {
    checkStigma(
      context.report,
      rel,
      line,
      "text",
      firstLine + index,
      locale,
      context.facts.stigmaWords,
    );
  });
}

/** The language of a content file: `<locale>.mdx`, or the site's default for index.mdx. */
export function localeOfFile(rel: string, defaultLocale: string): string {
  const name = path.posix.basename(rel, ".mdx");
  return name === "index" ? defaultLocale : name;
}

/** Readability of a summary in its own language (limits: readability-thresholds.ts). */
export function checkReadability(
  report: Report,
  file: string,
  summary: unknown,
  line: number | undefined,
  locale: string,
): void {
  if (typeof summary !== "string") return;
  for (const issue of checkSummaryReadability(summary, locale)) {
    report.add({
      file,
      ...(line !== undefined ? { line } : {}),
      field: "summary",
      path: ["summary"],
      ...issue,
    });
  }
}
