/**
 * Which check of a content folder a remembered result is: the folder, today and a
 * fingerprint of its files (names, sizes, modification times). Apart from the check
 * itself (`content-check.ts`) so that the content loader can find the gate's result
 * without loading the checking code (`checked-guide.ts`).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { CheckOptions } from "../lib/content/validate.ts";
import type { OncePerBuildOptions } from "./once-per-build.ts";

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

/** How the build remembers a check (`oncePerBuild`): per folder, shared by every module copy. */
export const contentCheckMemo: OncePerBuildOptions<[dir: string, options?: CheckOptions]> = {
  key: (dir) => path.resolve(dir),
  version: (dir, options) => checkVersion(dir, options),
  shared: "buurtgids.contentCheck",
};
