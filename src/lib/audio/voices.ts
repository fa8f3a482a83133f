/**
 * Which languages espeak-ng can speak, read from `espeak-ng --voices`. A segment's
 * language is passed to `espeak-ng -v` as it is (`nl`, `en`, `uk`): espeak-ng picks
 * its best voice for a language name, so the voice is a pure function of the text's
 * language and the cache key can be computed without running espeak-ng.
 */

/**
 * Language names in `espeak-ng --voices` output: the Language column and the
 * "Other Languages" list, e.g. `en-gb` and `(en 2)`. Lowercase, sorted, unique.
 */
export function parseEspeakVoices(output: string): string[] {
  const languages = new Set<string>();
  for (const line of output.split("\n").slice(1)) {
    const columns = line.trim().split(/\s+/);
    const language = columns[1];
    if (!language) continue;
    languages.add(language.toLowerCase());
    for (const match of line.matchAll(/\(([A-Za-z0-9-]+) \d+\)/g)) {
      if (match[1]) languages.add(match[1].toLowerCase());
    }
  }
  return [...languages].sort();
}

/** The `-v` argument for text in `lang` (a BCP-47 tag). */
export function espeakVoice(lang: string): string {
  return lang.toLowerCase();
}

/** True when espeak-ng has a voice named exactly for `lang` (`en` matches `(en 2)`). */
export function espeakSpeaks(languages: readonly string[], lang: string): boolean {
  return languages.includes(espeakVoice(lang));
}
