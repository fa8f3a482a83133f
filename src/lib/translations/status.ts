/**
 * Which translations are missing and which are outdated. A translation is outdated
 * when the default-language text of its entry (title, summary, directions, body of
 * index.mdx, not the facts) changed after the translation file was last changed.
 * History comes in through `TranslationHistory`, so this is pure and testable
 * without git (see git-history.ts for the real one).
 */
import type { EntryKind } from "./key.ts";
import { changedTextFields, type TextField } from "./text-fields.ts";

/** One entry's files, paths relative to the content folder. */
export interface EntryFiles {
  kind: EntryKind;
  slug: string;
  /** e.g. `initiatives/koffie/index.mdx`. */
  index: string;
  /** Locale -> translation file that exists, e.g. `{ en: "initiatives/koffie/en.mdx" }`. */
  translations: Record<string, string>;
}

/** Access to earlier versions of content files (paths relative to the content folder). */
export interface TranslationHistory {
  /**
   * The revision of the last commit that changed `file`, or `undefined` when the file
   * has changes that are not committed or was never committed (then it counts as
   * up to date: someone is working on it now).
   */
  lastChange(file: string): string | undefined;
  /** The text of `file` at `revision`, or `undefined` when it did not exist then. */
  readAt(revision: string, file: string): string | undefined;
}

/** A translation (present or missing) of one entry. */
export interface TranslationRef {
  kind: EntryKind;
  slug: string;
  locale: string;
  /** The translation file (where it would be, when missing). */
  file: string;
}

export interface OutdatedTranslation extends TranslationRef {
  /** The last commit that changed the translation. */
  revision: string;
  /** What changed in index.mdx since then. */
  changed: TextField[];
}

export interface LocaleStatus {
  locale: string;
  upToDate: TranslationRef[];
  missing: TranslationRef[];
  outdated: OutdatedTranslation[];
}

export interface TranslationStatus {
  defaultLocale: string;
  /** False when there is no history: nothing can be found outdated. */
  historyAvailable: boolean;
  locales: LocaleStatus[];
}

export interface StatusInput {
  defaultLocale: string;
  /** The site's locales; the default locale is skipped. */
  locales: readonly string[];
  entries: readonly EntryFiles[];
  /** The current text of a file, or `undefined` when it is not there. */
  readCurrent: (file: string) => string | undefined;
  history?: TranslationHistory;
}

function folderOf(indexFile: string): string {
  return indexFile.replace(/\/?index\.mdx$/, "");
}

/** Why a translation is outdated, or `undefined` when it is not (or cannot be known). */
function outdatedBy(
  entry: EntryFiles,
  file: string,
  input: StatusInput,
): { revision: string; changed: TextField[] } | undefined {
  const revision = input.history?.lastChange(file);
  if (!input.history || revision === undefined) return undefined;
  const now = input.readCurrent(entry.index);
  if (now === undefined) return undefined;
  const then = input.history.readAt(revision, entry.index);
  // index.mdx did not exist when the translation was written (a moved folder): every
  // text field may have changed since.
  const changed = then === undefined ? changedTextFields("", now) : changedTextFields(then, now);
  return changed.length ? { revision, changed } : undefined;
}

/** The status of every translation of every entry, per locale. */
export function computeTranslationStatus(input: StatusInput): TranslationStatus {
  const entries = [...input.entries].sort((a, b) =>
    a.kind !== b.kind ? (a.kind === "initiative" ? -1 : 1) : a.slug < b.slug ? -1 : 1,
  );
  const locales = input.locales.filter((l) => l !== input.defaultLocale);
  return {
    defaultLocale: input.defaultLocale,
    historyAvailable: input.history !== undefined,
    locales: locales.map((locale) => {
      const status: LocaleStatus = { locale, upToDate: [], missing: [], outdated: [] };
      for (const entry of entries) {
        const existing = entry.translations[locale];
        const file = existing ?? `${folderOf(entry.index)}/${locale}.mdx`;
        const ref: TranslationRef = { kind: entry.kind, slug: entry.slug, locale, file };
        if (existing === undefined) {
          status.missing.push(ref);
          continue;
        }
        const outdated = outdatedBy(entry, existing, input);
        if (outdated) status.outdated.push({ ...ref, ...outdated });
        else status.upToDate.push(ref);
      }
      return status;
    }),
  };
}
