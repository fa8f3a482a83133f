/** `/calendar/<slug>.ics`: one initiative's meetings for a calendar app (logic in src/lib/ics). */
import type { APIRoute, GetStaticPaths } from "astro";
import { guideData } from "../../data/guide.ts";
import { siteUrl } from "../../data/export.ts";
import { initiativeCalendar } from "../../lib/ics/calendar.ts";

export const getStaticPaths = (async () => {
  const { initiatives } = await guideData();
  return initiatives.map((initiative) => ({ params: { slug: initiative.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { site, placeBySlug, initiativeBySlug } = await guideData();
  const initiative = initiativeBySlug.get(params.slug!)!;
  const body = initiativeCalendar(initiative, {
    site,
    placeBySlug,
    siteUrl: await siteUrl(),
    base: import.meta.env.BASE_URL,
  });
  return new Response(body, { headers: { "Content-Type": "text/calendar; charset=utf-8" } });
};
