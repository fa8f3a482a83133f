/**
 * The feeling vocabulary: words people type when something is wrong ("eenzaam",
 * "depressie", "GGZ", "yalnız", "وحدة"), per language, mapped to the needs they point
 * to. The search index stores them with each entry page as hidden Pagefind metadata
 * (`feel`, `feelAlso`), so such a word finds the entries for its need, first the ones
 * mainly for it. They are never shown: results show only title, when and where,
 * and metadata never appears in an excerpt. The stigma rule is about what the site
 * says, not about what it understands; this is code, so the content lint never reads it.
 *
 * The lists are one file per language in this folder (`nl.ts`, …); a language without
 * a list gets no feeling words.
 */
import { foldForSearch } from "../fold.ts";
import { ar } from "./ar.ts";
import { en } from "./en.ts";
import { nl } from "./nl.ts";
import { pl } from "./pl.ts";
import { tr } from "./tr.ts";
import { uk } from "./uk.ts";
import type { FeelingWords } from "./words.ts";

export { feelingMetaKeys, feelingMetaWeights, type FeelingWords } from "./words.ts";

/** The built-in vocabulary of each language. */
export const feelingVocabularies: Readonly<Record<string, FeelingWords>> = {
  nl,
  en,
  ar,
  tr,
  pl,
  uk,
};

/** The vocabulary for a BCP-47 tag (`nl-BE` → `nl`); empty when there is none. */
export function feelingVocabulary(locale: string): FeelingWords {
  const language = (locale.split("-")[0] ?? "").toLowerCase();
  return feelingVocabularies[language] ?? {};
}

/**
 * Words as the index stores them: lower case in `locale`, split at spaces, each once,
 * with the folded twin of a Turkish dotless-ı word ("yalnız" → also "yalniz"), since
 * the search page folds what is typed.
 */
function indexForms(words: readonly string[], locale: string): string[] {
  const forms = new Set<string>();
  for (const phrase of words) {
    for (const word of phrase.toLocaleLowerCase(locale).split(/\s+/)) {
      if (word === "") continue;
      forms.add(word);
      forms.add(foldForSearch(word, locale));
    }
  }
  return [...forms];
}

export interface FeelingTiers {
  /** Words of the entry's first need: what it is mainly for. */
  main: string[];
  /** Words of its other needs, not already in `main`. */
  also: string[];
}

/**
 * The feeling words an entry with `needs` (in the entry's own order, main need first)
 * is found by in `locale`.
 *
 * @example feelingWords("nl", ["talk", "meet"]).main.includes("depressie") // true
 * @example feelingWords("nl", ["move", "meet"]).also.includes("eenzaam") // true
 */
export function feelingWords(locale: string, needs: readonly string[]): FeelingTiers {
  const vocabulary = feelingVocabulary(locale) as Record<string, readonly string[] | undefined>;
  const [first, ...others] = needs;
  const main = indexForms(first ? (vocabulary[first] ?? []) : [], locale);
  const also = indexForms(
    others.flatMap((need) => vocabulary[need] ?? []),
    locale,
  ).filter((word) => !main.includes(word));
  return { main, also };
}

/** Every feeling word of `locale` as the index stores them (for the "did you mean" list). */
export function allFeelingWords(locale: string): string[] {
  return indexForms(Object.values(feelingVocabulary(locale)).flat(), locale);
}
