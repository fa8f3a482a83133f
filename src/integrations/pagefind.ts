import type { AstroIntegration } from "astro";
import { readFile, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as pagefind from "pagefind";
import { foldsDotlessI } from "../lib/search/fold.ts";
import { htmlLang, withFoldedTwins } from "../lib/search/index-html.ts";

/** Folders of the built site that hold no pages to search. */
const skipped = new Set(["_astro", "pagefind"]);

/**
 * Word occurrences per index chunk (Pagefind's default is 20,000). A first search
 * downloads one chunk per word; at a quarter of the default a chunk is 4-10 KB
 * instead of 15-20 KB, which keeps the first search within 100 KB on a guide of a
 * thousand entries. (Pagefind reads it from this environment variable only.)
 */
const indexChunkSize = "5000";

/** Decorative parts that screen readers skip are not searched either (the week strip). */
const excludeSelectors = ['[aria-hidden="true"]'];

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The URL Pagefind would give a file: `tr/x/index.html` → `/tr/x/`. */
function pageUrl(site: string, file: string): string {
  const rel = path.relative(site, file).split(path.sep).join("/");
  return `/${rel.replace(/(^|\/)index\.html$/, "$1")}`;
}

function failure(step: string, errors: string[]): Error {
  const error = new Error(`Search index (Pagefind) failed while ${step}:\n${errors.join("\n")}`);
  // The stack would only point at this file; the messages say what went wrong.
  error.stack = "";
  return error;
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once the site is written.
 * Pagefind makes one index per `<html lang>`, so each locale searches only its own
 * pages; only the parts marked `data-pagefind-body` (entry pages) are indexed. Pages
 * in a locale with a dotless ı are indexed with folded twins (see lib/search/fold.ts).
 * Any error fails the build: a site whose search silently broke must not ship.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: "buurtgids:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const chunkEnv = "PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE";
          const before = process.env[chunkEnv];
          process.env[chunkEnv] ??= indexChunkSize;
          const { index, errors } = await pagefind.createIndex({ excludeSelectors });
          if (before === undefined) delete process.env[chunkEnv];
          if (!index || errors.length > 0) throw failure("starting", errors);
          let pages = 0;
          const folders = (await readdir(site, { withFileTypes: true })).filter(
            (e) => e.isDirectory() && !skipped.has(e.name),
          );
          for (const folder of folders) {
            if (!foldsDotlessI(folder.name)) {
              const added = await index.addDirectory({ path: site, glob: `${folder.name}/**/*.html` });
              if (added.errors.length > 0) throw failure(`indexing ${folder.name}/`, added.errors);
              pages += added.page_count;
              continue;
            }
            for (const file of await htmlFiles(path.join(site, folder.name))) {
              const html = await readFile(file, "utf8");
              const content = withFoldedTwins(html, htmlLang(html) ?? folder.name);
              const added = await index.addHTMLFile({ url: pageUrl(site, file), content });
              if (added.errors.length > 0) throw failure(`indexing ${file}`, added.errors);
              pages += 1;
            }
          }
          if (pages === 0) throw failure("indexing", [`no HTML page found in ${site}`]);
          const written = await index.writeFiles({ outputPath: path.join(site, "pagefind") });
          if (written.errors.length > 0) throw failure("writing", written.errors);
          logger.info(`Search index written for ${pages} pages read.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
