/**
 * Every readability limit of `npm run check`, in one place, each with why. A warning
 * (past the B1 target) does not fail the check; an error (past a hard limit) does.
 * The texts checked are summaries: the one or two short sentences on every card,
 * poster and spoken version of an entry (DESIGN.md), read by people who read little.
 */
export interface ReadabilityThresholds {
  /** Words in a whole summary: warning above `warn`, error above `error`. */
  summaryWords: { warn: number; error: number };
  /** Words in one sentence: warning above `warn`, error above `error`. */
  sentenceWords: { warn: number; error: number };
  /** A word with more letters than this is "long" (the LIX definition). */
  longWordLetters: number;
  /** LIX and Flesch-Douma are judged only for texts of at least this many words. */
  minWordsForScores: number;
  /** Highest LIX without a warning, per language; `default` for any other language. */
  lix: Record<string, number>;
  /** Lowest Flesch-Douma (Dutch only) without a warning. */
  fleschDouma: { warnBelow: number };
}

export const readabilityThresholds: ReadabilityThresholds = {
  summaryWords: {
    // "One or two short sentences" (DESIGN.md): two B1 sentences of about ten words.
    warn: 20,
    // Past this it no longer fits a card or a poster line, and read aloud it is
    // longer than a listener holds in mind: the rest belongs in the body.
    error: 30,
  },
  sentenceWords: {
    // B1 writing guides (e.g. Dutch "taalniveau B1") aim at 15 words or fewer.
    warn: 15,
    // Above 20 words readers at A2/B1 lose the thread; this is the usual hard cap.
    error: 20,
  },
  // LIX (Björnsson) counts words of more than six letters as long.
  longWordLetters: 6,
  // Under ten words one long word moves LIX by more than 10 points: the score
  // would say more about chance than about the text (word counts still apply).
  minWordsForScores: 10,
  lix: {
    // LIX up to 40 is "easy" (fiction, easy-reading news): our B1 target for Dutch,
    // English and Arabic (Arabic words carry their articles and prepositions, yet
    // plain Arabic summaries score well below this).
    default: 40,
    // Polish and Ukrainian inflect with long endings: the same plain summary scores
    // about 15 points higher than in Dutch (measured on the sample's translations).
    pl: 55,
    uk: 55,
    // Turkish glues endings onto words (ev-ler-imiz-de), so a plain eight-word
    // sentence has half its words over six letters; only a much higher LIX means
    // the words really are hard.
    tr: 75,
  },
  fleschDouma: {
    // Flesch-Douma: 60-70 is "normal/fairly easy", lower is for practised readers.
    warnBelow: 60,
  },
};
