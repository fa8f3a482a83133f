/**
 * `/data/<locale>/initiatives.csv`: the spreadsheet for people, one per locale
 * (headers and values in the reader's language; logic in src/lib/export/people-csv.ts).
 */
import type { APIRoute } from "astro";
import { exportContext } from "../../../data/export.ts";
import { localePaths } from "../../../data/guide.ts";
import { peopleCsv } from "../../../lib/export/people-csv.ts";

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(peopleCsv(await exportContext(), params.locale!), {
    headers: { "Content-Type": "text/csv; charset=utf-8; header=present" },
  });
