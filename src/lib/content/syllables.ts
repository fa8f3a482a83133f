/**
 * Syllable counts from Liang hyphenation patterns (the TeX patterns shipped by the
 * `hyphen` package, ISC licence): a word has one syllable more than it has
 * hyphenation points. Used for Flesch-Douma (Dutch) and for the figures in
 * readability messages. Arabic script has no such patterns here: no syllables.
 */
import enUs from "hyphen/en-us/index.js";
import nl from "hyphen/nl/index.js";
import pl from "hyphen/pl/index.js";
import tr from "hyphen/tr/index.js";
import uk from "hyphen/uk/index.js";

type Hyphenate = (
  text: string,
  options?: { hyphenChar?: string; minWordLength?: number },
) => string;

const hyphenators: Readonly<Record<string, Hyphenate>> = {
  en: enUs.hyphenateSync,
  nl: nl.hyphenateSync,
  pl: pl.hyphenateSync,
  tr: tr.hyphenateSync,
  uk: uk.hyphenateSync,
};

/** Vowel letters per language, for the edge corrections below. */
const vowels: Readonly<Record<string, string>> = {
  en: "aeiouy",
  nl: "aeiouyàáâäèéêëìíîïòóôöùúûü",
  pl: "aąeęioóuy",
  tr: "aeıioöuüâîû",
  uk: "аеєиіїоуюя",
};

/** True when `locale` (e.g. `nl`, `en-GB`) has hyphenation patterns here. */
export function countsSyllables(locale: string): boolean {
  return baseLanguage(locale) in hyphenators;
}

function baseLanguage(locale: string): string {
  return locale.toLowerCase().split("-")[0] ?? locale;
}

/** Word fragments (syllable guesses) of one word, e.g. `kof`, `fie`. */
export function hyphenationParts(word: string, locale: string): string[] | undefined {
  const hyphenate = hyphenators[baseLanguage(locale)];
  if (!hyphenate) return undefined;
  // "|" never occurs inside a word we pass; minWordLength 1 so short words are split too.
  return hyphenate(word, { hyphenChar: "|", minWordLength: 1 }).split("|");
}

/**
 * Number of syllables of one word in `locale`; `undefined` when the language has no
 * patterns. A word without letters (a number such as "10") counts as one.
 */
export function countSyllables(word: string, locale: string): number | undefined {
  const language = baseLanguage(locale);
  const vowelSet = vowels[language];
  const parts = hyphenationParts(word, language);
  if (!parts || vowelSet === undefined) return undefined;
  const lower = word.toLocaleLowerCase(language);
  if (!/\p{L}/u.test(lower)) return 1;
  let count = parts.filter((p) => /\p{L}/u.test(p)).length || 1;
  const isVowel = (c: string | undefined) => c !== undefined && vowelSet.includes(c);
  // TeX patterns never split off one letter at either end of a word (left/right
  // minimum), so "o|pen" and "мо|я" come back whole: add those syllables back.
  const first = parts[0]?.toLocaleLowerCase(language) ?? "";
  const [a, b] = [...first];
  const restHasVowel = [...first.slice(2)].some(isVowel);
  const dutchIj = language === "nl" && a === "i" && b === "j";
  const englishSilentE = language === "en" && /^[^aeiouy]*e$/.test(first.slice(2));
  if (isVowel(a) && b !== undefined && !isVowel(b) && !dutchIj && restHasVowel && !englishSilentE)
    count++;
  // Ukrainian: every vowel letter is a syllable, also after another vowel ("моя", "її").
  if (language === "uk") {
    const last = [...(parts[parts.length - 1]?.toLocaleLowerCase(language) ?? "")];
    if (last.length >= 2 && isVowel(last[last.length - 1]) && isVowel(last[last.length - 2]))
      count++;
  }
  return count;
}
