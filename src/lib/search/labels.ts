/**
 * Translated labels and icons for the search page's filter groups and values. The
 * values stay language-neutral (`meet`, `mo`, `ar`); only what a reader sees is
 * translated: UI strings, or Intl for weekdays and languages.
 */
import type { InitiativeType, Need, PartOfDay, Weekday } from "../facts.ts";
import type { Translate } from "../i18n/translator.ts";
import { endonym, languageName, weekdayName } from "../format/intl.ts";
import {
  costIcons,
  flagIcons,
  needIcons,
  partOfDayIcons,
  spokenLanguageIcon,
  typeIcons,
  weekdayIcons,
} from "../icons.ts";
import type { SearchFilterKey, SearchFlag } from "./filters.ts";

/** UI-string key of each group's legend. */
export const filterLegendKeys: Record<SearchFilterKey, string> = {
  need: "search.filterNeed",
  type: "search.filterType",
  day: "search.filterDay",
  time: "search.filterTime",
  lang: "search.filterLang",
  flag: "search.filterFlag",
};

export interface FilterLabel {
  /** The label in the reader's language. */
  text: string;
  /** For a spoken language: its own name in its own script, when that differs. */
  own?: string;
  icon: string;
}

/**
 * The label and icon of a filter value for a reader of `locale`.
 *
 * @example filterLabel("day", "tu", "nl", t).text // "dinsdag"
 * @example filterLabel("lang", "ar", "nl", t) // { text: "Arabisch", own: "العربية", icon: "language" }
 */
export function filterLabel(
  key: SearchFilterKey,
  value: string,
  locale: string,
  t: Translate,
): FilterLabel {
  switch (key) {
    case "need":
      return { text: t(`need.${value}`), icon: needIcons[value as Need] };
    case "type":
      return { text: t(`type.${value}`), icon: typeIcons[value as InitiativeType] };
    case "day":
      return { text: weekdayName(value as Weekday, locale), icon: weekdayIcons[value as Weekday] };
    case "time":
      return { text: t(`partOfDay.${value}`), icon: partOfDayIcons[value as PartOfDay] };
    case "lang": {
      const text = languageName(value, locale);
      const own = endonym(value);
      return { text, ...(own !== text ? { own } : {}), icon: spokenLanguageIcon };
    }
    case "flag":
      return value === "free"
        ? { text: t("cost.free"), icon: costIcons.free }
        : { text: t(`flag.${value}`), icon: flagIcons[value as Exclude<SearchFlag, "free">] };
  }
}
