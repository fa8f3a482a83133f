/**
 * The text `npm run translations` prints: per locale, the translations that are
 * missing and those that are outdated, one file per line, paths relative to `cwd`.
 */
import path from "node:path";
import { localeRegistry } from "../i18n/locales.ts";
import type { ContentTranslationStatus } from "./outdated.ts";
import type { TextField } from "./text-fields.ts";

export interface FormatStatusOptions {
  /** The content folder the status was computed for. */
  root: string;
  /** Paths are shown relative to this folder. */
  cwd: string;
}

function englishName(locale: string): string {
  return localeRegistry.find((l) => l.code === locale)?.englishName ?? locale;
}

function list(fields: readonly TextField[]): string {
  if (fields.length < 2) return fields.join("");
  return `${fields.slice(0, -1).join(", ")} and ${fields[fields.length - 1]}`;
}

/** The report, as lines of text. */
export function formatTranslationStatus(
  status: ContentTranslationStatus,
  options: FormatStatusOptions,
): string {
  const shown = (file: string) =>
    (path.relative(options.cwd, path.join(options.root, file)) || ".").split(path.sep).join("/");
  const source = englishName(status.defaultLocale);
  const lines = [
    `Translations of ${shown(".")}/ (default language: ${source}, ${status.defaultLocale})`,
  ];
  if (status.unavailableReason)
    lines.push(
      `Outdated translations cannot be found: ${status.unavailableReason}. Only missing translations are listed.`,
    );
  if (status.shallow)
    lines.push(
      "This is a shallow git clone: changes older than its history are not seen (run `git fetch --unshallow`).",
    );
  for (const l of status.locales) {
    const total = l.upToDate.length + l.outdated.length + l.missing.length;
    const counts = status.unavailableReason
      ? `${total - l.missing.length} translated, ${l.missing.length} missing`
      : `${l.upToDate.length} up to date, ${l.outdated.length} outdated, ${l.missing.length} missing`;
    lines.push("", `${l.locale}  ${englishName(l.locale)}: ${counts}`);
    for (const o of l.outdated)
      lines.push(
        `  outdated  ${shown(o.file)}  the ${source} ${list(o.changed)} changed after commit ${o.revision.slice(0, 7)}, which last changed this translation: update it`,
      );
    for (const m of l.missing) lines.push(`  missing   ${shown(m.file)}`);
  }
  return lines.join("\n");
}
