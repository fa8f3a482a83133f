import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as pagefind from "pagefind";

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once the site is written.
 * Pagefind splits the index by `<html lang>`, so each locale searches only its own
 * pages. Any error fails the build: a site whose search silently broke must not ship.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: "buurtgids:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          const error = new Error(`Pagefind failed while ${step}:\n${errors.join("\n")}`);
          error.stack = "";
          return error;
        };
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length > 0) throw fail("starting", errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw fail("indexing", added.errors);
          if (added.page_count === 0) throw fail("indexing", ["no page was indexed"]);
          const written = await index.writeFiles({ outputPath: path.join(site, "pagefind") });
          if (written.errors.length > 0) throw fail("writing", written.errors);
          logger.info(`Search index: ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
