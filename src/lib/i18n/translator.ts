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
  const t = instance.getFixedT(locale);
  cache.set(locale, t);
  return t;
}
