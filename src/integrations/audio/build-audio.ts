/**
 * One build's generated audio: plan every entry × locale the site wants, skip what
 * the cache holds or espeak-ng cannot say, make the rest in queue order (never had
 * audio first, then the longest waiting) until the time budget runs out, and note in
 * the cache's ledger what is still waiting. Used by the audio integration, the bench
 * (`npm run bench -- --audio`) and the tests.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Guide } from "../../lib/content/model.ts";
import { buildNow } from "../../lib/guide/build-now.ts";
import { today } from "../../lib/schedule/index.ts";
import { spokenSegments } from "../../lib/speech/index.ts";
import { planGeneratedAudio, skippedSummary, type AudioPlan } from "../../lib/audio/plan.ts";
import {
  audioBudgetMs,
  formatLedger,
  nextLedger,
  orderJobs,
  parseLedger,
} from "../../lib/audio/queue.ts";
import { espeakSpeaks } from "../../lib/audio/voices.ts";
import { defaultTools, generateAll, probeTools, type AudioTools } from "./synthesize.ts";
import type { GenerateResult, Synthesiser } from "./synthesize.ts";

/** The ledger of waiting files, next to the files in the cache folder. */
export const ledgerFile = "waiting.json";

export interface BuildAudioOptions {
  cacheDir: string;
  tools?: AudioTools;
  /** Replaces espeak-ng and opusenc (tests). */
  synthesiser?: Synthesiser;
  /** Parallel jobs; default: the cores there are, at most 4. */
  concurrency?: number;
  /** The build's "now"; default: `buildNow()`, as the pages use. */
  now?: Date;
  /** Milliseconds for making audio; default: site.yaml `generatedAudioMinutes` (10 minutes). */
  budgetMs?: number;
  /** The time in milliseconds while making audio (tests pass a fake clock). */
  clock?: () => number;
}

export interface BuildAudioReport {
  plan: AudioPlan;
  result: GenerateResult;
  /** The budget this build had, in milliseconds. */
  budgetMs: number;
  /** Set when a tool is missing: nothing was made. */
  missing?: string;
}

function readLedgerText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Makes the generated audio `guide` needs into `cacheDir`, as far as the budget goes. */
export async function buildGeneratedAudio(
  guide: Guide,
  options: BuildAudioOptions,
): Promise<BuildAudioReport> {
  const tools = options.tools ?? defaultTools;
  const probe = await probeTools(tools);
  const languages = "languages" in probe ? probe.languages : [];
  const now = options.now ?? buildNow();
  const context = {
    defaultLocale: guide.site.defaultLocale,
    placeBySlug: new Map(guide.places.map((p) => [p.slug, p])),
    // The pages' "today" (src/data/guide.ts): the spoken closures depend on it. (A build
    // that crosses midnight may miss a file for a changed text until the next build.)
    today: today(now, guide.site.timeZone),
  };
  const bySlug = new Map(guide.initiatives.map((i) => [i.slug, i]));
  const plan = planGeneratedAudio({
    site: guide.site,
    initiatives: guide.initiatives,
    segmentsOf: (slug, locale) => {
      const initiative = bySlug.get(slug);
      return initiative ? spokenSegments(initiative, locale, context) : [];
    },
    speaks: (lang) => espeakSpeaks(languages, lang),
    isCached: (file) => existsSync(path.join(options.cacheDir, file)),
  });
  const ledgerPath = path.join(options.cacheDir, ledgerFile);
  const ledger = parseLedger(readLedgerText(ledgerPath));
  const budgetMs = options.budgetMs ?? audioBudgetMs(guide.site);
  const result = await generateAll(
    orderJobs(plan.jobs, ledger, now, guide.site.locales),
    options.cacheDir,
    {
      tools,
      concurrency: options.concurrency ?? Math.min(4, availableParallelism()),
      budgetMs,
      ...(options.synthesiser ? { synthesiser: options.synthesiser } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    },
  );
  // What is still waiting, for the next build's order. Not without the tools: the
  // pairs they would make are not in the plan then, and their waiting time would go.
  if (!("missing" in probe) && plan.pairs.length > 0) {
    const pairs = plan.pairs.map((pair) => ({
      ...pair,
      cached: existsSync(path.join(options.cacheDir, pair.cacheFile)),
    }));
    mkdirSync(options.cacheDir, { recursive: true });
    const temporary = `${ledgerPath}.${process.pid}.tmp`;
    writeFileSync(temporary, formatLedger(nextLedger(ledger, pairs, now)));
    renameSync(temporary, ledgerPath);
  }
  const report: BuildAudioReport = { plan, result, budgetMs };
  return "missing" in probe ? { ...report, missing: probe.missing } : report;
}

/** "10-minute", "1.5-minute", "30-second", "5-millisecond". */
function budgetWords(ms: number): string {
  const round = (n: number) => Number(n.toFixed(1));
  if (ms >= 60_000) return `${round(ms / 60_000)}-minute`;
  if (ms >= 1000) return `${round(ms / 1000)}-second`;
  return `${round(ms)}-millisecond`;
}

/** "avondinloop nl: what went wrong; …": failed files for the log line, at most three. */
function failures(failed: GenerateResult["failed"]): string {
  const named = failed.slice(0, 3).map(({ job, error }) => `${job.slug} ${job.locale}: ${error}`);
  if (failed.length > 3) named.push(`${failed.length - 3} more`);
  return named.join("; ").replace(/\s*\n\s*/g, " ");
}

/** 1465 → "1,465". */
const count = (n: number) => n.toLocaleString("en-US");

/** The build log's one line about generated audio. */
export function audioSummary(report: BuildAudioReport): string {
  const { plan, result, missing, budgetMs } = report;
  const skipped = Object.values(plan.skipped).reduce((sum, n) => sum + n, 0);
  const left = result.left.length;
  const parts =
    budgetMs <= 0 && !missing
      ? ["making audio is off (site.yaml generatedAudioMinutes: 0)"]
      : [`made ${count(result.made)}`];
  parts.push(`${count(plan.cached)} from the cache`);
  if (left > 0) {
    const files = `${count(left)} ${left === 1 ? "file" : "files"}`;
    parts.push(
      budgetMs <= 0
        ? `${files} not made (those entries offer the phone's own voice)`
        : `${files} left for a later build (the ${budgetWords(budgetMs)} budget ran out; until then those entries offer the phone's own voice)`,
    );
  }
  if (skipped > 0) {
    const why = missing ? `${missing} is not installed` : "no espeak-ng voice";
    parts.push(`skipped ${count(skipped)} (${skippedSummary(plan.skipped)}: ${why})`);
  }
  if (result.retried.length > 0) parts.push(`${result.retried.length} made at the second try`);
  if (result.failed.length > 0) {
    parts.push(`${result.failed.length} failed twice (${failures(result.failed)})`);
  }
  return `Read-aloud audio: ${parts.join(", ")}`;
}
