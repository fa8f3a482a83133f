/** The grammar module of each locale, by code. */
import type { SpeechGrammar } from "../types.ts";
import { ar } from "./ar.ts";
import { en } from "./en.ts";
import { nl } from "./nl.ts";
import { pl } from "./pl.ts";
import { tr } from "./tr.ts";
import { uk } from "./uk.ts";

export const grammars: Readonly<Record<string, SpeechGrammar>> = { nl, en, ar, tr, pl, uk };

/** The grammar for `locale`; throws for a locale without one, naming those that exist. */
export function grammarFor(locale: string): SpeechGrammar {
  const found = grammars[locale];
  if (!found) {
    throw new Error(
      `No spoken-text grammar for "${locale}". Add src/lib/speech/locales/${locale}.ts ` +
        `(there are: ${Object.keys(grammars).join(", ")}).`,
    );
  }
  return found;
}
