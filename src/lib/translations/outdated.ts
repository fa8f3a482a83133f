/**
 * Translation status of a content folder, with a history of its files (from git:
 * src/cli/git-history.ts) when there is one. `outdatedTranslations` is what the site
 * build uses to show "this translation may be out of date".
 */
import fs from "node:fs";
import path from "node:path";
import type { Msg } from "../messages/index.ts";
import { readContentEntries } from "./entries.ts";
import { translationKey } from "./key.ts";
import {
  computeTranslationStatus,
  type TranslationHistory,
  type TranslationStatus,
} from "./status.ts";

/** The history of the content folder's files, or why there is none. */
export type GitHistoryResult =
  | {
      available: true;
      history: TranslationHistory;
      /** A shallow clone knows only its last commits: older changes are not seen. */
      shallow: boolean;
    }
  | { available: false; reason: Msg | string };

export interface ContentTranslationStatus extends TranslationStatus {
  /** Why outdated translations cannot be found, when they cannot (a message, or words). */
  unavailableReason?: Msg | string;
  /** True when history is cut short (a shallow clone). */
  shallow: boolean;
}

/** Missing and outdated translations of the content folder `root`. */
export function contentTranslationStatus(
  root: string,
  history: GitHistoryResult,
): ContentTranslationStatus {
  const { defaultLocale, locales, entries } = readContentEntries(root);
  const status = computeTranslationStatus({
    defaultLocale,
    locales,
    entries,
    readCurrent: (file) => {
      try {
        return fs.readFileSync(path.join(root, file), "utf8");
      } catch {
        return undefined;
      }
    },
    ...(history.available ? { history: history.history } : {}),
  });
  return history.available
    ? { ...status, shallow: history.shallow }
    : { ...status, shallow: false, unavailableReason: history.reason };
}

/**
 * Keys (`<kind>/<slug>/<locale>`, e.g. `initiative/koffie/en`) of the translations in
 * `contentDir` whose default-language text changed since they were last changed.
 * Empty when there is no history (the folder is not in a git repository).
 */
export function outdatedTranslations(contentDir: string, history: GitHistoryResult): Set<string> {
  const status = contentTranslationStatus(path.resolve(contentDir), history);
  return new Set(status.locales.flatMap((l) => l.outdated.map(translationKey)));
}
