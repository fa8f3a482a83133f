/**
 * Makes the planned audio files: one espeak-ng run per file says every segment in its
 * own language's voice (SSML, src/lib/audio/ssml.ts), Node checks the WAV, one opusenc
 * run encodes it from stdin. Files are written under a temporary name and renamed, so
 * the cache never holds a half-written file. A file whose making fails is tried once
 * more, then reported with its entry and language; the others go on. Node only (child
 * processes, files); the decisions are in plan.ts, queue.ts and wav.ts.
 *
 * Where the time went before (the sample's 119 files, about nine segments each): one
 * espeak-ng start per segment (about 15% of the CPU time) and opusenc at its highest
 * complexity (about 85%). Now: one espeak-ng start per file and `--comp 5`.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { encoderSettings } from "../../lib/audio/generated.ts";
import type { AudioJob } from "../../lib/audio/plan.ts";
import { speechMarkup } from "../../lib/audio/ssml.ts";
import { parseEspeakVoices } from "../../lib/audio/voices.ts";
import { checkedWav } from "../../lib/audio/wav.ts";

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
    child.on("close", (code, signal) => {
      if (code === 0) resolve(Buffer.concat(out));
      else {
        const why = signal ? `was stopped by ${signal}` : `exited with ${code}`;
        reject(new Error(`${command} ${why}: ${Buffer.concat(err).toString().trim()}`));
      }
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

/** The two steps of making a file. Tests replace them with fakes. */
export interface Synthesiser {
  /** WAV bytes of everything `job` says. */
  speak(job: AudioJob): Promise<Uint8Array>;
  /** Encodes WAV bytes into an Opus file at `target`. */
  encode(wav: Uint8Array, target: string): Promise<void>;
}

/** opusenc's arguments before input and output: part of the cache key (`encoderSettings`). */
export const opusencArguments: readonly string[] = [
  "--quiet",
  "--bitrate",
  String(encoderSettings.bitrate),
  ...(encoderSettings.channels === 1 ? ["--downmix-mono"] : []),
  `--${encoderSettings.tune}`,
  "--comp",
  String(encoderSettings.complexity),
  // A fixed stream number: the same input gives the same bytes on every machine.
  "--serial",
  "1",
];

/** espeak-ng and opusenc. Text goes in on stdin: no argument parsing of content. */
export function espeakSynthesiser(tools: AudioTools = defaultTools): Synthesiser {
  return {
    speak: (job) =>
      run(
        tools.espeak,
        ["-m", "-v", job.segments[0]?.voice ?? "en", "--stdin", "--stdout"],
        new TextEncoder().encode(speechMarkup(job.segments, encoderSettings.pauseMs)),
      ),
    encode: async (wav, target) => {
      await run(tools.opusenc, [...opusencArguments, "-", target], wav);
    },
  };
}

function isOgg(file: string): boolean {
  try {
    return readFileSync(file).subarray(0, 4).toString("latin1") === "OggS";
  } catch {
    return false;
  }
}

/** Makes one file of the plan in `cacheDir`; throws when any step fails. */
export async function synthesize(
  job: AudioJob,
  cacheDir: string,
  synthesiser: Synthesiser = espeakSynthesiser(),
): Promise<void> {
  const wav = checkedWav(await synthesiser.speak(job));
  mkdirSync(cacheDir, { recursive: true });
  const target = path.join(cacheDir, job.cacheFile);
  const temporary = `${target}.${randomUUID()}.tmp`;
  try {
    await synthesiser.encode(wav, temporary);
    if (!isOgg(temporary)) throw new Error("the encoder wrote no Ogg file");
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
}

export interface GenerateOptions {
  /** Default: espeak-ng and opusenc as `tools` name them. */
  synthesiser?: Synthesiser;
  tools?: AudioTools;
  /** Files made at the same time (espeak-ng and opusenc use one core each); default 2. */
  concurrency?: number;
  /** No file is started once this many milliseconds have passed; default: no limit. */
  budgetMs?: number;
  /** The time in milliseconds (default `performance.now`); tests pass a fake clock. */
  clock?: () => number;
}

export interface GenerateResult {
  made: number;
  /** Files made at the second try, with what went wrong the first time. */
  retried: { job: AudioJob; error: string }[];
  /** Files that failed twice. */
  failed: { job: AudioJob; error: string }[];
  /** Files not started because the budget ran out, in queue order. */
  left: AudioJob[];
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Makes `jobs` in their order, at most `concurrency` at a time, starting none once the
 * budget has run out (a file under way is finished: each takes about a second).
 */
export async function generateAll(
  jobs: readonly AudioJob[],
  cacheDir: string,
  options: GenerateOptions = {},
): Promise<GenerateResult> {
  const synthesiser = options.synthesiser ?? espeakSynthesiser(options.tools);
  const clock = options.clock ?? (() => performance.now());
  const budget = options.budgetMs ?? Number.POSITIVE_INFINITY;
  const result: GenerateResult = { made: 0, retried: [], failed: [], left: [] };
  const queue = [...jobs];
  const start = clock();
  const worker = async () => {
    while (queue.length > 0 && clock() - start < budget) {
      const job = queue.shift()!;
      try {
        await synthesize(job, cacheDir, synthesiser);
        result.made++;
      } catch (first) {
        try {
          await synthesize(job, cacheDir, synthesiser);
          result.made++;
          result.retried.push({ job, error: messageOf(first) });
        } catch (second) {
          result.failed.push({ job, error: messageOf(second) });
        }
      }
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 2, jobs.length));
  await Promise.all(Array.from({ length: workers }, worker));
  result.left = queue;
  return result;
}
