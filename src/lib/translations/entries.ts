/**
 * The entries of a content folder and the translation files they have, read from the
 * folder itself (not through the full content check), so translation status works
 * even while some file has a problem that `npm run check` reports.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { isKnownLocale, knownLocaleCodes } from "../i18n/locales.ts";
import type { EntryKind } from "./key.ts";
import type { EntryFiles } from "./status.ts";

export interface ContentEntries {
  defaultLocale: string;
  /** The site's locales, default first. */
  locales: string[];
  entries: EntryFiles[];
}

const collections: readonly [string, EntryKind][] = [
  ["initiatives", "initiative"],
  ["places", "place"],
];

/** Locales of `site.yaml`; every known locale (default `nl`) when it cannot be read. */
function siteLocales(root: string): { defaultLocale: string; locales: string[] } {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = parse(fs.readFileSync(path.join(root, "site.yaml"), "utf8"));
    if (parsed && typeof parsed === "object") data = parsed as Record<string, unknown>;
  } catch {
    // No or broken site.yaml: `npm run check` says so; fall back to every locale.
  }
  const listed = Array.isArray(data["locales"])
    ? (data["locales"] as unknown[]).filter((l): l is string => typeof l === "string")
    : [];
  const locales = listed.filter(isKnownLocale);
  const given = data["defaultLocale"];
  const defaultLocale =
    typeof given === "string" && isKnownLocale(given) ? given : (locales[0] ?? "nl");
  return {
    defaultLocale,
    locales: [...new Set([defaultLocale, ...(locales.length ? locales : knownLocaleCodes)])],
  };
}

/** Every place and initiative folder with an `index.mdx`, and its translation files. */
export function readContentEntries(root: string): ContentEntries {
  const { defaultLocale, locales } = siteLocales(root);
  const entries: EntryFiles[] = [];
  for (const [collection, kind] of collections) {
    const dir = path.join(root, collection);
    if (!fs.existsSync(dir)) continue;
    for (const slug of fs.readdirSync(dir).sort()) {
      const folder = path.join(dir, slug);
      if (!fs.statSync(folder).isDirectory()) continue;
      if (!fs.existsSync(path.join(folder, "index.mdx"))) continue;
      const translations: Record<string, string> = {};
      for (const locale of locales) {
        if (locale === defaultLocale) continue;
        if (fs.existsSync(path.join(folder, `${locale}.mdx`)))
          translations[locale] = `${collection}/${slug}/${locale}.mdx`;
      }
      entries.push({ kind, slug, index: `${collection}/${slug}/index.mdx`, translations });
    }
  }
  return { defaultLocale, locales, entries };
}
