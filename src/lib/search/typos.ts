/**
 * "Did you mean": one-letter typos in words of five or more letters. Pagefind has no
 * fuzzy search; it matches word beginnings and stems, so "koffieochtnd" finds the
 * coffee morning but "kofie" finds nothing, and a word it does not know may match
 * whatever short word it begins with ("depressie" → "de").
 *
 * So the build writes each locale's own words to a small list (`wordListText`, served
 * from the site itself), and the search page loads it only when a search needs it: no
 * result, or results that show none of a typed word (`unconfirmedWords`). A word
 * that is neither in the list nor the beginning of a word in it is replaced by the
 * most used word one edit away (`correctWords`): a letter added, dropped, changed, or
 * two neighbours swapped. Pure and small: the search page's script imports it.
 */
import { foldForSearch } from "./fold.ts";

/** Typos are corrected in words of at least this many letters. */
export const typoMinLength = 5;

/** Letters in a word, counting each code point once. */
const letters = (word: string) => [...word];

/**
 * A word as compared: lower case, Turkish ı folded, accents dropped (Pagefind drops
 * them too), so "Kafé" and "kafe" are the same word.
 *
 * @example wordKey("KADIN", "tr") // "kadin"
 * @example wordKey("Café", "nl") // "cafe"
 */
export function wordKey(word: string, locale: string): string {
  return foldForSearch(word.toLocaleLowerCase(locale), locale)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC");
}

/**
 * True when `a` and `b` differ by at most one edit: one letter added, dropped or
 * changed, or two neighbouring letters swapped.
 *
 * @example withinOneEdit("kofie", "koffie") // true
 * @example withinOneEdit("koffei", "koffie") // true
 * @example withinOneEdit("kofi", "koffie") // false
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const x = letters(a);
  const y = letters(b);
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i += 1;
  const rest = (from: string[], at: number) => from.slice(at).join("");
  if (x.length === y.length) {
    // Changed here, or swapped with the next letter.
    if (rest(x, i + 1) === rest(y, i + 1)) return true;
    return x[i] === y[i + 1] && x[i + 1] === y[i] && rest(x, i + 2) === rest(y, i + 2);
  }
  // One letter more in the longer word, here.
  return x.length > y.length ? rest(x, i + 1) === rest(y, i) : rest(x, i) === rest(y, i + 1);
}

/** A locale's word list as the search page reads it. */
export interface WordList {
  /** Words of the locale's pages, the ones on most pages first. */
  words: string[];
  /** Feeling words (`feelings/`): found, but never shown back as a suggestion. */
  feelings: Set<string>;
}

/**
 * The file the build writes for a locale: the words of its pages (`counts`: on how
 * many pages each word stands), most pages first, then the feeling words not among
 * them (as words: "burn-out" is "burn" and "out"), after an empty line. Words shorter than `typoMinLength - 1` letters, which can
 * never be a correction, and numbers are left out. Each word once, lower case.
 */
export function wordListText(
  counts: ReadonlyMap<string, number>,
  feelings: readonly string[],
  locale: string,
): string {
  const long = (word: string) => letters(word).length >= typoMinLength - 1 && /\p{L}/u.test(word);
  const words = [...counts]
    .filter(([word]) => long(word))
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .map(([word]) => word);
  const known = new Set(words.map((word) => wordKey(word, locale)));
  const extra = [...new Set(feelings.flatMap(queryWords))].filter(
    (word) => long(word) && !known.has(wordKey(word, locale)),
  );
  return `${words.join("\n")}\n\n${extra.join("\n")}\n`;
}

/** The word list from its file (`wordListText`). */
export function parseWordList(text: string): WordList {
  const [words = "", feelings = ""] = text.split("\n\n");
  const lines = (part: string) => part.split("\n").filter(Boolean);
  const feel = lines(feelings);
  return { words: [...lines(words), ...feel], feelings: new Set(feel) };
}

/** Words of a query as the search engine splits them. */
export function queryWords(query: string): string[] {
  return query.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * The typed words (of five letters or more) that nothing in `matched` bears out:
 * `matched` is what the first results show of their match (marked excerpt words,
 * titles, stored words). A word counts as borne out when a matched word contains its
 * beginning (all but its last three letters, at least four): "wandeling" by
 * "wandelen", but "depressie" not by "de".
 */
export function unconfirmedWords(
  typed: readonly string[],
  matched: readonly string[],
  locale: string,
): string[] {
  const keys = matched.flatMap(queryWords).map((word) => wordKey(word, locale));
  return typed.filter((word) => {
    const key = letters(wordKey(word, locale));
    if (key.length < typoMinLength) return false;
    const start = key.slice(0, Math.max(4, key.length - 3)).join("");
    return !keys.some((known) => known.includes(start));
  });
}

export interface Correction {
  /** The word as typed. */
  from: string;
  /** The word in the list it was replaced by. */
  to: string;
  /** True when `to` is a feeling word, which the page never shows back. */
  feeling: boolean;
}

/**
 * The closest word in `list` for each word of `typed` (five letters or more) that the
 * list does not know, neither as a word nor as the beginning of one: the word one
 * edit away that stands on most pages. Words the list knows, or with nothing one edit
 * away, are left alone.
 *
 * @example correctWords(["kofie"], { words: ["koffie", "kopje"], feelings: new Set() }, "nl") // [{ from: "kofie", to: "koffie", feeling: false }]
 */
export function correctWords(
  typed: readonly string[],
  list: WordList,
  locale: string,
): Correction[] {
  const keys = list.words.map((word) => wordKey(word, locale));
  return typed.flatMap((word): Correction[] => {
    const key = wordKey(word, locale);
    if (letters(key).length < typoMinLength) return [];
    if (keys.some((known) => known.startsWith(key))) return [];
    const at = keys.findIndex((known) => withinOneEdit(key, known));
    const to = list.words[at];
    return to === undefined ? [] : [{ from: word, to, feeling: list.feelings.has(to) }];
  });
}

/**
 * `query` with each corrected word replaced (whole words only, as typed).
 *
 * @example correctedQuery("kofie ochtend", [{ from: "kofie", to: "koffie", feeling: false }]) // "koffie ochtend"
 */
export function correctedQuery(query: string, corrections: readonly Correction[]): string {
  return corrections.reduce(
    (text, { from, to }) =>
      text.replace(
        new RegExp(
          `(^|[^\\p{L}\\p{M}\\p{N}])${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=$|[^\\p{L}\\p{M}\\p{N}])`,
          "gu",
        ),
        (_, before: string) => `${before}${to}`,
      ),
    query,
  );
}
