/**
 * `npm run bench -- --audio [--initiatives N] [--json]`: cold read-aloud audio.
 *
 * Makes every generated audio file of a guide into an empty temporary cache, the way
 * a first build would (same planning, same tools, same parallel jobs), and reports
 * the seconds it took, seconds per file and files per second. Without
 * `--initiatives` the guide is the content folder (`BUURTGIDS_CONTENT` or the
 * sample); with it, the synthetic neighbourhood of that size. The load average is
 * printed with it: on a shared machine the same command can take twice as long.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { buildGeneratedAudio } from "../../integrations/audio/build-audio.ts";
import { loadGuide } from "../../lib/content/validate.ts";

export interface AudioBenchResult {
  label: string;
  initiatives: number;
  /** Files made from an empty cache. */
  files: number;
  failed: number;
  seconds: number;
  secondsPerFile: number;
  filesPerSecond: number;
  /**
   * CPU seconds per file: this process and the espeak-ng and opusenc runs it waited
   * for (Linux /proc; undefined elsewhere). Less noisy than seconds on a busy machine.
   */
  cpuSecondsPerFile: number | undefined;
  cores: number;
  /** 1-minute load average before and after (other processes on the machine). */
  load: { before: number; after: number };
}

export interface AudioBenchOptions {
  label: string;
  /** The content folder (site.yaml, initiatives/, places/). */
  content: string;
}

/**
 * CPU seconds used so far by this process and by the children it has waited for
 * (`/proc/self/stat` utime, stime, cutime, cstime, in USER_HZ = 100 ticks a second).
 */
function cpuSeconds(): number | undefined {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields 14 to 17 of the line; the slice starts at field 3.
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
  } catch {
    return undefined;
  }
}

/** Makes all of `content`'s generated audio into an empty cache and times it. */
export async function benchAudio(options: AudioBenchOptions): Promise<AudioBenchResult> {
  const guide = loadGuide(options.content);
  const cacheDir = mkdtempSync(path.join(tmpdir(), "buurtgids-audio-bench-"));
  const before = loadavg()[0] ?? 0;
  try {
    const cpuBefore = cpuSeconds();
    const started = performance.now();
    const report = await buildGeneratedAudio(guide, {
      cacheDir,
      // The whole cold run, however long: the budget is what the bench measures against.
      budgetMs: Number.POSITIVE_INFINITY,
    });
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = cpuSeconds();
    const cpu =
      cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
    if (report.missing) throw new Error(`cannot make audio: ${report.missing}`);
    const files = report.result.made;
    return {
      label: options.label,
      initiatives: guide.initiatives.length,
      files,
      failed: report.result.failed.length,
      seconds,
      secondsPerFile: files ? seconds / files : 0,
      filesPerSecond: seconds ? files / seconds : 0,
      cpuSecondsPerFile: cpu === undefined || !files ? undefined : cpu / files,
      cores: availableParallelism(),
      load: { before, after: loadavg()[0] ?? 0 },
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** A few lines for people: the time, per file, per second and the machine's load. */
export function formatAudioBench(result: AudioBenchResult): string {
  const { load } = result;
  return [
    `Read-aloud audio, cold (empty cache): ${result.label}, ${result.initiatives} initiatives`,
    `  files made        ${result.files}${result.failed ? ` (${result.failed} failed)` : ""}`,
    `  seconds           ${result.seconds.toFixed(1)}`,
    `  seconds per file  ${result.secondsPerFile.toFixed(3)}`,
    `  files per second  ${result.filesPerSecond.toFixed(2)}`,
    `  CPU s per file    ${result.cpuSecondsPerFile?.toFixed(3) ?? "–"} (this process and its espeak-ng and opusenc runs)`,
    `  machine           ${result.cores} cores, load average ${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after`,
  ].join("\n");
}
