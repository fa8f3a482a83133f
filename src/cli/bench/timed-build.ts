/**
 * One `astro build` in its own Node process, timed, with the peak memory of its whole
 * process tree. The Astro that builds is the one `cwd` resolves (ours, or the bench's
 * Starlight project for the comparison), so both are measured the same way.
 */
import { spawn } from "node:child_process";
import { watchPeakRss } from "./process-rss.ts";

export interface TimedBuildOptions {
  /** The project root; `astro` is imported from here. */
  cwd: string;
  outDir: string;
  /** Astro's cache folder, apart from other builds' `.astro/`. */
  cacheDir: string;
  env?: Record<string, string>;
  /** Write a V8 CPU profile of the build into this folder (`node --cpu-prof`). */
  profileDir?: string;
}

export interface BuildTiming {
  seconds: number;
  peakRss: number | undefined;
}

export function timedAstroBuild(options: TimedBuildOptions): Promise<BuildTiming> {
  const script = `import { build } from "astro";
    await build({ root: process.cwd(), outDir: ${JSON.stringify(options.outDir)}, cacheDir: ${JSON.stringify(options.cacheDir)}, logLevel: "error" });`;
  const profile = options.profileDir ? ["--cpu-prof", "--cpu-prof-dir", options.profileDir] : [];
  const started = performance.now();
  const child = spawn(process.execPath, [...profile, "--input-type=module", "-e", script], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const memory = watchPeakRss(child.pid ?? 0);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const peakRss = memory.stop();
      if (code !== 0) reject(new Error(`astro build in ${options.cwd} exited with ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakRss });
    });
  });
}
