/**
 * The text `npm run translations` prints: per locale, the translations that are
 * missing and those that are outdated, one file per line, paths relative to `cwd`,
 * in the language the volunteer reads (`lang`, English by default).
 */
import path from "node:path";
import { localeRegistry } from "../i18n/locales.ts";
import { msg, say, type Msg, type ToolLanguage } from "../messages/index.ts";
import type { ContentTranslationStatus } from "./outdated.ts";
import type { TextField } from "./text-fields.ts";

export interface FormatStatusOptions {
  /** The content folder the status was computed for. */
  root: string;
  /** Paths are shown relative to this folder. */
  cwd: string;
  /** The language of the words; default English. */
  lang?: ToolLanguage;
}

/** The name of `locale` in `lang`: English from the registry, else the runtime's name. */
function languageName(locale: string, lang: ToolLanguage): string {
  if (lang === "en") return localeRegistry.find((l) => l.code === locale)?.englishName ?? locale;
  try {
    return new Intl.DisplayNames([lang], { type: "language" }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** `title, summary and directions`, the fields named in `lang`. */
function list(fields: readonly TextField[], lang: ToolLanguage): string {
  const names = fields.map((f) => say(msg(`name.${f}`), lang));
  if (names.length < 2) return names.join("");
  return say(
    msg("list.and", { head: names.slice(0, -1).join(", "), last: names[names.length - 1] ?? "" }),
    lang,
  );
}

/** The report, as lines of text. */
export function formatTranslationStatus(
  status: ContentTranslationStatus,
  options: FormatStatusOptions,
): string {
  const lang = options.lang ?? "en";
  const line = (message: Msg) => say(message, lang);
  const shown = (file: string) =>
    (path.relative(options.cwd, path.join(options.root, file)) || ".").split(path.sep).join("/");
  const source = languageName(status.defaultLocale, lang);
  const lines = [
    line(
      msg("translations.heading", {
        folder: shown("."),
        language: source,
        code: status.defaultLocale,
      }),
    ),
  ];
  if (status.unavailableReason)
    lines.push(line(msg("translations.unavailable", { reason: status.unavailableReason })));
  if (status.shallow) lines.push(line(msg("translations.shallow")));
  for (const l of status.locales) {
    const total = l.upToDate.length + l.outdated.length + l.missing.length;
    const counts = status.unavailableReason
      ? msg("translations.countsNoHistory", {
          translated: total - l.missing.length,
          missing: l.missing.length,
        })
      : msg("translations.counts", {
          upToDate: l.upToDate.length,
          outdated: l.outdated.length,
          missing: l.missing.length,
        });
    lines.push(
      "",
      line(
        msg("translations.locale", {
          code: l.locale,
          language: languageName(l.locale, lang),
          counts,
        }),
      ),
    );
    for (const o of l.outdated)
      lines.push(
        `  ${line(
          msg("translations.outdated", {
            file: shown(o.file),
            language: source,
            fields: list(o.changed, lang),
            revision: o.revision.slice(0, 7),
          }),
        )}`,
      );
    for (const m of l.missing)
      lines.push(`  ${line(msg("translations.missing", { file: shown(m.file) }))}`);
  }
  return lines.join("\n");
}
