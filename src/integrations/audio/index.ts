import type { AstroIntegration } from "astro";
import { audioCacheDir } from "../../lib/audio/cache-dir.ts";
import { audioSummary, buildGeneratedAudio } from "./build-audio.ts";
import { contentDir } from "../../lib/content/content-dir.ts";
import { loadGuideOnce } from "../../data/content-check.ts";

/**
 * Makes read-aloud audio with espeak-ng before the pages are rendered, once per
 * build, into the audio cache; pages link to what is there and the audio endpoint
 * copies it into the site. Without espeak-ng (or opusenc) the build goes on: readers
 * get a recording or their phone's voice, and one log line says what was skipped.
 * It never blocks a deploy: after site.yaml `generatedAudioMinutes` (default 10) no
 * file is started, and the line says how many are left for a later build.
 */
export function generatedAudio(): AstroIntegration {
  return {
    name: "buurtgids:audio",
    hooks: {
      "astro:build:start": async ({ logger }) => {
        const report = await buildGeneratedAudio(loadGuideOnce(contentDir()), {
          cacheDir: audioCacheDir(),
        });
        const line = audioSummary(report);
        if (report.missing || report.result.failed.length > 0) logger.warn(line);
        else logger.info(line);
      },
    },
  };
}
