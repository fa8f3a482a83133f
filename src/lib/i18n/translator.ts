/**
 * UI strings through one i18next instance per locale, created without a backend
 * from `i18n/<locale>.json` (flat keys, plurals as `_one`/`_other`/… suffixes).
 */
import { createInstance, type TFunction } from "i18next";
import { uiResources } from "./resources.ts";

export type Translate = TFunction;

const cache = new Map<string, Translate>();

/** A fixed `t` for one locale; missing keys fall back to English, then Dutch. */
export function translator(locale: string): Translate {
  const known = cache.get(locale);
  if (known) return known;
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: ["en", "nl"],
    resources: Object.fromEntries(
      Object.entries(uiResources).map(([code, strings]) => [code, { translation: strings }]),
    ),
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  } as Parameters<typeof instance.init>[0]);
  const t = remembering(instance.getFixedT(locale));
  cache.set(locale, t);
  return t;
}

/** Enough for every key and count of a city-sized build; a bound so `astro dev` can't grow. */
const maxRemembered = 50_000;

/**
 * i18next resolves fallbacks, plurals and interpolation on every call, and a build of
 * thousands of pages asks the same questions again and again: answers to calls whose
 * options are plain values are remembered.
 */
function remembering(t: Translate): Translate {
  const answers = new Map<string, string>();
  const call = t as unknown as (...args: unknown[]) => unknown;
  const remembered = (key: unknown, options?: unknown, ...rest: unknown[]) => {
    const id = typeof key === "string" && rest.length === 0 ? callId(key, options) : undefined;
    if (id === undefined) return call(key, options, ...rest);
    let answer = answers.get(id);
    if (answer === undefined) {
      const value = call(key, options);
      if (typeof value !== "string") return value;
      if (answers.size >= maxRemembered) answers.clear();
      answer = value;
      answers.set(id, answer);
    }
    return answer;
  };
  return Object.assign(remembered, t) as unknown as Translate;
}

/**
 * One string per call whose options are plain values (each value's type and length
 * in it, so no two calls share one), or undefined for any other call. Built by hand:
 * `JSON.stringify` on every one of a build's hundreds of thousands of calls was most
 * of this cache's cost.
 */
function callId(key: string, options: unknown): string | undefined {
  if (options === undefined) return key;
  if (typeof options !== "object" || options === null || Array.isArray(options)) return undefined;
  let id = key;
  for (const [name, value] of Object.entries(options)) {
    const type = typeof value;
    if (type !== "string" && type !== "number" && type !== "boolean") return undefined;
    const text = String(value);
    id += `\n${name}=${type[0]}${text.length}:${text}`;
  }
  return id;
}
