/**
 * The language the volunteer tools speak: `--lang nl` (or `--lang=nl`) first, else the
 * locale of the terminal (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set, e.g.
 * `nl_NL.UTF-8` → nl), else English.
 */

/** Languages the volunteer tools speak (`i18n/tools/<language>.json`). */
export const toolLanguages = ["en", "nl"] as const;
export type ToolLanguage = (typeof toolLanguages)[number];

/** `nl`, `nl-BE`, `nl_NL.UTF-8`, `NL` → nl; `C`, `POSIX` or a language without strings → undefined. */
export function toolLanguageOf(value: string | undefined): ToolLanguage | undefined {
  const code = value
    ?.trim()
    .split(/[-_.@]/)[0]
    ?.toLowerCase();
  return (toolLanguages as readonly string[]).includes(code ?? "")
    ? (code as ToolLanguage)
    : undefined;
}

/** The value of `--lang xx` or `--lang=xx` in `argv`, if given. */
export function langOption(argv: readonly string[]): string | undefined {
  const index = argv.indexOf("--lang");
  if (index >= 0) return argv[index + 1];
  return argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
}

/**
 * The language for a tool run: `--lang` when it names a language the tools speak,
 * else the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set (a locale the tools do
 * not speak, such as `C.UTF-8`, means English), else English.
 */
export function toolLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ToolLanguage {
  const chosen = toolLanguageOf(langOption(argv));
  if (chosen) return chosen;
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (value) return toolLanguageOf(value) ?? "en";
  }
  return "en";
}
