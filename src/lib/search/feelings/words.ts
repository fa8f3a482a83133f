/**
 * The shape of a feeling vocabulary (one file per language in this folder) and what
 * the search page needs of it at search time. Kept apart from the word lists so the
 * search page's script can import the weights without the words.
 */
import type { Need } from "../../facts.ts";

/**
 * Words people type when something is wrong — everyday ("lonely", "sad") and clinical
 * ("depression", "GGZ") — listed under the needs they point to. A word may be listed
 * under more than one need. Lower case; the search index also gets Turkish folded
 * twins (see `../fold.ts`), so list words as they are written.
 */
export type FeelingWords = Partial<Record<Need, readonly string[]>>;

/**
 * Pagefind metadata keys the words are stored under (never shown: the search page
 * only shows title, when and where). `feel` holds the words of an entry's first need,
 * the one it is mainly for; `feelAlso` those of its other needs.
 */
export const feelingMetaKeys = { main: "feel", also: "feelAlso" } as const;

/**
 * How much a match in each key counts when ranking (Pagefind's `metaWeights`; a
 * title counts 5, text 1). High enough that an entry for the need a word points to
 * comes before one that only happens to use the word in its text.
 */
export const feelingMetaWeights: Readonly<Record<string, number>> = {
  [feelingMetaKeys.main]: 10,
  [feelingMetaKeys.also]: 5,
};
