/**
 * One build's generated audio: plan every entry × locale the site wants, skip what
 * the cache holds or espeak-ng cannot say, make the rest. Used by the audio
 * integration and by the build test (which counts espeak-ng runs on a warm cache).
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Guide } from "../../lib/content/model.ts";
import { buildNow } from "../../lib/guide/build-now.ts";
import { today } from "../../lib/schedule/index.ts";
import { spokenSegments } from "../../lib/speech/index.ts";
import { planGeneratedAudio, skippedSummary, type AudioPlan } from "../../lib/audio/plan.ts";
import { defaultTools, generateAll, probeTools, type AudioTools } from "./synthesize.ts";
import type { GenerateResult } from "./synthesize.ts";
import { espeakSpeaks } from "../../lib/audio/voices.ts";

export interface BuildAudioOptions {
  cacheDir: string;
  tools?: AudioTools;
  /** Parallel jobs; default: the cores there are, at most 4. */
  concurrency?: number;
  /** The build's "now"; default: `buildNow()`, as the pages use. */
  now?: Date;
}

export interface BuildAudioReport {
  plan: AudioPlan;
  result: GenerateResult;
  /** Set when a tool is missing: nothing was made. */
  missing?: string;
}

/** Makes the generated audio `guide` needs into `cacheDir`. */
export async function buildGeneratedAudio(
  guide: Guide,
  options: BuildAudioOptions,
): Promise<BuildAudioReport> {
  const tools = options.tools ?? defaultTools;
  const probe = await probeTools(tools);
  const languages = "languages" in probe ? probe.languages : [];
  const context = {
    defaultLocale: guide.site.defaultLocale,
    placeBySlug: new Map(guide.places.map((p) => [p.slug, p])),
    // The pages' "today" (src/data/guide.ts): the spoken closures depend on it. (A build
    // that crosses midnight may miss a file for a changed text until the next build.)
    today: today(options.now ?? buildNow(), guide.site.timeZone),
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
  const concurrency = options.concurrency ?? Math.min(4, availableParallelism());
  const result = await generateAll(plan.jobs, options.cacheDir, { tools, concurrency });
  return "missing" in probe ? { plan, result, missing: probe.missing } : { plan, result };
}

/** The build log's one line about generated audio. */
export function audioSummary(report: BuildAudioReport): string {
  const { plan, result, missing } = report;
  const skipped = Object.values(plan.skipped).reduce((sum, n) => sum + n, 0);
  const parts = [`made ${result.made}`, `${plan.cached} from the cache`];
  if (skipped > 0) {
    const why = missing ? `${missing} is not installed` : "no espeak-ng voice";
    parts.push(`skipped ${skipped} (${skippedSummary(plan.skipped)}: ${why})`);
  }
  if (result.failed.length > 0) {
    parts.push(`${result.failed.length} failed (first: ${result.failed[0]?.error.trim()})`);
  }
  return `Read-aloud audio: ${parts.join(", ")}`;
}
