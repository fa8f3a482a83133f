/**
 * What a search result shows besides its title, in the reader's language: when it
 * happens and where. Stored with each page in that locale's index (Pagefind
 * `data-pagefind-meta`), so showing a result needs no further look-up. Kind and need
 * icon come from the page's filter values, which are language-neutral.
 */
import type { Initiative, Place } from "../content/model.ts";
import type { Translate } from "../i18n/translator.ts";
import { whereLabel, type Where } from "../guide/where.ts";
import { ruleText } from "../format/schedule-text.ts";
import { isolateLtr } from "../format/intl.ts";
import { currentRules } from "../schedule/view.ts";

export interface SearchMeta {
  /** The schedule in words, one rule after another: "Every week on Tuesday 14:00–15:00". */
  when: string;
  /** The place's name, "Online", "By phone", or the street address. */
  where: string;
  /** Language of the title when it is not the reader's (an untranslated entry). */
  textLang?: string;
}

export interface InitiativeMetaOptions {
  /** Language of the title when it is not the reader's (an untranslated entry). */
  textLang?: string;
  /**
   * The build's site-local date: only rules that have not ended are said
   * (`currentRules`, as on the entry page and in the facet values). Without it, every rule.
   */
  today?: string;
}

/** Result meta of an initiative page in `locale`. */
export function initiativeMeta(
  initiative: Initiative,
  where: Where,
  locale: string,
  t: Translate,
  { textLang, today }: InitiativeMetaOptions = {},
): SearchMeta {
  const rules = today ? currentRules(initiative.schedule, today) : initiative.schedule;
  const when = rules
    .map((rule) => {
      const text = ruleText(rule, locale, t);
      // Isolated, so "14:00–15:00" keeps its order inside Arabic text.
      return `${text.days} ${isolateLtr(text.time)}`;
    })
    .join("; ");
  // Only the words are stored, so which language an address is in does not matter here.
  const place = whereLabel(where, locale, locale).name.text;
  return { when, where: place, ...(textLang ? { textLang } : {}) };
}

/** Result meta of a place page: its address; it has no schedule of its own to show. */
export function placeMeta(place: Place, textLang?: string): SearchMeta {
  return {
    when: "",
    where: `${place.address}, ${place.postcode}`,
    ...(textLang ? { textLang } : {}),
  };
}

/** `key:value` strings for `data-pagefind-meta`, leaving out empty values. */
export function metaAttributes(meta: SearchMeta): string[] {
  return Object.entries(meta)
    .filter(([, value]) => typeof value === "string" && value.trim() !== "")
    .map(([key, value]) => `${key}:${String(value).replace(/\s+/g, " ").trim()}`);
}
