/**
 * Runs espeak-ng and opusenc for the planned audio: each segment with the voice of
 * its language, the WAVs joined in Node, one Opus encode per file. Files are written
 * under a temporary name and renamed, so the cache never holds a half-written file.
 * Node only (child processes, files); the decisions are in plan.ts and wav.ts.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { encoderSettings } from "../../lib/audio/generated.ts";
import type { AudioJob } from "../../lib/audio/plan.ts";
import { parseEspeakVoices } from "../../lib/audio/voices.ts";
import { concatWav } from "../../lib/audio/wav.ts";

/** Commands to run; tests point `espeak` at a wrapper that counts its runs. */
export interface AudioTools {
  espeak: string;
  opusenc: string;
}

export const defaultTools: AudioTools = { espeak: "espeak-ng", opusenc: "opusenc" };

/** Runs a command, feeding `input` to stdin; resolves with stdout, rejects with stderr. */
function run(command: string, args: readonly string[], input?: Uint8Array): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`${command} exited with ${code}: ${Buffer.concat(err).toString()}`));
    });
    // A tool that dies early closes stdin; its exit code tells what went wrong.
    child.stdin.on("error", () => {});
    child.stdin.end(input);
  });
}

/**
 * The languages espeak-ng speaks, or why generation cannot run (a tool is missing).
 */
export async function probeTools(
  tools: AudioTools = defaultTools,
): Promise<{ languages: string[] } | { missing: string }> {
  let languages: string[];
  try {
    languages = parseEspeakVoices((await run(tools.espeak, ["--voices"])).toString());
  } catch {
    return { missing: `${tools.espeak} (Debian package espeak-ng)` };
  }
  try {
    await run(tools.opusenc, ["--version"]);
  } catch {
    return { missing: `${tools.opusenc} (Debian package opus-tools)` };
  }
  return { languages };
}

/** Speaks one segment into WAV bytes. Text goes in on stdin: no argument parsing of content. */
function speak(tools: AudioTools, text: string, voice: string): Promise<Buffer> {
  return run(tools.espeak, ["-v", voice, "--stdin", "--stdout"], new TextEncoder().encode(text));
}

/** Makes one file of the plan in `cacheDir`. */
export async function synthesize(job: AudioJob, cacheDir: string, tools = defaultTools) {
  const parts: Uint8Array[] = [];
  for (const segment of job.segments) parts.push(await speak(tools, segment.text, segment.voice));
  const wav = concatWav(parts, encoderSettings.gapMs);
  mkdirSync(cacheDir, { recursive: true });
  const target = path.join(cacheDir, job.cacheFile);
  const temporary = `${target}.${randomUUID()}.tmp`;
  const source = `${temporary}.wav`;
  writeFileSync(source, wav);
  try {
    await run(tools.opusenc, [
      "--quiet",
      "--bitrate",
      String(encoderSettings.bitrate),
      ...(encoderSettings.channels === 1 ? ["--downmix-mono"] : []),
      `--${encoderSettings.tune}`,
      // A fixed stream number: the same input gives the same bytes on every machine.
      "--serial",
      "1",
      source,
      temporary,
    ]);
    renameSync(temporary, target);
  } finally {
    rmSync(source, { force: true });
    rmSync(temporary, { force: true });
  }
}

export interface GenerateResult {
  made: number;
  failed: { job: AudioJob; error: string }[];
}

/** Runs `jobs` with at most `concurrency` at a time (espeak-ng and opusenc use one core each). */
export async function generateAll(
  jobs: readonly AudioJob[],
  cacheDir: string,
  options: { tools?: AudioTools; concurrency?: number } = {},
): Promise<GenerateResult> {
  const result: GenerateResult = { made: 0, failed: [] };
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      try {
        await synthesize(job, cacheDir, options.tools);
        result.made++;
      } catch (error) {
        result.failed.push({ job, error: error instanceof Error ? error.message : String(error) });
      }
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 2, jobs.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return result;
}
