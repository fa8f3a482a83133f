/**
 * A synthesiser without espeak-ng or opusenc, for tests of the audio queue: each file
 * takes `msPerFile` on a fake clock, `speak` can be made to fail, `encode` writes a
 * tiny Ogg-looking file.
 */
import { writeFileSync } from "node:fs";
import type { AudioJob } from "../../../src/lib/audio/plan.ts";
import { encodeWav } from "../../../src/lib/audio/wav.ts";
import type { Synthesiser } from "../../../src/integrations/audio/synthesize.ts";

/** A short valid WAV, as espeak-ng would write it. */
export const validWav = encodeWav(
  { sampleRate: 22050, channels: 1, bitsPerSample: 16 },
  new Uint8Array(64),
);

export interface FakeSynthesiser extends Synthesiser {
  /** Every `speak` call's entry and locale, in order: `slug/locale`. */
  spoken: string[];
  /** The fake time, milliseconds. */
  clock: () => number;
}

export function fakeSynthesiser(
  options: {
    msPerFile?: number;
    /** What `speak` returns for a job's `attempt`th call (1, 2, …); default a valid WAV. */
    wavFor?: (job: AudioJob, attempt: number) => Uint8Array;
  } = {},
): FakeSynthesiser {
  let now = 0;
  const spoken: string[] = [];
  return {
    spoken,
    clock: () => now,
    speak: async (job) => {
      const id = `${job.slug}/${job.locale}`;
      spoken.push(id);
      now += options.msPerFile ?? 0;
      const attempt = spoken.filter((s) => s === id).length;
      return options.wavFor ? options.wavFor(job, attempt) : validWav;
    },
    encode: async (_wav, target) => {
      writeFileSync(target, "OggS fake opus");
    },
  };
}

/** A planned file for `slug` in `locale` (its words do not matter to the fakes). */
export function job(slug: string, locale: string): AudioJob {
  const key = `${slug}-${locale}`;
  return { slug, locale, key, cacheFile: `${key}.opus`, segments: [{ text: slug, voice: locale }] };
}
