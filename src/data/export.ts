/** The export context of this build: the guide, the base path and the site URL if configured. */
import { guideData } from "./guide.ts";
import type { HsdsContext } from "../lib/export/hsds.ts";

export async function exportContext(): Promise<HsdsContext> {
  const { site, places, initiatives, today } = await guideData();
  return {
    site,
    places,
    initiatives,
    today,
    base: import.meta.env.BASE_URL,
    ...(import.meta.env.SITE ? { siteUrl: import.meta.env.SITE } : {}),
  };
}
