/**
 * Small entries for exact-sentence tests: one place with Dutch and English text
 * only (so other readers hear its name in Dutch), and an initiative builder.
 */
import type { EntryText, Initiative, Place, ScheduleRule } from "../../../src/lib/content/model.ts";
import type { SpeechContext } from "../../../src/lib/speech/index.ts";

export const locales = ["nl", "en", "ar", "tr", "pl", "uk"] as const;
export type TestLocale = (typeof locales)[number];

function text(locale: string, title: string, summary: string, directions?: string): EntryText {
  return {
    locale,
    title,
    summary,
    body: "",
    html: "",
    file: `x/${locale}.mdx`,
    ...(directions ? { directions } : {}),
  };
}

export const brug: Place = {
  kind: "place",
  slug: "de-brug",
  address: "Kerkstraat 5",
  postcode: "1234 AB",
  openingHours: [],
  closed: [],
  wheelchair: true,
  lastVerified: "2026-11-01",
  text: {
    nl: text("nl", "Buurthuis De Brug", "Het buurthuis.", "Naast de bakker"),
    en: text("en", "De Brug community centre", "The community centre.", "Next to the bakery"),
  },
};

export const context: SpeechContext = {
  defaultLocale: "nl",
  placeBySlug: new Map([[brug.slug, brug]]),
};

export const tuesday10to12: ScheduleRule = { days: ["tu"], from: "10:00", to: "12:00" };

/** An initiative at De Brug with Dutch text only, changed by `overrides`. */
export function initiative(overrides: Partial<Initiative> = {}): Initiative {
  return {
    kind: "initiative",
    slug: "koffie",
    type: "activity",
    needs: ["meet"],
    place: "de-brug",
    schedule: [tuesday10to12],
    closed: [],
    cost: "free",
    languages: ["nl"],
    womenOnly: false,
    walkIn: false,
    bringSomeone: false,
    children: false,
    wheelchair: false,
    hosts: [],
    contact: {},
    lastVerified: "2026-11-01",
    audio: {},
    text: { nl: text("nl", "Koffieochtend", "Samen koffie drinken") },
    ...overrides,
  };
}

/** The same initiative with text in English too. */
export function withEnglish(entry: Initiative): Initiative {
  return {
    ...entry,
    text: { ...entry.text, en: text("en", "Coffee morning", "Drink coffee together.") },
  };
}
