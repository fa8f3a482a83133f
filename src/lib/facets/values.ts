/**
 * The facet values of an initiative (the facts vocabulary.ts names, read from its
 * entry) and the values each facet offers in a guide, with counts. Used where pages
 * are built: the search index, the providers' rows and both pages' filter forms.
 */
import type { Initiative } from "../content/model.ts";
import { needs, partsOfDay, weekdays } from "../facts.ts";
import { partOfDay } from "../schedule/clock.ts";
import { currentRules, isEveningOrWeekend } from "../schedule/view.ts";
import {
  facetFlags,
  facetKeys,
  facets,
  type FacetFlag,
  type FacetKey,
  type FacetValues,
} from "./vocabulary.ts";
import { languageKey } from "./query.ts";

/**
 * The facet values of one initiative. Days are every weekday a rule names; the time
 * of day is taken from each rule's start, as on the evenings page; `dayTime` pairs
 * them per meeting; "evening or weekend" is the evenings-and-weekends page's rule.
 *
 * With `today` (the build's site-local date), only the rules that have not ended
 * count (`currentRules`, what the entry page shows): a winter timetable that ended
 * in March no longer makes the group a "Tuesday evening" result. Without it, every
 * rule counts.
 *
 * @example facetValues(koffieochtend, "2026-11-25").day // ["mo", "we", "fr"]
 */
export function facetValues(initiative: Initiative, today?: string): FacetValues {
  const rules = today ? currentRules(initiative.schedule, today) : initiative.schedule;
  const flags: Record<FacetFlag, boolean> = {
    free: initiative.cost === "free",
    womenOnly: initiative.womenOnly,
    wheelchair: initiative.wheelchair,
    walkIn: initiative.walkIn,
    eveningWeekend: rules.some(isEveningOrWeekend),
  };
  const meetings = new Set(
    rules.flatMap((rule) => rule.days.map((day) => `${day}-${partOfDay(rule.from)}`)),
  );
  const times = new Set(rules.map((rule) => partOfDay(rule.from)));
  return {
    need: needs.filter((need) => initiative.needs.includes(need)),
    type: [initiative.type],
    day: weekdays.filter((day) => rules.some((rule) => rule.days.includes(day))),
    time: partsOfDay.filter((part) => times.has(part)),
    language: [...new Set(initiative.languages.map(languageKey))],
    flag: facetFlags.filter((flag) => flags[flag]),
    dayTime: weekdays
      .flatMap((day) => partsOfDay.map((part) => `${day}-${part}`))
      .filter((meeting) => meetings.has(meeting)),
  };
}

export interface FacetOption {
  value: string;
  /** How many initiatives have this value. */
  count: number;
}

/**
 * The values each facet offers: only values at least one initiative has, in the
 * facet's own order (languages: most spoken first, then by tag), each with how many
 * initiatives have it. `today` as for `facetValues`.
 */
export function facetOptions(
  initiatives: readonly Initiative[],
  today?: string,
): Record<FacetKey, FacetOption[]> {
  const counts = new Map<string, number>();
  for (const initiative of initiatives) {
    const values = facetValues(initiative, today);
    for (const key of facetKeys) {
      for (const value of values[key]) {
        const id = `${key}:${value}`;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
  }
  const count = (key: FacetKey, value: string) => counts.get(`${key}:${value}`) ?? 0;
  const spoken = [...counts.keys()]
    .filter((id) => id.startsWith("language:"))
    .map((id) => id.slice("language:".length))
    .sort((a, b) => count("language", b) - count("language", a) || a.localeCompare(b));
  return Object.fromEntries(
    facetKeys.map((key) => {
      const { values } = facets[key];
      const order = values === "language" ? spoken : values;
      const options = order.map((value) => ({ value, count: count(key, value) }));
      return [key, options.filter((option) => option.count > 0)];
    }),
  ) as Record<FacetKey, FacetOption[]>;
}
