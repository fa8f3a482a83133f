/**
 * `/data/handout/<slug>.json`: what the hand-out for one patient shows of an entry, in
 * every locale, with its QR code drawn (logic in src/lib/providers/handout.ts). The
 * hand-out page fetches the few it needs.
 */
import type { APIRoute } from "astro";
import { guideData } from "../../../data/guide.ts";
import { siteUrl } from "../../../data/export.ts";
import { handoutEntry } from "../../../lib/providers/handout.ts";

export async function getStaticPaths() {
  const { initiatives } = await guideData();
  return initiatives.map((initiative) => ({ params: { slug: initiative.slug } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { site, placeBySlug, initiativeBySlug } = await guideData();
  const initiative = initiativeBySlug.get(params.slug!)!;
  const entry = handoutEntry(initiative, {
    site,
    placeBySlug,
    base: import.meta.env.BASE_URL,
    siteUrl: await siteUrl(),
  });
  return new Response(JSON.stringify(entry), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
