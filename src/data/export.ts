/**
 * The export context of this build: the guide, the base path and the site's public
 * address (site.yaml `siteUrl`, else astro.config `site`) when there is one.
 */
import { guideData } from "./guide.ts";
import { oncePerBuild } from "./once-per-build.ts";
import { hsdsExport, type HsdsContext } from "../lib/export/hsds.ts";

/** The public address of the site, if configured. */
export async function siteUrl(): Promise<string | undefined> {
  const { site } = await guideData();
  return site.siteUrl ?? import.meta.env.SITE;
}

/** The export context, made once per build (every page's JSON-LD uses it). */
export const exportContext = oncePerBuild(makeExportContext);

/** All HSDS tables, computed once per build: each table file is one page of it. */
export const hsdsTablesOfBuild = oncePerBuild(async () => hsdsExport(await exportContext()));

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
