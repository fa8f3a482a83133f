/**
 * The shape of a stigma word list (one file per language in this folder) and the
 * pattern pieces the lists share. The matcher is `../stigma.ts`.
 */

/** One word or phrase that content for residents should not use. */
export interface StigmaTerm {
  /** The word as shown in messages, e.g. `patiënt`. */
  word: string;
  /**
   * Regular expression source matched against the lower-cased text (NFC), without
   * word boundaries (they are added), e.g. `pati[eë]nt(?:en|e)?`.
   */
  pattern: string;
  /** Everyday words to use instead, with an English gloss where not English. */
  suggest: readonly string[];
  /** Only check texts in this term's own language (the word is harmless elsewhere). */
  ownLanguageOnly?: boolean;
}

/** The built-in list of one language, and how a site's own words (`stigmaWords`) are matched. */
export interface StigmaWordList {
  terms: readonly StigmaTerm[];
  /** Endings added to each of a site's own words so simple inflections match too. */
  inflection?: string;
  /** Added before each word of a site's own phrase (Arabic: article and particles). */
  wordPrefix?: string;
}

/** Any further letters (inflections), for languages that inflect with endings. */
export const moreLetters = "\\p{L}*";
