/**
 * Stigma lint. "Stigma starts with the words 'mental healthcare': the guide never
 * brands itself so" (DESIGN.md). The site name, titles and summaries may not use
 * clinical or stigmatising words; the check names the word and suggests everyday
 * words instead.
 *
 * Words match whole words, case-insensitively (Unicode-aware), with simple
 * inflections (patiënten, patients, psychiatrische). A text is checked against the
 * list of its own language and, for safety, against every other list too (except
 * terms marked `ownLanguageOnly`, which mean something harmless elsewhere).
 *
 * The lists are exported so that a page written for professionals (the providers
 * overview) can allow them there only, with `allow`.
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

/** Arabic: optional conjunction/preposition and article before a word (و، ف، ب، ك، ل، ال، لل). */
const ar = "(?:[وف]?[بكل]?ال|[وف]?لل|[وف]?[بكل]|[وف])?";
/** Any further letters (inflections), for languages that inflect with endings. */
const more = "\\p{L}*";

const nlSupport = [
  "steun (support)",
  "iemand om mee te praten (someone to talk to)",
  "hulp (help)",
];
const nlHardTime = [
  "een moeilijke tijd (a hard time)",
  "zorgen (worries)",
  "het moeilijk hebben (going through a hard time)",
];
const enSupport = ["support", "someone to talk to", "help"];
const enHardTime = ["a hard time", "worries", "feeling low"];
const arSupport = ["دعم (support)", "شخص للحديث معه (someone to talk to)"];
const arHardTime = ["وقت صعب (a hard time)", "هموم (worries)"];
const trSupport = ["destek (support)", "konuşacak biri (someone to talk to)"];
const trHardTime = ["zor bir dönem (a hard time)", "dertler (worries)"];
const plSupport = ["wsparcie (support)", "ktoś do rozmowy (someone to talk to)"];
const plHardTime = ["trudny czas (a hard time)", "zmartwienia (worries)"];
const ukSupport = ["підтримка (support)", "людина, з якою можна поговорити (someone to talk to)"];
const ukHardTime = ["важкий час (a hard time)", "турботи (worries)"];

/** Built-in clinical and stigmatising words, per locale. */
export const stigmaTerms: Readonly<Record<string, readonly StigmaTerm[]>> = {
  nl: [
    { word: "ggz", pattern: "ggz", suggest: nlSupport },
    {
      word: "geestelijke gezondheidszorg",
      pattern: "geestelijke\\s+gezondheidszorg",
      suggest: nlSupport,
    },
    {
      word: "psychiatrie",
      pattern: "psychiatri(?:e|sch|sche)",
      suggest: nlSupport,
    },
    { word: "psychiater", pattern: "psychiaters?", suggest: nlSupport },
    {
      word: "patiënt",
      pattern: "pati[eë]nt(?:en|e|s)?",
      suggest: ["bewoner (resident)", "bezoeker (visitor)", "deelnemer (participant)"],
    },
    { word: "stoornis", pattern: "stoornis(?:sen)?", suggest: nlHardTime },
    {
      word: "psychisch ziek",
      pattern: "psychische?\\s+ziek(?:e|en)?",
      suggest: nlHardTime,
    },
    {
      word: "geestesziek",
      pattern: "geestesziek(?:e|en|te|ten)?",
      suggest: nlHardTime,
    },
    { word: "gestoord", pattern: "gestoord(?:e|en)?", suggest: nlHardTime },
  ],
  en: [
    {
      word: "mental illness",
      pattern: "mental\\s+illness(?:es)?",
      suggest: enHardTime,
    },
    {
      word: "mentally ill",
      pattern: "mentally\\s+ill",
      suggest: ["going through a hard time"],
    },
    {
      word: "mental healthcare",
      pattern: "mental\\s+health\\s*care",
      suggest: enSupport,
    },
    { word: "psychiatric", pattern: "psychiatric", suggest: enSupport },
    { word: "psychiatry", pattern: "psychiatry", suggest: enSupport },
    { word: "psychiatrist", pattern: "psychiatrists?", suggest: enSupport },
    {
      word: "patient",
      pattern: "patients?",
      suggest: ["resident", "visitor", "participant"],
    },
    { word: "disorder", pattern: "disorders?", suggest: enHardTime },
    { word: "insane", pattern: "insane|insanity", suggest: enHardTime },
    { word: "lunatic", pattern: "lunatics?", suggest: enHardTime },
    { word: "psycho", pattern: "psychos?", suggest: enHardTime },
  ],
  ar: [
    {
      word: "مرض نفسي",
      pattern: `${ar}(?:مرض|أمراض|امراض)\\s+${ar}(?:نفسي|نفسية|عقلي|عقلية)`,
      suggest: arHardTime,
    },
    {
      word: "مريض نفسي",
      pattern: `${ar}(?:مريض|مريضة|مرضى)\\s+${ar}(?:نفسي|نفسية|نفسيين|نفسيون|عقلي|عقلية|عقليين|عقليون)`,
      suggest: ["زائر (visitor)", "مشارك (participant)", "ساكن (resident)"],
    },
    {
      word: "اضطراب نفسي",
      pattern: `${ar}(?:اضطراب|اضطرابات)\\s+${ar}(?:نفسي|نفسية|عقلي|عقلية)`,
      suggest: arHardTime,
    },
    {
      word: "الطب النفسي",
      pattern: `${ar}(?:طب|طبيب|أطباء)\\s+${ar}(?:نفسي|نفسية|نفسيين|نفسيون)`,
      suggest: arSupport,
    },
    {
      word: "مصحة نفسية",
      pattern: `${ar}(?:مصحة|مصحات|مستشفى)\\s+${ar}(?:نفسية|عقلية|الأمراض\\s+العقلية)`,
      suggest: arSupport,
    },
    {
      word: "رعاية الصحة النفسية",
      pattern: `${ar}رعاية\\s+${ar}صحة\\s+${ar}نفسية`,
      suggest: arSupport,
    },
    {
      word: "مجنون",
      pattern: `${ar}(?:مجنون|مجنونة|مجانين)`,
      suggest: arHardTime,
    },
  ],
  tr: [
    { word: "psikiyatri", pattern: `psikiyatri${more}`, suggest: trSupport },
    {
      word: "akıl hastası",
      pattern: `akıl\\s+hasta${more}`,
      suggest: trHardTime,
    },
    {
      word: "ruh hastası",
      pattern: `ruh\\s+hasta${more}`,
      suggest: trHardTime,
    },
    {
      word: "ruhsal bozukluk",
      pattern: `(?:ruhsal|psikolojik|zihinsel)\\s+bozukluk${more}`,
      suggest: trHardTime,
    },
    {
      word: "deli",
      pattern: "deli(?:ler|leri|lere|lik)?",
      suggest: trHardTime,
      ownLanguageOnly: true,
    },
  ],
  pl: [
    { word: "psychiatria", pattern: `psychiatr${more}`, suggest: plSupport },
    {
      word: "pacjent",
      pattern: `pacjen${more}`,
      suggest: ["mieszkaniec (resident)", "gość (visitor)", "uczestnik (participant)"],
    },
    {
      word: "choroba psychiczna",
      pattern: `chor${more}\\s+(?:psychiczn|umysłow)${more}`,
      suggest: plHardTime,
    },
    {
      word: "zaburzenia psychiczne",
      pattern: `zaburze${more}\\s+psychiczn${more}`,
      suggest: plHardTime,
    },
    { word: "wariat", pattern: `waria(?:t|c)${more}`, suggest: plHardTime },
  ],
  uk: [
    { word: "психіатрія", pattern: `психіатр${more}`, suggest: ukSupport },
    {
      word: "пацієнт",
      pattern: `пацієнт${more}`,
      suggest: ["мешканець (resident)", "відвідувач (visitor)", "учасник (participant)"],
    },
    {
      word: "психічно хворий",
      pattern: `психічно\\s+хвор${more}`,
      suggest: ukHardTime,
    },
    {
      word: "психічна хвороба",
      pattern: `психічн${more}\\s+(?:хвороб|захворюван|розлад)${more}`,
      suggest: ukHardTime,
    },
    { word: "божевільний", pattern: `божевіл${more}`, suggest: ukHardTime },
  ],
};

/** Endings added to a site's own `stigmaWords` so simple inflections match too. */
const inflections: Readonly<Record<string, string>> = {
  nl: "(?:en|s|e|n|'s)?",
  en: "(?:s|es)?",
  tr: more,
  pl: "\\p{L}{0,4}",
  uk: "\\p{L}{0,4}",
};

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
      const prefix = locale === "ar" ? ar : "";
      return {
        word: w,
        pattern: parts.map((p) => prefix + p).join("\\s+") + (inflections[locale] ?? ""),
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
    const terms = [
      ...(stigmaTerms[locale] ?? []),
      ...extraTerms(locale, options.extraWords?.[locale] ?? []),
    ];
    let lowered: string;
    try {
      lowered = nfc.toLocaleLowerCase(locale);
    } catch {
      lowered = nfc.toLowerCase();
    }
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

/** A match as a message for a volunteer, with the expectation and an example. */
export function stigmaProblem(match: StigmaMatch): {
  message: string;
  expected: string;
  example?: string;
} {
  const same = match.found.toLowerCase() === match.word.toLowerCase();
  const what = same ? `"${match.found}"` : `"${match.found}" (${match.word})`;
  const suggestions = match.suggest.length
    ? match.suggest.join(", ")
    : "plain words for what happens there";
  const out: { message: string; expected: string; example?: string } = {
    message: `${what} is a clinical or stigmatising word that keeps people away: say what happens there in everyday words`,
    expected: `everyday words, such as ${suggestions}`,
  };
  const first = match.suggest[0]?.replace(/\s*\(.*\)$/, "");
  if (first) out.example = first;
  return out;
}
