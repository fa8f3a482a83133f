/**
 * Where the content folder is: `BUURTGIDS_CONTENT` (absolute, or relative to the
 * working directory) or `./content`. Shared by the CLI, the build and the tests, so
 * `BUURTGIDS_CONTENT=content npm run check` and the build agree.
 */
import path from "node:path";

/** Name of the environment variable that points at another content folder. */
export const contentDirEnv = "BUURTGIDS_CONTENT";

/** Absolute path of the content folder. */
export function contentDir(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
): string {
  const fromEnv = env[contentDirEnv]?.trim();
  return path.resolve(cwd, fromEnv ? fromEnv : "content");
}
