/** `/calendar/all.ics`: every initiative's meetings in one calendar (logic in src/lib/ics). */
import type { APIRoute } from "astro";
import { guideData } from "../../data/guide.ts";
import { siteUrl } from "../../data/export.ts";
import { allCalendar } from "../../lib/ics/calendar.ts";

export const GET: APIRoute = async () => {
  const { site, placeBySlug, initiatives } = await guideData();
  const body = allCalendar(initiatives, {
    site,
    placeBySlug,
    siteUrl: await siteUrl(),
    base: import.meta.env.BASE_URL,
  });
  return new Response(body, { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
};
