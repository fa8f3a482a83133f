/**
 * The export context of this build: the guide, the base path and the site's public
 * address (site.yaml `siteUrl`, else astro.config `site`) when there is one.
 */
import { guideData } from "./guide.ts";
import type { HsdsContext } from "../lib/export/hsds.ts";

/** The public address of the site, if configured. */
export async function siteUrl(): Promise<string | undefined> {
  const { site } = await guideData();
  return site.siteUrl ?? import.meta.env.SITE;
}

export async function exportContext(): Promise<HsdsContext> {
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
