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
import type { EntryContext } from "./check/context.ts";
import { loadEntry } from "./check/entry.ts";
import { listCollection } from "./check/files.ts";
import { Report, sortProblems } from "./check/report.ts";
import { readSite } from "./check/site.ts";
import { formatProblems } from "./format.ts";
import type { Guide, Initiative, Place, Problem } from "./model.ts";
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
  const root = path.resolve(dir);
  const report = new Report();
  const stats: ContentStats = { places: 0, initiatives: 0, translations: 0 };
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    report.error(".", {
      field: "content folder",
      ...worded({
        message: msg("folder.missing", { root }),
        example: "BUURTGIDS_CONTENT=content npm run check",
      }),
    });
    return { problems: report.problems, stats };
  }

  const { site, facts } = readSite(root, report);
  const today = options.today ?? todayAt(buildNow(), site?.timeZone ?? defaultTimeZone);
  const schemaContext = { today, locales: facts.locales };
  const context: EntryContext = {
    root,
    report,
    facts,
    schemas: {
      place: placeSchema(schemaContext),
      initiative: initiativeSchema(schemaContext),
      translation: translationSchema(),
    },
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
