/**
 * The one memo of the build: a value every page shares, made on first use. Every
 * cache in src/data (and the content check the config, the loader and the audio
 * integration share) is an `oncePerBuild`; nothing else keeps values between calls.
 *
 * - By default a value is made once per build, and again on every call in
 *   `astro dev`, so content edits show up.
 * - `key` keeps one value per argument (e.g. per entry and locale).
 * - `version` makes the value again whenever it changes (e.g. a fingerprint of the
 *   content folder); it then also holds in `astro dev`.
 * - `shared` keeps the values on `globalThis`, for the few that Astro's separately
 *   loaded copies of a module (config integrations, content loader, pages) must share.
 *
 * @example const guideData = oncePerBuild(load); await guideData() === await guideData()
 */
export interface OncePerBuildOptions<A extends unknown[]> {
  /** Which value a call asks for; default: one value for every call. */
  key?: (...args: A) => string;
  /** Made again when this changes; default: never in a build, every call in `astro dev`. */
  version?: (...args: A) => string;
  /** A name to keep the values under on `globalThis`, shared by every copy of the module. */
  shared?: string;
}

interface Remembered {
  version: string;
  value: unknown;
}

function store(shared: string | undefined): Map<string, Remembered> {
  if (!shared) return new Map();
  const global = globalThis as Record<symbol, Map<string, Remembered> | undefined>;
  return (global[Symbol.for(shared)] ??= new Map());
}

/** True in `astro dev`; false in a build, in tests and outside Vite. */
function isDev(): boolean {
  // Written out so Vite replaces it; plain Node (the CLI, unit tests) has no `env`.
  return import.meta.env?.DEV === true;
}

/** A memo made by `oncePerBuild`: call it for the value. */
export interface OncePerBuild<A extends unknown[], T> {
  (...args: A): T;
  /**
   * The value for `args`, made by `make` instead when it is not yet remembered (e.g. in
   * several threads, which the plain call cannot wait for); later calls share it. Its
   * version is taken before `make` starts, so a change meanwhile is seen next time.
   */
  madeBy(make: () => Promise<T>, ...args: A): Promise<T>;
  /**
   * The value for `args` if one is remembered and still right, without making one: for
   * a module that must not load what makes it (the content loader, see
   * `checked-guide.ts`).
   */
  known(...args: A): T | undefined;
}

export function oncePerBuild<A extends unknown[], T>(
  make: (...args: A) => T,
  options: OncePerBuildOptions<A> = {},
): OncePerBuild<A, T> {
  const values = store(options.shared);
  /** The remembered value for `args` if it is still right, and how to remember a new one. */
  const lookUp = (args: A): { known: T } | { keep: (value: T) => T } => {
    const version = options.version ? options.version(...args) : isDev() ? undefined : "";
    if (version === undefined) return { keep: (value: T) => value };
    const key = options.key?.(...args) ?? "";
    const known = values.get(key);
    if (known?.version === version) return { known: known.value as T };
    return {
      keep: (value: T) => {
        values.set(key, { version, value });
        return value;
      },
    };
  };
  const once = (...args: A): T => {
    const found = lookUp(args);
    return "known" in found ? found.known : found.keep(make(...args));
  };
  once.madeBy = async (makeAsync: () => Promise<T>, ...args: A): Promise<T> => {
    const found = lookUp(args);
    return "known" in found ? found.known : found.keep(await makeAsync());
  };
  once.known = (...args: A): T | undefined => {
    const found = lookUp(args);
    return "known" in found ? found.known : undefined;
  };
  return once;
}
