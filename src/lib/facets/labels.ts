/**
 * Translated labels and icons for the facets and their values, on the search page
 * and in the providers' filters. The values stay language-neutral (`meet`, `mo`,
 * `ar`); only what a reader sees is translated: UI strings, or Intl for weekdays and
 * languages.
 */
import type { InitiativeType, Need, PartOfDay, Weekday } from "../facts.ts";
import type { Translate } from "../i18n/translator.ts";
import { endonym, languageName, weekdayName } from "../format/intl.ts";
import {
  costIcons,
  factIcons,
  flagIcons,
  needIcons,
  partOfDayIcons,
  spokenLanguageIcon,
  typeIcons,
  weekdayIcons,
} from "../icons.ts";
import type { FacetFlag, FacetKey } from "./vocabulary.ts";

/** UI-string key of each facet's name (a legend or a field's label). */
export const facetLegendKeys: Record<FacetKey, string> = {
  need: "facet.need",
  type: "facet.type",
  day: "facet.day",
  time: "facet.time",
  language: "facet.language",
  flag: "facet.flag",
};

export interface FacetLabel {
  /** The label in the reader's language. */
  text: string;
  /** For a spoken language: its own name in its own script, when that differs. */
  own?: string;
  icon: string;
}

function flagLabel(flag: FacetFlag, t: Translate): FacetLabel {
  switch (flag) {
    case "free":
      return { text: t("cost.free"), icon: costIcons.free };
    case "eveningWeekend":
      return { text: t("flag.eveningWeekend"), icon: factIcons.evening };
    default:
      return { text: t(`flag.${flag}`), icon: flagIcons[flag] };
  }
}

/**
 * The label and icon of a facet value for a reader of `locale`.
 *
 * @example facetLabel("day", "tu", "nl", t).text // "dinsdag"
 * @example facetLabel("language", "ar", "nl", t) // { text: "Arabisch", own: "العربية", icon: "language" }
 */
export function facetLabel(key: FacetKey, value: string, locale: string, t: Translate): FacetLabel {
  switch (key) {
    case "need":
      return { text: t(`need.${value}`), icon: needIcons[value as Need] };
    case "type":
      return { text: t(`type.${value}`), icon: typeIcons[value as InitiativeType] };
    case "day":
      return { text: weekdayName(value as Weekday, locale), icon: weekdayIcons[value as Weekday] };
    case "time":
      return { text: t(`partOfDay.${value}`), icon: partOfDayIcons[value as PartOfDay] };
    case "language": {
      const text = languageName(value, locale);
      const own = endonym(value);
      return { text, ...(own !== text ? { own } : {}), icon: spokenLanguageIcon };
    }
    case "flag":
      return flagLabel(value as FacetFlag, t);
  }
}
