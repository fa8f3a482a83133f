/**
 * The Starlight side of `npm run bench`: installs the bench's own Starlight project
 * (bench/starlight, never a dependency of the guide) on first use, writes the
 * generated entries as a Starlight site (src/lib/bench/starlight-site.ts) into a
 * temporary folder that uses that project's node_modules, and builds it the way our
 * build is measured.
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, symlinkSync } from "node:fs";
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

/** Writes the Starlight site for `content` into `dir`; returns the folder. */
export function writeStarlightSite(root: string, dir: string, content: GeneratedFile[]): string {
  writeFiles(dir, starlightSite(content));
  symlinkSync(
    path.join(root, "bench", "starlight", "node_modules"),
    path.join(dir, "node_modules"),
  );
  return dir;
}

/** Builds the site in `dir` with Starlight's Astro; time, memory and pages built. */
export async function buildStarlight(dir: string): Promise<BuildTiming & { pages: number }> {
  const outDir = path.join(dir, "dist");
  rmSync(outDir, { recursive: true, force: true });
  const timing = await timedAstroBuild({
    cwd: dir,
    outDir,
    cacheDir: path.join(dir, ".astro-cache"),
  });
  const pages = filesUnder(outDir).filter((file) => file.endsWith(".html")).length;
  return { ...timing, pages };
}
