/** `/data/hsds/index.json`: the list of HSDS 3.0 tables (logic in src/lib/export/hsds.ts). */
import type { APIRoute } from "astro";
import { exportContext, hsdsTablesOfBuild } from "../../../data/export.ts";
import { hsdsIndex } from "../../../lib/export/hsds.ts";

export const GET: APIRoute = async () => {
  const context = await exportContext();
  return new Response(
    `${JSON.stringify(hsdsIndex(await hsdsTablesOfBuild(), context), null, 2)}\n`,
    {
      headers: { "Content-Type": "application/json; charset=utf-8" },
    },
  );
};
