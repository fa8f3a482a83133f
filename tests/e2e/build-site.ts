/**
 * Builds the site from another content folder into its own output folder, isolated
 * from the normal build: Astro's content store goes to its own cache folder, and the
 * output folder lies inside the project so Astro's temporary files go there too
 * (outside it they would share `.astro/` with any other build running now).
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { generateContent } from "../../src/lib/bench/generate.ts";
import path from "node:path";

export interface SiteBuild {
  content: string;
  outDir: string;
  /** Astro's cache (content store) for this build alone. */
  cacheDir: string;
  /** Log file for the build's output. */
  log: string;
  /** More environment for the build, e.g. `BUURTGIDS_NOW` to pin its "today". */
  env?: Record<string, string>;
}

/**
 * Runs `astro build` through Astro's JS API in a child process. Read-aloud audio is
 * left out (espeak-ng is made to look missing): it has nothing to do with search and
 * would take an hour for a thousand entries.
 */
export async function buildSite(build: SiteBuild): Promise<void> {
  const noAudio = path.join(build.cacheDir, "no-audio-bin");
  mkdirSync(noAudio, { recursive: true });
  const fake = path.join(noAudio, "espeak-ng");
  writeFileSync(fake, "#!/bin/sh\nexit 1\n");
  chmodSync(fake, 0o755);
  const script = `
    import { build } from "astro";
    await build({
      root: process.cwd(),
      outDir: ${JSON.stringify(build.outDir)},
      cacheDir: ${JSON.stringify(build.cacheDir)},
      logLevel: "warn",
    });
  `;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      env: {
        ...process.env,
        PATH: `${noAudio}${path.delimiter}${process.env.PATH ?? ""}`,
        BUURTGIDS_CONTENT: build.content,
        BUURTGIDS_AUDIO_CACHE: path.join(build.cacheDir, "audio"),
        ASTRO_TELEMETRY_DISABLED: "1",
        ...build.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const output = Buffer.concat(chunks).toString();
      writeFileSync(build.log, output);
      if (code === 0) resolve();
      else reject(new Error(`astro build exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/**
 * Writes a generated neighbourhood (src/lib/bench/generate.ts, with the sample's
 * site.yaml) to `<work>/content` and builds it into `<work>/dist`; returns that folder.
 */
export async function buildGeneratedSite(
  work: string,
  options: { seed: number; initiatives: number; env?: Record<string, string> },
): Promise<string> {
  const content = path.join(work, "content");
  const outDir = path.join(work, "dist");
  const siteYaml = readFileSync(path.resolve("content/site.yaml"), "utf8");
  for (const file of generateContent({
    seed: options.seed,
    initiatives: options.initiatives,
    siteYaml,
  })) {
    const target = path.join(content, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  await buildSite({
    content,
    outDir,
    cacheDir: path.join(work, "cache"),
    log: path.join(work, "build.log"),
    env: options.env,
  });
  return outDir;
}
