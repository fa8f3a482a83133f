/**
 * What one build must synthesize: every initiative × site locale that wants
 * generated audio, minus what the cache already holds and what espeak-ng cannot
 * say. Pure: the caller tells it which languages have a voice and what is cached.
 */
import type { SpokenSegment } from "../speech/types.ts";
import {
  expectedGeneratedAudio,
  wantedAudioLocales,
  type GeneratedAudioSite,
} from "./generated.ts";
import { espeakVoice } from "./voices.ts";

export interface AudioJob {
  slug: string;
  locale: string;
  key: string;
  cacheFile: string;
  /** Text to say, each with the espeak-ng voice for its language. */
  segments: { text: string; voice: string }[];
}

export interface AudioPlan {
  /** Files to make, in slug and site locale order (the build orders them by the queue). */
  jobs: AudioJob[];
  /** Every entry × locale with a file in the cache or in `jobs` (several may share one). */
  pairs: { slug: string; locale: string; cacheFile: string }[];
  /** Files already in the cache. */
  cached: number;
  /** Entry × locale pairs left without generated audio, per locale. */
  skipped: Record<string, number>;
}

export interface PlanInput {
  site: GeneratedAudioSite;
  initiatives: readonly { slug: string; audio: Record<string, string> }[];
  /** What read-aloud says for an entry in a locale. */
  segmentsOf: (slug: string, locale: string) => readonly SpokenSegment[];
  /** Can espeak-ng say text in `lang`? (always false when it is not installed) */
  speaks: (lang: string) => boolean;
  isCached: (cacheFile: string) => boolean;
}

/** The jobs for one build, in a stable order (by slug, then site locale order). */
export function planGeneratedAudio(input: PlanInput): AudioPlan {
  const plan: AudioPlan = { jobs: [], pairs: [], cached: 0, skipped: {} };
  const queued = new Set<string>();
  const sorted = [...input.initiatives].sort((a, b) => a.slug.localeCompare(b.slug));
  const wanted = wantedAudioLocales(input.site);
  for (const initiative of sorted) {
    for (const locale of input.site.locales) {
      // Words are put together only where audio may be made (not for a recording).
      if (!wanted.includes(locale) || initiative.audio[locale] !== undefined) continue;
      const segments = input.segmentsOf(initiative.slug, locale);
      const expected = expectedGeneratedAudio(initiative, locale, input.site, segments);
      if (!expected) continue;
      const pair = { slug: initiative.slug, locale, cacheFile: expected.cacheFile };
      // Cached audio is used even where espeak-ng is missing now.
      if (input.isCached(expected.cacheFile)) {
        plan.cached++;
        plan.pairs.push(pair);
        continue;
      }
      if (!segments.every((s) => input.speaks(s.lang))) {
        plan.skipped[locale] = (plan.skipped[locale] ?? 0) + 1;
        continue;
      }
      plan.pairs.push(pair);
      // Two entries with the same words share one file.
      if (queued.has(expected.key)) continue;
      queued.add(expected.key);
      plan.jobs.push({
        slug: initiative.slug,
        locale,
        key: expected.key,
        cacheFile: expected.cacheFile,
        segments: segments.map((s) => ({ text: s.text, voice: espeakVoice(s.lang) })),
      });
    }
  }
  return plan;
}

/** "ar 25, tr 3": skipped counts for one log line. */
export function skippedSummary(skipped: Record<string, number>): string {
  return Object.entries(skipped)
    .map(([locale, count]) => `${locale} ${count}`)
    .join(", ");
}
