/** `/data/initiatives.json`: every fact and text of the guide (logic in src/lib/export). */
import type { APIRoute } from "astro";
import { exportContext } from "../../data/export.ts";
import { initiativesJsonText } from "../../lib/export/initiatives-json.ts";

export const GET: APIRoute = async () =>
  new Response(initiativesJsonText(await exportContext()), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
