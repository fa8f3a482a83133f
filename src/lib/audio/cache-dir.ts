/**
 * Where generated audio is kept between builds: `BUURTGIDS_AUDIO_CACHE` or
 * `./.cache/audio` (git-ignored). Files are named by their cache key, so a build
 * only makes audio whose text, voice or encoder settings changed.
 */
import path from "node:path";

export const audioCacheEnv = "BUURTGIDS_AUDIO_CACHE";

/** Absolute path of the audio cache folder. */
export function audioCacheDir(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
): string {
  const fromEnv = env[audioCacheEnv]?.trim();
  return path.resolve(cwd, fromEnv ? fromEnv : ".cache/audio");
}
