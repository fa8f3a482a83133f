/**
 * Reads a content folder and checks everything in it: site.yaml, every place and
 * initiative folder, every translation, every MDX body. Returns ALL problems (it
 * never stops at the first), each with its file and line, in a fixed order, and the
 * Guide only when there is no error. Reads files only; changes nothing.
 *
 * The parts are in `check/`: the folders and files on disk (`files.ts`), the site
 * file (`site.ts`), one entry folder (`entry.ts`) and one MDX file (`mdx-file.ts`),
 * the stigma and readability lints (`lints.ts`), and the report of problems
 * (`report.ts`).
 */
import fs from "node:fs";
import path from "node:path";
import { buildNow } from "../guide/build-now.ts";
import { msg, worded } from "../messages/index.ts";
import { defaultTimeZone, today as todayAt } from "../schedule/zone.ts";
import type { EntryContext, SiteFacts } from "./check/context.ts";
import { loadEntry, type LoadedEntry } from "./check/entry.ts";
import { listCollection, type EntryFolder } from "./check/files.ts";
import { Report, sortProblems } from "./check/report.ts";
import { readSite } from "./check/site.ts";
import { formatProblems } from "./format.ts";
import type { Guide, Initiative, Place, Problem, SiteConfig } from "./model.ts";
import { initiativeSchema, placeSchema, translationSchema } from "./schema/index.ts";

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

/**
 * Checks the content folder `dir` and builds the Guide. Returns every problem
 * (errors and warnings) sorted by file and line; `guide` only when there is no error.
 */
export function checkContent(dir: string, options: CheckOptions = {}): CheckResult {
  const plan = planCheck(dir, options);
  if ("problems" in plan) return plan;
  return finishCheck(plan);
}

/** A check read as far as its entry folders: site.yaml, today, and the folders to check. */
export interface CheckPlan {
  root: string;
  /** The problems of site.yaml and the folder listing; the entries' go here too. */
  report: Report;
  site: SiteConfig | undefined;
  facts: SiteFacts;
  /** Today's date, as the schemas check it. */
  today: string;
  context: EntryContext;
  /** The place folders, then the initiative folders, in the order of their slugs. */
  folders: EntryFolder[];
  placeSlugs: string[];
}

/**
 * The first step of `checkContent`: site.yaml and the entry folders. The folders can
 * then be checked in any order, or in more than one thread (`loadEntry` with an
 * `entryContext` each), and the results put together by `finishCheck`. A missing
 * folder is already the whole result.
 */
export function planCheck(dir: string, options: CheckOptions = {}): CheckPlan | CheckResult {
  const root = path.resolve(dir);
  const report = new Report();
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    report.error(".", {
      field: "content folder",
      ...worded({
        message: msg("folder.missing", { root }),
        example: "BUURTGIDS_CONTENT=content npm run check",
      }),
    });
    return { problems: report.problems, stats: { places: 0, initiatives: 0, translations: 0 } };
  }
  const { site, facts } = readSite(root, report);
  const today = options.today ?? todayAt(buildNow(), site?.timeZone ?? defaultTimeZone);
  const placeFolders = listCollection(root, "places", report);
  const initiativeFolders = listCollection(root, "initiatives", report);
  return {
    root,
    report,
    site,
    facts,
    today,
    context: entryContext(root, report, facts, today),
    folders: [...placeFolders, ...initiativeFolders],
    placeSlugs: placeFolders.map((f) => f.slug),
  };
}

/** What checking an entry needs, reporting to `report`: the site's facts and the schemas of `today`. */
export function entryContext(
  root: string,
  report: Report,
  facts: SiteFacts,
  today: string,
): EntryContext {
  const schemaContext = { today, locales: facts.locales };
  return {
    root,
    report,
    facts,
    schemas: {
      place: placeSchema(schemaContext),
      initiative: initiativeSchema(schemaContext),
      translation: translationSchema(),
    },
  };
}

/**
 * The result of a check from its plan: each folder's entry, either loaded already
 * (`loaded[i]` is `plan.folders[i]`'s, e.g. by another thread) or loaded here, with the
 * problems found elsewhere (another thread's report).
 */
export function finishCheck(
  plan: CheckPlan,
  loaded: readonly (LoadedEntry | undefined)[] = [],
  otherProblems: readonly Problem[] = [],
): CheckResult {
  const stats: ContentStats = { places: 0, initiatives: 0, translations: 0 };
  const places: Place[] = [];
  const initiatives: Initiative[] = [];
  plan.folders.forEach((folder, i) => {
    const entry = loaded[i] ?? loadEntry(plan.context, folder, plan.placeSlugs);
    stats.translations += entry.translations;
    if (folder.kind === "place") {
      stats.places++;
      if (entry.value?.kind === "place") places.push(entry.value);
    } else {
      stats.initiatives++;
      if (entry.value?.kind === "initiative") initiatives.push(entry.value);
    }
  });
  const problems = sortProblems([...plan.report.problems, ...otherProblems]);
  const hasErrors = problems.some((p) => p.severity === "error");
  if (hasErrors || !plan.site) return { problems, stats };
  return { guide: { root: plan.root, site: plan.site, places, initiatives }, problems, stats };
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
