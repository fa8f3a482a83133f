/**
 * `TranslationHistory` from git: the repository that holds the content folder. Reads
 * only (`git log`, `git status` without optional locks, `git cat-file`); changes no
 * file. Outside a git work tree, or without git, history is unavailable. The one
 * place git runs: `npm run translations` and the build's "may be out of date"
 * notice (src/data/guide.ts) pass its result to src/lib/translations/outdated.ts.
 */
import { execFileSync } from "node:child_process";
import { msg } from "../lib/messages/index.ts";
import type { GitHistoryResult } from "../lib/translations/outdated.ts";
import type { TranslationHistory } from "../lib/translations/status.ts";

/** Runs git with `args`; returns its output, or throws when git fails or is missing. */
export type RunGit = (args: readonly string[]) => string;

const runGit: RunGit = (args) =>
  execFileSync("git", args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 256 * 1024 * 1024,
  });

function attempt(run: RunGit, args: readonly string[]): string | undefined {
  try {
    return run(args);
  } catch {
    return undefined;
  }
}

/** Content-relative path -> revision of the newest commit that changed it. */
function lastChanges(run: RunGit, top: string, prefix: string): Map<string, string> {
  const changes = new Map<string, string>();
  if (attempt(run, ["-C", top, "rev-parse", "--verify", "--quiet", "HEAD"]) === undefined)
    return changes; // no commit yet
  const log = run([
    "-C",
    top,
    "-c",
    "core.quotePath=false",
    "--literal-pathspecs",
    "log",
    "--format=%x01%H",
    "--name-only",
    "--",
    prefix || ".",
  ]);
  let revision = "";
  for (const line of log.split("\n")) {
    if (line.startsWith("\x01")) revision = line.slice(1).trim();
    else if (line && revision && line.startsWith(prefix)) {
      const file = line.slice(prefix.length);
      if (!changes.has(file)) changes.set(file, revision); // newest first
    }
  }
  return changes;
}

/** Content-relative paths with uncommitted changes, new files included. */
function uncommitted(run: RunGit, top: string, prefix: string): Set<string> {
  const out = run([
    "-C",
    top,
    "--no-optional-locks",
    "--literal-pathspecs",
    "status",
    "--porcelain=v1",
    "-z",
    "--untracked-files=all",
    "--",
    prefix || ".",
  ]);
  const files = new Set<string>();
  const items = out.split("\0");
  for (let i = 0; i < items.length; i++) {
    const item = items[i] ?? "";
    if (item.length < 4) continue;
    const file = item.slice(3);
    if (file.startsWith(prefix)) files.add(file.slice(prefix.length));
    if (item[0] === "R" || item[0] === "C") i++; // the next item is the old name
  }
  return files;
}

/** History of the git repository that holds `contentDir`, if there is one. */
export function gitHistory(contentDir: string, run: RunGit = runGit): GitHistoryResult {
  const where = attempt(run, ["-C", contentDir, "rev-parse", "--show-toplevel", "--show-prefix"]);
  if (where === undefined) {
    const hasGit = attempt(run, ["--version"]) !== undefined;
    return {
      available: false,
      reason: hasGit
        ? msg("translations.notInGit", { folder: contentDir })
        : msg("translations.noGit"),
    };
  }
  const [top = "", prefix = ""] = where.split("\n").map((l) => l.trim());
  let changes: Map<string, string>;
  let pending: Set<string>;
  try {
    changes = lastChanges(run, top, prefix);
    pending = uncommitted(run, top, prefix);
  } catch {
    return { available: false, reason: msg("translations.gitFailed") };
  }
  const shallow =
    attempt(run, ["-C", top, "rev-parse", "--is-shallow-repository"])?.trim() === "true";
  const cache = new Map<string, string | undefined>();
  const history: TranslationHistory = {
    lastChange: (file) => (pending.has(file) ? undefined : changes.get(file)),
    readAt: (revision, file) => {
      const key = `${revision}:${prefix}${file}`;
      if (!cache.has(key)) cache.set(key, attempt(run, ["-C", top, "cat-file", "blob", key]));
      return cache.get(key);
    },
  };
  return { available: true, history, shallow };
}
