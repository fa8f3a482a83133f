/**
 * Read-aloud for pages: what an entry says in a locale, and which sound files it has
 * (a volunteer's recording, audio the build made). The names come from src/lib/audio;
 * this file only adds the file system: the content folder and the audio cache.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Initiative } from "../lib/content/model.ts";
import { contentDir } from "../lib/content/content-dir.ts";
import { audioCacheDir } from "../lib/audio/cache-dir.ts";
import { audioPath, expectedGeneratedAudio, recordingFileName } from "../lib/audio/generated.ts";
import { spokenSegments, type SpokenSegment } from "../lib/speech/index.ts";
import { guideData } from "./guide.ts";
import { oncePerBuild } from "./once-per-build.ts";

export interface ReadAloudSources {
  segments: SpokenSegment[];
  /** URL path (without base) of the human recording in this locale. */
  recording?: string;
  /** URL path (without base) of the generated audio, when the build made it. */
  generated?: string;
}

/** A file published under `/audio/<slug>/<file>`, read from `source`. */
export interface AudioFile {
  slug: string;
  file: string;
  source: string;
}

interface Resolved {
  sources: ReadAloudSources;
  /** The generated file, when the cache holds it. */
  generated?: AudioFile;
}

/** What `initiative` says in `locale` and its sound files, once per entry and locale. */
const resolve = oncePerBuild(resolveSources, {
  key: (initiative, locale) => `${initiative.slug}/${locale}`,
});

async function resolveSources(initiative: Initiative, locale: string): Promise<Resolved> {
  const { site, placeBySlug, today } = await guideData();
  // Same context as the audio integration, so both compute the same cache key.
  const segments = spokenSegments(initiative, locale, {
    defaultLocale: site.defaultLocale,
    placeBySlug,
    today,
  });
  const resolved: Resolved = { sources: { segments } };
  const recorded = initiative.audio[locale];
  if (recorded !== undefined) {
    resolved.sources.recording = audioPath(initiative.slug, recordingFileName(locale, recorded));
  }
  const expected = expectedGeneratedAudio(initiative, locale, site, segments);
  const cached = expected && path.join(audioCacheDir(), expected.cacheFile);
  if (expected && cached && existsSync(cached)) {
    resolved.sources.generated = audioPath(initiative.slug, expected.fileName);
    resolved.generated = { slug: initiative.slug, file: expected.fileName, source: cached };
  }
  return resolved;
}

/** The spoken text and sound files of `initiative` for a reader of `locale`. */
export async function readAloudSources(
  initiative: Initiative,
  locale: string,
): Promise<ReadAloudSources> {
  return (await resolve(initiative, locale)).sources;
}

/** Every sound file the site publishes: recordings, and generated audio the cache holds. */
export async function audioFiles(): Promise<AudioFile[]> {
  const { site, initiatives } = await guideData();
  const files: AudioFile[] = [];
  for (const initiative of initiatives) {
    for (const [locale, recorded] of Object.entries(initiative.audio)) {
      files.push({
        slug: initiative.slug,
        file: recordingFileName(locale, recorded),
        source: path.join(contentDir(), recorded),
      });
    }
    for (const locale of site.locales) {
      const { generated } = await resolve(initiative, locale);
      if (generated) files.push(generated);
    }
  }
  return files;
}
