/**
 * One content check per build. Astro loads the config integrations (the content
 * gate, read-aloud audio) and the content loader as separate module instances, and
 * each needs the checked guide; the result is shared through `oncePerBuild`, per
 * folder, and made again when a fingerprint of its files (names, sizes, modification
 * times) or the day changes, so an edit in `astro dev` is still checked again. At
 * 1,000 initiatives a check takes seconds.
 */
import {
  checkContent,
  guideOrThrow,
  type CheckOptions,
  type CheckResult,
} from "../lib/content/validate.ts";
import type { Guide } from "../lib/content/model.ts";
import { checkContentInTwoThreads } from "./content-check-threads.ts";
import { oncePerBuild } from "./once-per-build.ts";
import { contentCheckMemo } from "./content-check-key.ts";

/** `checkContent(dir)`, done once for as long as the folder's files stay the same. */
export const checkContentOnce = oncePerBuild<[dir: string, options?: CheckOptions], CheckResult>(
  (dir, options = {}) => checkContent(dir, options),
  contentCheckMemo,
);

/**
 * `checkContentOnce(dir)` for the build's first check (the content gate): a check not
 * yet remembered is made in two threads (`content-check-threads.ts`).
 */
export function checkContentOnceInTwoThreads(
  dir: string,
  options: CheckOptions = {},
): Promise<CheckResult> {
  return checkContentOnce.madeBy(() => checkContentInTwoThreads(dir, options), dir, options);
}

/** `loadGuide(dir)` through the same memory as `checkContentOnce`. */
export function loadGuideOnce(dir: string, options: CheckOptions = {}): Guide {
  return guideOrThrow(checkContentOnce(dir, options), dir);
}
