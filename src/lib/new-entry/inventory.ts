/**
 * What a new entry is checked against, read from the content folder: its places,
 * the folder names in `initiatives/`, the site's languages and stigma words, and
 * today in the site's time zone. Its own file because `npm run new` and
 * `npm run from-issue` read it once and pass it to every step.
 */
import fs from "node:fs";
import path from "node:path";
import { checkContent } from "../content/validate.ts";
import { buildNow } from "../guide/build-now.ts";
import { knownLocaleCodes } from "../i18n/locales.ts";
import { defaultTimeZone, today } from "../schedule/zone.ts";
import type { AnswerContext } from "./model.ts";

/** What a new entry is checked against, read from the content folder. */
export interface Inventory {
  root: string;
  places: { slug: string; title: string; address?: string }[];
  initiativeSlugs: string[];
  locales: string[];
  defaultLocale: string;
  stigmaWords: Record<string, string[]>;
  today: string;
}

/** The names of the folders in `dir`, sorted; none when `dir` does not exist. */
export function folderNames(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/**
 * The places, initiative folders, languages and today of the content folder `root`.
 * A folder with a mistake elsewhere still gets its new entry: places then come from
 * the folder names.
 */
export function readInventory(root: string, now: Date = buildNow()): Inventory {
  if (!fs.existsSync(path.join(root, "site.yaml"))) {
    throw new Error(`${root} has no site.yaml: set BUURTGIDS_CONTENT to the content folder`);
  }
  const { guide } = checkContent(root);
  const site = guide?.site;
  const defaultLocale = site?.defaultLocale ?? "nl";
  const places = guide
    ? guide.places.map((place) => ({
        slug: place.slug,
        title: place.text[defaultLocale]?.title ?? place.slug,
        address: place.address,
      }))
    : folderNames(path.join(root, "places")).map((slug) => ({ slug, title: slug }));
  return {
    root,
    places,
    initiativeSlugs: folderNames(path.join(root, "initiatives")),
    locales: site?.locales ?? [...knownLocaleCodes],
    defaultLocale,
    stigmaWords: site?.stigmaWords ?? {},
    today: today(now, site?.timeZone ?? defaultTimeZone),
  };
}

/** What the answers are checked against: the same for every way of giving them. */
export function answerContextOf(inv: Inventory): AnswerContext {
  return {
    existingSlugs: inv.initiativeSlugs,
    today: inv.today,
    locales: inv.locales,
    defaultLocale: inv.defaultLocale,
    placeSlugs: inv.places.map((place) => place.slug),
    stigmaWords: inv.stigmaWords,
  };
}
