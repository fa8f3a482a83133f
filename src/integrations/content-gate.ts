import type { AstroIntegration } from "astro";
import { checkContentOnceInTwoThreads } from "../data/content-check.ts";
import { contentDir } from "../lib/content/content-dir.ts";
import { formatProblems } from "../lib/content/format.ts";
import { siteUrlWarning } from "../lib/posters/site-url-warning.ts";

/**
 * Runs the same checks as `npm run check` before Astro reads any content, so bad or
 * unsafe content stops the build with the volunteer-friendly messages and nothing in
 * a content file is ever compiled or run.
 */
export function contentGate(): AstroIntegration {
  return {
    name: "buurtgids:content-gate",
    hooks: {
      "astro:config:setup": async ({ logger }) => {
        const dir = contentDir();
        const checked = await checkContentOnceInTwoThreads(dir);
        // As `npm run check`: posters print no QR code without the public address.
        const paper = checked.guide ? siteUrlWarning(checked.guide.site) : undefined;
        const problems = paper ? [paper, ...checked.problems] : checked.problems;
        const errors = problems.filter((p) => p.severity === "error");
        if (errors.length > 0) {
          logger.error("\n" + formatProblems(problems));
          const error = new Error(
            `The content in ${dir} has ${errors.length} error(s); nothing was built. Fix the lines above and build again.`,
          );
          // The stack would only point at this file; the lines above say what to fix.
          error.stack = "";
          throw error;
        }
        if (problems.length > 0) logger.warn("\n" + formatProblems(problems));
      },
    },
  };
}
