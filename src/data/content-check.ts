/**
 * One content check per build. Astro loads the config integrations (the content
 * gate, read-aloud audio) and the content loader as separate module instances, and
 * each needs the checked guide; the result is shared through `oncePerBuild`, per
 * folder, and made again when a fingerprint of its files (names, sizes, modification
 * times) or the day changes, so an edit in `astro dev` is still checked again. At
 * 1,000 initiatives a check takes seconds.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  checkContent,
  guideOrThrow,
  type CheckOptions,
  type CheckResult,
} from "../lib/content/validate.ts";
import type { Guide } from "../lib/content/model.ts";
import { checkContentInTwoThreads } from "./content-check-threads.ts";
import { oncePerBuild } from "./once-per-build.ts";

/** A hash of every file's path, size and modification time under `root`. */
export function contentFingerprint(root: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        // lstat: a link to nowhere is the check's to report (with its file), not a crash here.
        const stat = fs.lstatSync(full, { throwIfNoEntry: false });
        hash.update(`${path.relative(root, full)}\0${stat?.size}\0${stat?.mtimeMs}\n`);
      }
    }
  };
  walk(root);
  return hash.digest("hex");
}

/** Which check of `dir` a result is: today and the folder's fingerprint. */
function checkVersion(dir: string, options: CheckOptions = {}): string {
  // Today is part of the check (`lastVerified` not in the future): a pinned now is too.
  return `${options.today ?? process.env.BUURTGIDS_NOW ?? ""}\n${contentFingerprint(path.resolve(dir))}`;
}

/** `checkContent(dir)`, done once for as long as the folder's files stay the same. */
export const checkContentOnce = oncePerBuild<[dir: string, options?: CheckOptions], CheckResult>(
  (dir, options = {}) => checkContent(dir, options),
  {
    key: (dir) => path.resolve(dir),
    version: (dir, options) => checkVersion(dir, options),
    shared: "buurtgids.contentCheck",
  },
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
