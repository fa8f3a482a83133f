/**
 * The Starlight side of `npm run bench`: installs the bench's own Starlight project
 * (bench/starlight, never a dependency of the guide) on first use, writes the
 * generated entries as a Starlight site (src/lib/bench/starlight-site.ts) into a
 * that project for the time of the run, and builds it the way our build is measured.
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import type { GeneratedFile } from "../../lib/bench/generate.ts";
import { starlightSite } from "../../lib/bench/starlight-site.ts";
import { filesUnder, writeFiles } from "./files.ts";
import { timedAstroBuild, type BuildTiming } from "./timed-build.ts";

/** Installs bench/starlight from its lock file when its node_modules is missing. */
export function ensureStarlightInstalled(root: string): void {
  const project = path.join(root, "bench", "starlight");
  if (existsSync(path.join(project, "node_modules"))) return;
  console.error("Installing Starlight for the comparison (bench/starlight, once)…");
  const prefix = path.relative(root, project);
  const result = spawnSync("npm", ["ci", "--prefix", prefix, "--no-audit", "--no-fund"], {
    cwd: root,
    // Keep stdout clean for --json.
    stdio: ["ignore", 2, 2],
  });
  if (result.status !== 0) throw new Error(`npm ci --prefix ${prefix} failed`);
}

/** What a site adds to bench/starlight (all ignored by git), to remove afterwards. */
const siteParts = ["astro.config.mjs", "src", "dist", ".astro-cache"];

/**
 * Writes the Starlight site for `content` into bench/starlight itself, as a
 * Starlight project would be laid out (Astro does not build with packages from
 * outside the site's folder); returns the folder, for `removeStarlightSite`.
 */
export function writeStarlightSite(root: string, content: GeneratedFile[]): string {
  const dir = path.join(root, "bench", "starlight");
  removeStarlightSite(dir);
  writeFiles(dir, starlightSite(content));
  return dir;
}

export function removeStarlightSite(dir: string): void {
  for (const part of siteParts) rmSync(path.join(dir, part), { recursive: true, force: true });
}

/**
 * Builds the site in `dir` with Starlight's Astro; time, memory and pages built. Each
 * `round` builds cold, into folders of its own, removed with the site (see the bench's
 * `removeAtTheEnd`), with `env` set as for our build.
 */
export async function buildStarlight(
  dir: string,
  round: number,
  env: Record<string, string>,
): Promise<BuildTiming & { pages: number }> {
  const outDir = path.join(dir, "dist", `round-${round}`);
  const timing = await timedAstroBuild({
    cwd: dir,
    outDir,
    cacheDir: path.join(dir, ".astro-cache", `round-${round}`),
    env,
  });
  const pages = filesUnder(outDir).filter((file) => file.endsWith(".html")).length;
  return { ...timing, pages };
}
