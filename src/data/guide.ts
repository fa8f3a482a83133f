/**
 * The one place pages get the guide from: content collections read once per build
 * and indexed once. (In `astro dev` it is re-read so edits show up.)
 */
import { getCollection, getEntry } from "astro:content";
import type { InitiativeEntry, PlaceEntry } from "../content.config.ts";
import { indexGuide, type GuideIndex } from "../lib/guide/index-guide.ts";
import { buildNow } from "../lib/guide/build-now.ts";
import { contentDir } from "../lib/content/content-dir.ts";
import { outdatedTranslations } from "../lib/translations/outdated.ts";
import { gitHistory } from "../cli/git-history.ts";
import { oncePerBuild } from "./once-per-build.ts";

export type GuideData = GuideIndex<InitiativeEntry, PlaceEntry>;

async function load(): Promise<GuideData> {
  const site = await getEntry("site", "site");
  if (!site) throw new Error("content/site.yaml was not loaded");
  const places = (await getCollection("places")).map((e) => e.data);
  const initiatives = (await getCollection("initiatives")).map((e) => e.data);
  return indexGuide(site.data, places, initiatives, buildNow());
}

export const guideData = oncePerBuild(load);

/** `getStaticPaths` entries for every locale the site is published in. */
export async function localePaths(): Promise<{ params: { locale: string } }[]> {
  const { site } = await guideData();
  return site.locales.map((locale) => ({ params: { locale } }));
}

/**
 * Keys (`<kind>/<slug>/<locale>`) of translations whose default-language text changed
 * after they were last committed, from git history once per build; empty outside git.
 * Read once in `astro dev` too: a git log per page would slow every page down.
 */
export const outdatedTranslationKeys: () => ReadonlySet<string> = oncePerBuild(
  () => {
    const dir = contentDir();
    return outdatedTranslations(dir, gitHistory(dir));
  },
  { version: () => "" },
);
