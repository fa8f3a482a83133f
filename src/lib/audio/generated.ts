/**
 * Build-time audio of the spoken text (espeak-ng → Opus): which entry × locale wants
 * it, and the cache key and file names it has. The integration generates the files;
 * pages compute the same names to find them, so both sides agree without a manifest.
 */
import { fnv1a64, spokenHash } from "../speech/hash.ts";
import type { SpokenSegment } from "../speech/types.ts";
import { espeakVoice } from "./voices.ts";

/**
 * How the audio is made. Part of the cache key: changing any value here (or the
 * format version) makes every file new. 16 kbit/s mono Opus keeps a minute of
 * speech near 120 KB, which a cheap phone on prepaid data can afford.
 *
 * Version 2 (one espeak-ng run per file, SSML; opusenc complexity 5) says the same
 * words in the same voices as version 1 (one run per segment, complexity 10) in less
 * than half the time; its files have new names, so a cache of version 1 is made again.
 */
export const encoderSettings = {
  version: 2,
  codec: "opus",
  bitrate: 16,
  channels: 1,
  /** opusenc `--speech`: tuned for a voice at low bitrates. */
  tune: "speech",
  /**
   * opusenc `--comp` (0–10, its default 10). Encoding is most of the time spent on
   * audio (about 0.7 s of CPU for a 35-second file at 10, 0.4 s at 5); at 16 kbit/s
   * a synthetic voice keeps the same words and nearly the same size.
   */
  complexity: 5,
  /**
   * Pause between segments, so a voice change does not run words together: it takes
   * the place of espeak-ng's own end-of-sentence pause (about 300 ms), so 600 ms is
   * that pause plus the 300 ms version 1 added.
   */
  pauseMs: 600,
} as const;

/** What the site file says about generated audio (SiteConfig fields). */
export interface GeneratedAudioSite {
  locales: readonly string[];
  /** Locales to generate; default: every site locale (those without a voice are skipped). */
  generatedAudio?: readonly string[];
}

/** Locales the site wants generated audio for. */
export function wantedAudioLocales(site: GeneratedAudioSite): readonly string[] {
  return site.generatedAudio ?? site.locales;
}

/**
 * Cache key of the audio for `segments`: the spoken text's own hash (text and
 * languages), the espeak-ng voice of each segment and the encoder settings. Same
 * input, same key, on any machine.
 */
export function audioCacheKey(segments: readonly SpokenSegment[]): string {
  return fnv1a64(
    JSON.stringify({
      speech: spokenHash(segments),
      voices: segments.map((s) => espeakVoice(s.lang)),
      encoder: encoderSettings,
    }),
  );
}

/** Name of a generated file in the cache folder. */
export function cacheFileName(key: string): string {
  return `${key}.opus`;
}

export interface ExpectedAudio {
  key: string;
  /** File name in the cache folder. */
  cacheFile: string;
  /** File name in `/audio/<slug>/`: locale and key, so a changed text gets a new URL. */
  fileName: string;
}

/**
 * The generated audio an entry in `locale` would have, or undefined when the site
 * does not want one there or a human recording takes its place.
 */
export function expectedGeneratedAudio(
  initiative: { audio: Record<string, string> },
  locale: string,
  site: GeneratedAudioSite,
  segments: readonly SpokenSegment[],
): ExpectedAudio | undefined {
  if (initiative.audio[locale] !== undefined) return undefined;
  if (!wantedAudioLocales(site).includes(locale)) return undefined;
  if (segments.length === 0) return undefined;
  const key = audioCacheKey(segments);
  return { key, cacheFile: cacheFileName(key), fileName: `${locale}-${key}.opus` };
}

/** File name of a human recording in `/audio/<slug>/`: the locale and the file's extension. */
export function recordingFileName(locale: string, contentPath: string): string {
  const extension = contentPath.slice(contentPath.lastIndexOf(".") + 1).toLowerCase();
  return `${locale}.${extension}`;
}

/** URL path (under the site base) of an entry's audio file. */
export function audioPath(slug: string, fileName: string): string {
  return `audio/${slug}/${fileName}`;
}
