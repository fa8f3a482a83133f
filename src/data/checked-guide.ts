/**
 * The checked guide for the content loader (`content.config.ts`). In a build the
 * content gate has checked the folder before the loader runs, so the loader takes
 * that result without loading the checking code: Vite would compile that code (some
 * sixty files) a second time for the loader, about a third of a second of every
 * build. When the folder changed since (an edit in `astro dev`), it is checked again.
 */
import type { Guide } from "../lib/content/model.ts";
import type { CheckOptions, CheckResult } from "../lib/content/validate.ts";
import { contentCheckMemo } from "./content-check-key.ts";
import { oncePerBuild } from "./once-per-build.ts";

/** What `checkContentOnce` remembers, read only: checks are made in `content-check.ts`. */
const rememberedCheck = oncePerBuild<[dir: string, options?: CheckOptions], CheckResult>(() => {
  throw new Error("content checks are made by content-check.ts");
}, contentCheckMemo);

/** The guide in `dir`, as checked; throws with the check's problems when it has errors. */
export async function checkedGuide(dir: string): Promise<Guide> {
  const guide = rememberedCheck.known(dir)?.guide;
  if (guide) return guide;
  const { loadGuideOnce } = await import("./content-check.ts");
  return loadGuideOnce(dir);
}
