/**
 * Builds the site from another content folder into its own output folder, isolated
 * from the normal build: Astro's content store goes to its own cache folder, and the
 * output folder lies inside the project so Astro's temporary files go there too
 * (outside it they would share `.astro/` with any other build running now).
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface SiteBuild {
  content: string;
  outDir: string;
  /** Astro's cache (content store) for this build alone. */
  cacheDir: string;
  /** Log file for the build's output. */
  log: string;
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
