/**
 * Reads a content folder and checks everything in it: site.yaml, every place and
 * initiative folder, every translation, every MDX body. Returns ALL problems (it
 * never stops at the first), each with its file and line, in a fixed order, and the
 * Guide only when there is no error. Reads files only; changes nothing.
 */
import fs from "node:fs";
import path from "node:path";
import type { z } from "astro/zod";
import { remotePlaces } from "../facts.ts";
import { isKnownLocale, knownLocaleCodes } from "../i18n/locales.ts";
import { buildNow } from "../guide/build-now.ts";
import { defaultTimeZone, today as todayAt } from "../schedule/zone.ts";
import { describeIssue, fieldNamesAt, hintAt } from "./error-map.ts";
import type { IssueLike } from "./error-map.ts";
import { parseFrontMatterFile, readYaml } from "./frontmatter.ts";
import type { FileIssue, ParsedFile } from "./frontmatter.ts";
import { checkMdxSafety } from "./mdx-safety.ts";
import { renderBodyHtml } from "./body/render.ts";
import {
  cleanFrontMatter,
  cleanText,
  invalidUtf8Line,
  maxBodyBytes,
  maxFileBytes,
  unsafeTextReason,
  visibleText,
} from "./text-hygiene.ts";
import {
  initiativeSchema,
  isAudioPath,
  placeSchema,
  siteSchema,
  slugPattern,
  translatableFields,
  translationSchema,
} from "./schema.ts";
import type { InitiativeFrontMatter, PlaceFrontMatter, SchemaContext } from "./schema.ts";
import { formatProblems } from "./format.ts";
import { findStigmaWords, stigmaProblem } from "./stigma.ts";
import { checkSummaryReadability } from "./readability.ts";
import { didYouMean, listForMessage, slugify } from "./suggest.ts";
import type { EntryText, Guide, Initiative, Place, Problem, SiteConfig } from "./types.ts";

export interface CheckOptions {
  /** Today's date (`YYYY-MM-DD`); default: the site's today at `buildNow()` (`BUURTGIDS_NOW`). */
  today?: string;
}

/** Counts of what was read, for the CLI's summary. */
export interface ContentStats {
  places: number;
  initiatives: number;
  /** Translation files (`<locale>.mdx`) read. */
  translations: number;
}

export interface CheckResult {
  /** The guide, only when there is no error (warnings are fine). */
  guide?: Guide;
  problems: Problem[];
  stats: ContentStats;
}

/** Files a folder may hold without being used (editors and operating systems make them). */
const ignoredFiles = new Set([".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep"]);

const siteFile = "site.yaml";

type Collection = "places" | "initiatives";

interface EntryFolder {
  kind: "place" | "initiative";
  slug: string;
  /** Folder relative to the content root, with forward slashes. */
  rel: string;
  /** Files inside, relative to the folder, with forward slashes. */
  files: string[];
}

interface SiteFacts {
  locales: string[];
  defaultLocale: string;
  stigmaWords: Record<string, string[]>;
}

function fieldName(pathParts: readonly PropertyKey[]): string {
  return pathParts.map((p) => String(p)).join(".");
}

function sortProblems(problems: Problem[]): Problem[] {
  const rank = (p: Problem) => (p.file === siteFile ? "0" : `1${p.file}`);
  return problems.sort((a, b) => {
    const fa = rank(a);
    const fb = rank(b);
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.line ?? 0;
    const lb = b.line ?? 0;
    if (la !== lb) return la - lb;
    if (a.field !== b.field) return a.field < b.field ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}

/** Collects problems of one check run. */
class Report {
  readonly problems: Problem[] = [];

  add(problem: Problem): void {
    const clean: Problem = {
      severity: problem.severity,
      file: problem.file,
      field: problem.field,
      message: problem.message,
    };
    if (problem.line !== undefined) clean.line = problem.line;
    if (problem.expected !== undefined) clean.expected = problem.expected;
    if (problem.example !== undefined) clean.example = problem.example;
    this.problems.push(clean);
  }

  error(file: string, issue: FileIssue): void {
    this.add({ severity: "error", file, ...issue });
  }

  warning(file: string, issue: FileIssue): void {
    this.add({ severity: "warning", file, ...issue });
  }

  /** Zod issues of `schema` as problems, with lines from `parsed`. */
  zod(
    file: string,
    issues: readonly z.core.$ZodIssue[],
    schema: z.ZodType,
    parsed: Pick<ParsedFile, "lineOf" | "keyLine">,
    translation = false,
    wholeField = "front matter",
  ): void {
    // A typo ("sumary") also makes the real field look missing: report the typo only.
    const typoFor = new Set<string>();
    for (const issue of issues) {
      if (issue.code !== "unrecognized_keys") continue;
      const candidates =
        translation && issue.path.length === 0
          ? translatableFields
          : fieldNamesAt(schema, issue.path);
      for (const key of issue.keys) {
        const near = didYouMean(key, candidates);
        if (near) typoFor.add(fieldName([...issue.path, near]));
      }
    }
    for (const issue of issues) {
      if (
        issue.input === undefined &&
        issue.code !== "unrecognized_keys" &&
        typoFor.has(fieldName(issue.path))
      )
        continue;
      if (issue.code === "unrecognized_keys") {
        const known = fieldNamesAt(schema, issue.path);
        for (const key of issue.keys) {
          const line = parsed.keyLine(issue.path, key) ?? parsed.lineOf(issue.path);
          const field = fieldName([...issue.path, key]);
          if (translation && issue.path.length === 0) {
            const near = didYouMean(key, translatableFields);
            this.error(file, {
              line,
              field,
              message: near
                ? `unknown field "${key}": did you mean "${near}"?`
                : `"${key}" cannot be in a translation: facts belong in index.mdx, so every language shows the same facts. Remove it here`,
              expected: `only ${translatableFields.join(", ")} in a translation file`,
            });
            continue;
          }
          const near = didYouMean(key, known);
          this.error(file, {
            line,
            field,
            message: near
              ? `unknown field "${key}": did you mean "${near}"?`
              : `unknown field "${key}"`,
            expected: `one of ${listForMessage(known, 30)}`,
            ...(near ? { example: near } : {}),
          });
        }
        continue;
      }
      const friendly = describeIssue(issue as IssueLike, hintAt(schema, issue.path));
      this.error(file, {
        line: parsed.lineOf(issue.path),
        field: fieldName(issue.path) || wholeField,
        ...friendly,
      });
    }
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Files under `dir`, relative, sorted; symbolic links are reported, not followed. */
function listFiles(dir: string, report: Report, relRoot: string): string[] {
  const out: string[] = [];
  const walk = (current: string, prefix: string) => {
    const entries = fs
      .readdirSync(current, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        report.error(`${relRoot}/${rel}`, {
          field: "file",
          message: "a link to another file is not allowed in content: put the real file here",
        });
      } else if (entry.isDirectory()) {
        walk(path.join(current, entry.name), rel);
      } else if (entry.isFile()) {
        out.push(rel);
      }
    }
  };
  walk(dir, "");
  return out;
}

function listCollection(root: string, collection: Collection, report: Report): EntryFolder[] {
  const dir = path.join(root, collection);
  if (!fs.existsSync(dir)) return [];
  const kind = collection === "places" ? "place" : "initiative";
  const folders: EntryFolder[] = [];
  const entries = fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const rel = `${collection}/${entry.name}`;
    if (entry.isSymbolicLink()) {
      report.error(rel, {
        field: "file",
        message: "a link to another folder is not allowed in content: put the real folder here",
      });
      continue;
    }
    if (entry.isFile()) {
      if (ignoredFiles.has(entry.name)) continue;
      if (/\.mdx?$/i.test(entry.name)) {
        const slug = slugify(entry.name.replace(/\.mdx?$/i, "")) || "my-" + kind;
        report.error(rel, {
          field: "file",
          message: `every ${kind} needs its own folder: move this file to ${collection}/${slug}/index.mdx`,
          example: `${collection}/${slug}/index.mdx`,
        });
      } else {
        report.warning(rel, {
          field: "file",
          message: `this file is not used: ${collection}/ holds only one folder per ${kind}`,
        });
      }
      continue;
    }
    if (!entry.isDirectory()) continue;
    if (!slugPattern.test(entry.name)) {
      report.error(`${rel}/`, {
        field: "folder name",
        message: `"${entry.name}" cannot be a folder name: it becomes the web address, so use only lowercase letters a-z, digits and single hyphens`,
        expected: "lowercase letters, digits and hyphens",
        example: slugify(entry.name) || "koffie-en-praten",
      });
    } else if (kind === "place" && (remotePlaces as readonly string[]).includes(entry.name)) {
      report.error(`${rel}/`, {
        field: "folder name",
        message: `"${entry.name}" is reserved (place: ${entry.name} means not at a place): choose another folder name`,
      });
    } else if (kind === "initiative" && entry.name === "all") {
      report.error(`${rel}/`, {
        field: "folder name",
        message: `"all" is reserved: /calendar/all.ics holds every initiative; choose another folder name`,
        example: "alles-samen",
      });
    }
    folders.push({
      kind,
      slug: entry.name,
      rel,
      files: listFiles(path.join(dir, entry.name), report, rel),
    });
  }
  return folders;
}

/**
 * The text of a content file, or `undefined` after reporting why it cannot be used:
 * unreadable (a dangling link, no permission), too large, or not UTF-8.
 */
function readText(report: Report, root: string, rel: string): string | undefined {
  let bytes: Buffer;
  try {
    const size = fs.statSync(path.join(root, rel)).size;
    if (size > maxFileBytes) {
      report.error(rel, {
        field: "file",
        message: `this file is ${Math.ceil(size / 1000)} KB; a content file holds at most ${maxFileBytes / 1000} KB`,
        expected: "the facts and a short text; keep the text under the front matter short",
      });
      return undefined;
    }
    bytes = fs.readFileSync(path.join(root, rel));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    report.error(rel, {
      field: "file",
      message:
        code === "ENOENT"
          ? "this file cannot be found (is it a link to a file that is not there?): put the real file here"
          : `this file cannot be read (${code ?? "unknown error"}): check that it is a normal file you may read`,
    });
    return undefined;
  }
  const badLine = invalidUtf8Line(bytes);
  if (badLine !== undefined) {
    report.error(rel, {
      line: badLine,
      field: "text",
      message:
        "this line has characters that are not UTF-8 text: save the file as UTF-8 (in most editors: Save as, Encoding UTF-8) and check the line",
    });
    return undefined;
  }
  return bytes.toString("utf8");
}

/** What the site file says, as far as it is usable, for checking the rest. */
function salvageSite(data: unknown): SiteFacts {
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

function checkStigma(
  report: Report,
  file: string,
  text: unknown,
  field: string,
  line: number | undefined,
  locale: string,
  extraWords: Record<string, string[]>,
): void {
  if (typeof text !== "string") return;
  for (const match of findStigmaWords(visibleText(text), { locale, extraWords })) {
    report.error(file, {
      ...(line !== undefined ? { line } : {}),
      field,
      ...stigmaProblem(match),
    });
  }
}

/** The stigma lint over a body's visible text, each word reported on its own line. */
function checkBodyStigma(
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
function localeOfFile(rel: string, defaultLocale: string): string {
  const name = path.posix.basename(rel, ".mdx");
  return name === "index" ? defaultLocale : name;
}

/** Readability of a summary in its own language (limits: readability-thresholds.ts). */
function checkReadability(
  report: Report,
  file: string,
  summary: unknown,
  line: number | undefined,
  locale: string,
): void {
  if (typeof summary !== "string") return;
  for (const issue of checkSummaryReadability(summary, locale)) {
    report.add({ file, ...(line !== undefined ? { line } : {}), field: "summary", ...issue });
  }
}

function readSite(root: string, report: Report): { site?: SiteConfig; facts: SiteFacts } {
  const file = path.join(root, siteFile);
  if (!isFile(file)) {
    report.error(siteFile, {
      field: siteFile,
      message:
        "site.yaml is missing: every content folder needs one with the neighbourhood's name, languages and time zone",
      example: "shared/examples/content/site.yaml",
    });
    return { facts: salvageSite(undefined) };
  }
  const source = readText(report, root, siteFile);
  if (source === undefined) return { facts: salvageSite(undefined) };
  const read = readYaml(source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), 1, 1);
  for (const issue of read.issues) report.error(siteFile, issue);
  for (const problem of cleanFrontMatter(read.data)) {
    const { path: at, ...rest } = problem;
    report.error(siteFile, { line: read.lineOf(at), field: fieldName(at), ...rest });
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
  const s = result.data;
  const site: SiteConfig = {
    name: s.name,
    defaultLocale: s.defaultLocale,
    locales: s.locales,
    timeZone: s.timeZone,
    posterLanguages: s.posterLanguages ?? [s.defaultLocale],
    helpNow: s.helpNow.map((h) => ({
      label: h.label,
      phone: h.phone,
      ...(h.hours !== undefined ? { hours: h.hours } : {}),
    })),
    stigmaWords: s.stigmaWords,
    fictional: s.fictional,
    quickExit: s.quickExit,
  };
  if (s.repository !== undefined) site.repository = s.repository;
  if (s.siteUrl !== undefined) site.siteUrl = s.siteUrl;
  if (s.area !== undefined) site.area = s.area;
  if (s.email !== undefined) site.email = s.email;
  if (s.generatedAudio !== undefined) site.generatedAudio = s.generatedAudio;
  return {
    site,
    facts: {
      locales: s.locales,
      defaultLocale: s.defaultLocale,
      stigmaWords: s.stigmaWords,
    },
  };
}

interface EntryContext {
  root: string;
  report: Report;
  facts: SiteFacts;
  schemaContext: SchemaContext;
}

interface ReadMdx {
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
function readMdx(context: EntryContext, rel: string): ReadMdx | undefined {
  const source = readText(context.report, context.root, rel);
  if (source === undefined) return undefined;
  const parsed = parseFrontMatterFile(source);
  for (const issue of parsed.issues) context.report.error(rel, issue);
  for (const problem of cleanFrontMatter(parsed.data)) {
    const { path: at, ...rest } = problem;
    context.report.error(rel, { line: parsed.lineOf(at), field: fieldName(at), ...rest });
  }
  const unsafeBody = unsafeTextReason(parsed.body);
  if (unsafeBody) {
    context.report.error(rel, {
      line: parsed.bodyStartLine + unsafeBody.lineOffset,
      field: "text",
      message: `the text ${unsafeBody.message}`,
    });
  }
  const bodyBytes = Buffer.byteLength(parsed.body, "utf8");
  if (bodyBytes > maxBodyBytes) {
    context.report.error(rel, {
      line: parsed.bodyStartLine,
      field: "text",
      message: `the text under the front matter is ${Math.ceil(bodyBytes / 1000)} KB; at most ${maxBodyBytes / 1000} KB (about four printed pages) fits a guide entry`,
      expected: "what to expect there, in a few short paragraphs",
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
        message: `the image file "${file.url}" is not in this folder`,
        expected: "the name of an image file next to this file",
        example: "![A table with coffee](./koffie.jpg)",
      });
    } else {
      localFiles.push(target.slice(folder.length + 1));
    }
  }
  const html =
    safety.tree && safety.findings.length === 0 && !unsafeBody ? renderBodyHtml(safety.tree) : "";
  return { parsed, localFiles, body: cleanBody.trim(), html };
}

function readTranslation(
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
  const schema = translationSchema();
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    context.report.zod(rel, result.error.issues, schema, parsed, true);
    return undefined;
  }
  const text: EntryText = {
    locale,
    title: result.data.title,
    summary: result.data.summary,
    body,
    html,
    file: rel,
  };
  if (result.data.directions !== undefined) text.directions = result.data.directions;
  return text;
}

interface LoadedEntry<T> {
  value?: T;
  translations: number;
}

function loadEntry(
  context: EntryContext,
  folder: EntryFolder,
  placeSlugs: readonly string[],
): LoadedEntry<Place | Initiative> {
  const { report, facts } = context;
  const indexRel = `${folder.rel}/index.mdx`;
  const kindWord = folder.kind;
  if (!folder.files.includes("index.mdx")) {
    report.error(indexRel, {
      field: "index.mdx",
      message: `index.mdx is missing: every ${kindWord} folder needs one with its facts and its ${facts.defaultLocale} text`,
      example: `shared/examples/content/${folder.kind === "place" ? "places/de-brug" : "initiatives/koffie-en-praten"}/index.mdx`,
    });
  }
  const used = new Set<string>(["index.mdx"]);
  let value: Place | Initiative | undefined;
  let ok = folder.files.includes("index.mdx");

  let frontMatter: PlaceFrontMatter | InitiativeFrontMatter | undefined;
  let defaultText: EntryText | undefined;
  const read = ok ? readMdx(context, indexRel) : undefined;
  if (ok && !read) ok = false;
  if (read) {
    const { parsed, localFiles, body, html } = read;
    for (const f of localFiles) used.add(f);
    const data = parsed.data as Record<string, unknown> | undefined;
    if (data) {
      for (const field of ["title", "summary"] as const) {
        checkStigma(
          report,
          indexRel,
          data[field],
          field,
          parsed.lineOf([field]),
          facts.defaultLocale,
          facts.stigmaWords,
        );
      }
      checkReadability(
        report,
        indexRel,
        data["summary"],
        parsed.lineOf(["summary"]),
        facts.defaultLocale,
      );
      // Audio recordings: files next to index.mdx.
      const audio = data["audio"];
      if (
        folder.kind === "initiative" &&
        audio &&
        typeof audio === "object" &&
        !Array.isArray(audio)
      ) {
        for (const [locale, file] of Object.entries(audio)) {
          if (typeof file !== "string" || !isAudioPath(file)) continue;
          const target = path.posix.normalize(file);
          if (folder.files.includes(target)) {
            used.add(target);
          } else {
            report.error(indexRel, {
              line: parsed.lineOf(["audio", locale]),
              field: `audio.${locale}`,
              message: `the sound file "${file}" is not in this folder`,
              expected: `the name of a sound file next to index.mdx${folder.files.length > 1 ? ` (this folder has: ${listForMessage(folder.files)})` : ""}`,
              example: `./${locale}.opus`,
            });
          }
        }
      }
      const schema =
        folder.kind === "place"
          ? placeSchema(context.schemaContext)
          : initiativeSchema(context.schemaContext);
      const result = schema.safeParse(data, { reportInput: true });
      if (result.success) {
        frontMatter = result.data;
      } else {
        report.zod(indexRel, result.error.issues, schema, parsed);
      }
      // References: the place must exist.
      const place = data["place"];
      if (folder.kind === "initiative" && typeof place === "string" && slugPattern.test(place)) {
        if (!(remotePlaces as readonly string[]).includes(place) && !placeSlugs.includes(place)) {
          const near = didYouMean(place, placeSlugs);
          report.error(indexRel, {
            line: parsed.lineOf(["place"]),
            field: "place",
            message: `there is no place "${place}" in places/${near ? `: did you mean "${near}"?` : ""}`,
            expected: placeSlugs.length
              ? `the folder name of a place, such as ${listForMessage(placeSlugs)}, or ${remotePlaces.join(" or ")}`
              : `online or phone, or address (there are no places yet)`,
            ...(near || placeSlugs[0] ? { example: near ?? placeSlugs[0] } : {}),
          });
          frontMatter = undefined;
        }
      }
    }
    if (frontMatter) {
      defaultText = {
        locale: facts.defaultLocale,
        title: frontMatter.title,
        summary: frontMatter.summary,
        body,
        html,
        file: indexRel,
      };
      if (frontMatter.directions !== undefined) defaultText.directions = frontMatter.directions;
    } else {
      ok = false;
    }
  }

  // Translations and other files.
  const texts: Record<string, EntryText> = {};
  let translations = 0;
  for (const file of folder.files) {
    if (file === "index.mdx") continue;
    const rel = `${folder.rel}/${file}`;
    const isTopLevel = !file.includes("/");
    if (isTopLevel && file.endsWith(".mdx")) {
      const locale = file.slice(0, -".mdx".length);
      used.add(file);
      if (locale === facts.defaultLocale) {
        report.error(rel, {
          field: "file name",
          message: `${locale} is the default language: its text belongs in index.mdx, not in ${file}`,
        });
        ok = false;
      } else if (!facts.locales.includes(locale)) {
        const others = facts.locales.filter((l) => l !== facts.defaultLocale);
        const near = didYouMean(locale, others);
        report.error(rel, {
          field: "file name",
          message: `unknown locale file ${file}: "${locale}" is not one of the site's languages${near ? ` (did you mean ${near}.mdx?)` : ""}`,
          expected: `a file named after a language in site.yaml locales: ${others.map((l) => `${l}.mdx`).join(", ")} (${facts.defaultLocale} is in index.mdx)`,
          ...(others[0] ? { example: `${near ?? others[0]}.mdx` } : {}),
        });
        ok = false;
      } else {
        const text = readTranslation(context, folder, file, locale);
        if (text) {
          texts[locale] = text;
          translations++;
        } else {
          ok = false;
        }
      }
      continue;
    }
    if (used.has(file) || ignoredFiles.has(path.posix.basename(file))) continue;
    const stem = file.replace(/\.[^.]+$/, "");
    if (
      isTopLevel &&
      /\.(md|markdown|mdown|txt)$/i.test(file) &&
      (stem === "index" || isKnownLocale(stem))
    ) {
      const locale = stem;
      report.error(rel, {
        field: "file name",
        message: `only .mdx files are read: rename it to ${locale}.mdx`,
        example: `${locale}.mdx`,
      });
      ok = false;
      continue;
    }
    report.warning(rel, {
      field: "file",
      message:
        "this file is not used: only index.mdx, translations (<language>.mdx) and sound files named in audio belong here",
      example: "audio: { ar: ./ar.opus }",
    });
  }

  if (ok && frontMatter && defaultText) {
    const text: Record<string, EntryText> = {
      [facts.defaultLocale]: defaultText,
    };
    for (const locale of facts.locales) {
      const t = texts[locale];
      if (t) text[locale] = t;
    }
    if (folder.kind === "place") {
      const f = frontMatter as PlaceFrontMatter;
      const place: Place = {
        kind: "place",
        slug: folder.slug,
        address: f.address,
        postcode: f.postcode,
        openingHours: f.openingHours,
        closed: f.closed,
        wheelchair: f.wheelchair,
        lastVerified: f.lastVerified,
        text,
      };
      if (f.geo) place.geo = f.geo;
      value = place;
    } else {
      const f = frontMatter as InitiativeFrontMatter;
      const audio: Record<string, string> = {};
      for (const [locale, file] of Object.entries(f.audio))
        audio[locale] = `${folder.rel}/${path.posix.normalize(file)}`;
      const initiative: Initiative = {
        kind: "initiative",
        slug: folder.slug,
        type: f.type,
        needs: f.needs,
        schedule: f.schedule,
        closed: f.closed,
        cost: f.cost,
        languages: f.languages,
        womenOnly: f.womenOnly,
        walkIn: f.walkIn,
        bringSomeone: f.bringSomeone,
        children: f.children,
        wheelchair: f.wheelchair,
        hosts: f.hosts,
        contact: f.contact,
        lastVerified: f.lastVerified,
        audio,
        text,
      };
      if (f.place !== undefined) initiative.place = f.place;
      if (f.address !== undefined) initiative.address = f.address;
      value = initiative;
    }
  }
  return value ? { value, translations } : { translations };
}

/**
 * Checks the content folder `dir` and builds the Guide. Returns every problem
 * (errors and warnings) sorted by file and line; `guide` only when there is no error.
 */
export function checkContent(dir: string, options: CheckOptions = {}): CheckResult {
  const root = path.resolve(dir);
  const report = new Report();
  const stats: ContentStats = { places: 0, initiatives: 0, translations: 0 };
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    report.error(".", {
      field: "content folder",
      message: `the content folder ${root} does not exist: set BUURTGIDS_CONTENT to the folder with site.yaml`,
      example: "BUURTGIDS_CONTENT=../shared/examples/content npm run check",
    });
    return { problems: report.problems, stats };
  }

  const { site, facts } = readSite(root, report);
  const today = options.today ?? todayAt(buildNow(), site?.timeZone ?? defaultTimeZone);
  const context: EntryContext = {
    root,
    report,
    facts,
    schemaContext: { today, locales: facts.locales },
  };

  const placeFolders = listCollection(root, "places", report);
  const initiativeFolders = listCollection(root, "initiatives", report);
  const placeSlugs = placeFolders.map((f) => f.slug);

  const places: Place[] = [];
  const initiatives: Initiative[] = [];
  for (const folder of placeFolders) {
    const loaded = loadEntry(context, folder, placeSlugs);
    stats.places++;
    stats.translations += loaded.translations;
    if (loaded.value?.kind === "place") places.push(loaded.value);
  }
  for (const folder of initiativeFolders) {
    const loaded = loadEntry(context, folder, placeSlugs);
    stats.initiatives++;
    stats.translations += loaded.translations;
    if (loaded.value?.kind === "initiative") initiatives.push(loaded.value);
  }

  const problems = sortProblems(report.problems);
  const hasErrors = problems.some((p) => p.severity === "error");
  if (hasErrors || !site) return { problems, stats };
  return { guide: { root, site, places, initiatives }, problems, stats };
}

/**
 * Loads and checks the content folder `dir`: the Guide, or an Error whose message is
 * the formatted list of problems when there is any error.
 */
export function loadGuide(dir: string, options: CheckOptions = {}): Guide {
  return guideOrThrow(checkContent(dir, options), dir);
}

/** The guide of a check, or an Error listing its problems (see `loadGuide`). */
export function guideOrThrow({ guide, problems }: CheckResult, dir: string): Guide {
  if (!guide) {
    const errors = problems.filter((p) => p.severity === "error");
    throw new Error(
      `The content has problems:\n${formatProblems(errors.length ? errors : problems, { root: dir })}`,
    );
  }
  return guide;
}
