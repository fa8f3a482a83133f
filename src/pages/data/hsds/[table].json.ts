/** `/data/hsds/<table>.json`: one Open Referral HSDS 3.0 table (logic in src/lib/export/hsds.ts). */
import type { APIRoute, GetStaticPaths } from "astro";
import { hsdsTablesOfBuild } from "../../../data/export.ts";
import { hsdsTables } from "../../../lib/export/hsds.ts";

export const getStaticPaths = (() =>
  hsdsTables.map((table) => ({ params: { table: table.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = hsdsTables.find((t) => t.file === params.table)!;
  const rows = (await hsdsTablesOfBuild())[table.schema];
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
