/** `/data/initiatives.csv`: one row per initiative, UTF-8 with BOM (logic in src/lib/export). */
import type { APIRoute } from "astro";
import { exportContext } from "../../data/export.ts";
import { initiativesCsv } from "../../lib/export/initiatives-csv.ts";

export const GET: APIRoute = async () =>
  new Response(initiativesCsv(await exportContext()), {
    headers: { "Content-Type": "text/csv; charset=utf-8; header=present" },
  });
