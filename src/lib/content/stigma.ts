/**
 * Stigma lint. "Stigma starts with the words 'mental healthcare': the guide never
 * brands itself so" (DESIGN.md). The site name, titles and summaries may not use
 * clinical or stigmatising words; the check names the word and suggests everyday
 * words instead.
 *
 * This file is the matcher; the word lists are one file per language in `stigma/`
 * (`stigma/nl.ts`, …, the shape in `stigma/term.ts`).
 *
 * Words match whole words, case-insensitively (Unicode-aware), with simple
 * inflections (patiënten, patients, psychiatrische). A text is checked against the
 * list of its own language and, for safety, against every other list too (except
 * terms marked `ownLanguageOnly`, which mean something harmless elsewhere).
 *
 * The lists are exported so that a page written for professionals (the providers
 * overview) can allow them there only, with `allow`.
 */
import { msg, worded, type Said } from "../messages/index.ts";
import { ar } from "./stigma/ar.ts";
import { en } from "./stigma/en.ts";
import { nl } from "./stigma/nl.ts";
import { pl } from "./stigma/pl.ts";
import type { StigmaTerm, StigmaWordList } from "./stigma/term.ts";
import { tr } from "./stigma/tr.ts";
import { uk } from "./stigma/uk.ts";

export type { StigmaTerm } from "./stigma/term.ts";

/** The built-in word list of each language. */
const wordLists: Readonly<Record<string, StigmaWordList>> = { nl, en, ar, tr, pl, uk };

/** Built-in clinical and stigmatising words, per locale. */
export const stigmaTerms: Readonly<Record<string, readonly StigmaTerm[]>> = Object.fromEntries(
  Object.entries(wordLists).map(([locale, list]) => [locale, list.terms]),
);

/** One stigmatising word found in a text. */
export interface StigmaMatch {
  /** The listed word, e.g. `patiënt`. */
  word: string;
  /** What the text says, e.g. `patiënten`. */
  found: string;
  /** The language of the list the word is on. */
  locale: string;
  suggest: readonly string[];
}

export interface StigmaOptions {
  /** The language the text is written in. */
  locale?: string;
  /** More words per locale (site.yaml `stigmaWords`). */
  extraWords?: Readonly<Record<string, readonly string[]>>;
  /** Listed words (`word`) that are allowed here, e.g. on a page for professionals. */
  allow?: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The site's own words as terms, with the locale's inflections. */
export function extraTerms(locale: string, words: readonly string[]): StigmaTerm[] {
  return words
    .map((w) => w.trim())
    .filter((w) => w !== "")
    .map((w) => {
      const parts = w.normalize("NFC").toLocaleLowerCase(locale).split(/\s+/).map(escapeRegExp);
      const prefix = wordLists[locale]?.wordPrefix ?? "";
      return {
        word: w,
        pattern: parts.map((p) => prefix + p).join("\\s+") + (wordLists[locale]?.inflection ?? ""),
        suggest: [],
      };
    });
}

const regexCache = new Map<string, RegExp>();

function termRegExp(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${pattern})(?![\\p{L}\\p{N}\\p{M}])`, "gu");
    regexCache.set(pattern, re);
  }
  return re;
}

/** A locale's terms, built-in and the site's own, and one expression for any of them. */
interface LocaleTerms {
  terms: readonly StigmaTerm[];
  /** Finds any of the terms: a first, quick look at a text. */
  any: RegExp;
}

const localeTermsCache = new Map<string, LocaleTerms>();

/** The terms of `locale` with the site's `extra` words, made once per list (a check reads thousands of texts). */
function localeTerms(locale: string, extra: readonly string[]): LocaleTerms {
  const key = `${locale}\n${extra.join("\n")}`;
  let known = localeTermsCache.get(key);
  if (!known) {
    const terms = [...(stigmaTerms[locale] ?? []), ...extraTerms(locale, extra)];
    known = { terms, any: termRegExp(terms.map((t) => `(?:${t.pattern})`).join("|")) };
    localeTermsCache.set(key, known);
  }
  return known;
}

/**
 * Every listed word in `text`, each place in the text reported once: the list of the
 * text's own language first, then the others (so "patients" in English is reported
 * as the English "patient", not also as the Dutch "patiënt").
 */
export function findStigmaWords(text: string, options: StigmaOptions = {}): StigmaMatch[] {
  const all = [...Object.keys(stigmaTerms), ...Object.keys(options.extraWords ?? {})];
  const own = options.locale;
  const locales = [...new Set(own && all.includes(own) ? [own, ...all] : all)];
  const allow = new Set((options.allow ?? []).map((w) => w.toLowerCase()));
  const matches: StigmaMatch[] = [];
  const taken: [number, number][] = [];
  const nfc = text.normalize("NFC");
  for (const locale of locales) {
    const { terms, any } = localeTerms(locale, options.extraWords?.[locale] ?? []);
    let lowered: string;
    try {
      lowered = nfc.toLocaleLowerCase(locale);
    } catch {
      lowered = nfc.toLowerCase();
    }
    // Most texts hold none of the words: one search for any of them skips the rest.
    any.lastIndex = 0;
    if (terms.length === 0 || !any.test(lowered)) continue;
    // Lower-casing keeps the length for these scripts; if not, show the lower-cased text.
    const sameLength = lowered.length === nfc.length;
    for (const term of terms) {
      if (term.ownLanguageOnly && own !== locale) continue;
      // An allowed word still claims its place in the text, so no other list reports it.
      const allowed = allow.has(term.word.toLowerCase());
      for (const found of lowered.matchAll(termRegExp(term.pattern))) {
        const start = found.index;
        const end = start + found[0].length;
        if (sameLength && taken.some(([a, b]) => start < b && end > a)) continue;
        if (!sameLength && (allowed || matches.some((m) => m.found === found[0]))) continue;
        taken.push([start, end]);
        if (allowed) continue;
        matches.push({
          word: term.word,
          found: sameLength ? nfc.slice(start, end) : found[0],
          locale,
          suggest: term.suggest,
        });
      }
    }
  }
  return matches;
}

/**
 * A match as a message for a volunteer, with the expectation and an example: English
 * words, and `said` to say it in another language.
 */
export function stigmaProblem(match: StigmaMatch): {
  message: string;
  expected: string;
  example?: string;
  said: Said;
} {
  const same = match.found.toLowerCase() === match.word.toLowerCase();
  const what = same
    ? msg("stigma.found", { found: match.found })
    : msg("stigma.foundListed", { found: match.found, word: match.word });
  const suggestions = match.suggest.length ? match.suggest.join(", ") : msg("stigma.plainWords");
  const said: Said = {
    message: msg("stigma.word", { what }),
    expected: msg("stigma.expected", { suggestions }),
  };
  const first = match.suggest[0]?.replace(/\s*\(.*\)$/, "");
  if (first) said.example = first;
  const out = worded(said);
  return { ...out, expected: out.expected ?? "" };
}
