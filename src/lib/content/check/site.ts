/**
 * `site.yaml`: checked with the site schema, and salvaged as far as it is usable
 * (`SiteFacts`: the languages and extra stigma words) so the entries can be checked
 * even when the site file has problems.
 */
import path from "node:path";
import { isKnownLocale, knownLocaleCodes } from "../../i18n/locales.ts";
import { msg, worded } from "../../messages/index.ts";
import { readYaml } from "../frontmatter.ts";
import type { SiteConfig } from "../model.ts";
import { siteSchema } from "../schema/index.ts";
import { cleanFrontMatter } from "../text-hygiene.ts";
import type { SiteFacts } from "./context.ts";
import { isFile, readText } from "./files.ts";
import { checkStigma } from "./lints.ts";
import { fieldName, siteFile, type Report } from "./report.ts";

/** What the site file says, as far as it is usable, for checking the rest. */
export function salvageSite(data: unknown): SiteFacts {
  const d = data && typeof data === "object" ? (data as Record<string, unknown>) : {};
  const locales = Array.isArray(d["locales"])
    ? (d["locales"] as unknown[]).filter(
        (l): l is string => typeof l === "string" && isKnownLocale(l),
      )
    : [];
  const defaultLocale =
    typeof d["defaultLocale"] === "string" && isKnownLocale(d["defaultLocale"])
      ? d["defaultLocale"]
      : (locales[0] ?? "nl");
  const stigmaWords: Record<string, string[]> = {};
  const rawWords = d["stigmaWords"];
  if (rawWords && typeof rawWords === "object" && !Array.isArray(rawWords)) {
    for (const [key, value] of Object.entries(rawWords)) {
      if (Array.isArray(value))
        stigmaWords[key] = value.filter((v): v is string => typeof v === "string");
    }
  }
  return {
    locales: locales.length ? [...new Set([defaultLocale, ...locales])] : [...knownLocaleCodes],
    defaultLocale,
    stigmaWords,
  };
}

export function readSite(root: string, report: Report): { site?: SiteConfig; facts: SiteFacts } {
  const file = path.join(root, siteFile);
  if (!isFile(file)) {
    report.error(siteFile, {
      field: siteFile,
      ...worded({ message: msg("site.missing"), example: "content/site.yaml" }),
    });
    return { facts: salvageSite(undefined) };
  }
  const source = readText(report, root, siteFile);
  if (source === undefined) return { facts: salvageSite(undefined) };
  const read = readYaml(source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), 1, 1);
  for (const issue of read.issues) report.error(siteFile, issue);
  for (const problem of cleanFrontMatter(read.data)) {
    const { path: at, ...rest } = problem;
    report.error(siteFile, { line: read.lineOf(at), field: fieldName(at), path: at, ...rest });
  }
  const data = read.issues.length ? undefined : (read.data ?? {});
  const facts = salvageSite(data);
  if (data === undefined) return { facts };
  const schema = siteSchema();
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) report.zod(siteFile, result.error.issues, schema, read, false, siteFile);
  const name = (data as Record<string, unknown>)["name"];
  if (name && typeof name === "object") {
    for (const [locale, value] of Object.entries(name)) {
      checkStigma(
        report,
        siteFile,
        value,
        `name.${locale}`,
        read.lineOf(["name", locale]),
        locale,
        facts.stigmaWords,
      );
    }
  }
  if (!result.success) return { facts };
  const site = result.data;
  return {
    site,
    facts: {
      locales: site.locales,
      defaultLocale: site.defaultLocale,
      stigmaWords: site.stigmaWords,
    },
  };
}
