/**
 * The export context of this build: the guide, the base path and the site's public
 * address (site.yaml `siteUrl`, else astro.config `site`) when there is one.
 */
import { guideData } from "./guide.ts";
import { hsdsExport, type HsdsContext, type HsdsExport } from "../lib/export/hsds.ts";

/** The public address of the site, if configured. */
export async function siteUrl(): Promise<string | undefined> {
  const { site } = await guideData();
  return site.siteUrl ?? import.meta.env.SITE;
}

let contextMemo: Promise<HsdsContext> | undefined;
let hsdsMemo: Promise<HsdsExport> | undefined;

/** The export context, made once per build (every page's JSON-LD uses it). */
export function exportContext(): Promise<HsdsContext> {
  if (import.meta.env.DEV) return makeExportContext();
  contextMemo ??= makeExportContext();
  return contextMemo;
}

/** All HSDS tables, computed once per build: each table file is one page of it. */
export function hsdsTablesOfBuild(): Promise<HsdsExport> {
  if (import.meta.env.DEV) return makeExportContext().then(hsdsExport);
  hsdsMemo ??= exportContext().then(hsdsExport);
  return hsdsMemo;
}

async function makeExportContext(): Promise<HsdsContext> {
  const { site, places, initiatives, today } = await guideData();
  const url = await siteUrl();
  return {
    site,
    places,
    initiatives,
    today,
    base: import.meta.env.BASE_URL,
    ...(url ? { siteUrl: url } : {}),
    ...(site.area
      ? {
          area: {
            city: site.area.city,
            stateProvince: site.area.province,
            country: site.area.country,
          },
        }
      : {}),
  };
}
