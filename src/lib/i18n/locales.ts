/**
 * The locale registry: the one source for each locale's `lang`, `dir`, own-script
 * label and Intl locale. Pages, routes, the language chooser and the content checks
 * all derive from it. Adding a locale is one entry here plus `i18n/<code>.json`.
 */
export interface LocaleInfo {
  /** BCP-47 tag, used in URLs and `lang`. */
  code: string;
  /** The language named in its own script. */
  label: string;
  /** The language named in English, for docs and logs. */
  englishName: string;
  dir: "ltr" | "rtl";
}

const directions = new Map<string, "ltr" | "rtl">();

/** Text direction from Intl where the runtime knows it, else a short RTL list. */
export function textDirection(code: string): "ltr" | "rtl" {
  let dir = directions.get(code);
  if (!dir) {
    dir = directionFromIntl(code);
    directions.set(code, dir);
  }
  return dir;
}

function directionFromIntl(code: string): "ltr" | "rtl" {
  const locale = new Intl.Locale(code) as Intl.Locale & {
    getTextInfo?: () => { direction: string };
    textInfo?: { direction: string };
  };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  if (info) return info.direction === "rtl" ? "rtl" : "ltr";
  return ["ar", "fa", "he", "ur", "ps", "ckb", "yi"].includes(locale.language) ? "rtl" : "ltr";
}

function entry(code: string, label: string, englishName: string): LocaleInfo {
  return { code, label, englishName, dir: textDirection(code) };
}

export const localeRegistry: readonly LocaleInfo[] = [
  entry("nl", "Nederlands", "Dutch"),
  entry("en", "English", "English"),
  entry("ar", "العربية", "Arabic"),
  entry("tr", "Türkçe", "Turkish"),
  entry("pl", "Polski", "Polish"),
  entry("uk", "Українська", "Ukrainian"),
];

export const knownLocaleCodes: readonly string[] = localeRegistry.map((l) => l.code);

export function isKnownLocale(code: string): boolean {
  return knownLocaleCodes.includes(code);
}

/** Registry entry of a locale; throws for a code that is not registered. */
export function localeInfo(code: string): LocaleInfo {
  const found = localeRegistry.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}". Known: ${knownLocaleCodes.join(", ")}`);
  return found;
}
