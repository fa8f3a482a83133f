/**
 * Every enumerated fact with its icon and the way its label is found, so a test can
 * prove that no value lacks either in any locale. Labels come from the UI strings
 * (`key`) or, for weekdays and spoken languages, from Intl in the reader's language.
 */
import {
  contactChannels,
  costKinds,
  hostRoles,
  initiativeFlags,
  initiativeTypes,
  needs,
  partsOfDay,
  weekdays,
} from "./facts.ts";
import {
  contactIcons,
  costIcons,
  flagIcons,
  needIcons,
  partOfDayIcons,
  roleIcons,
  typeIcons,
  weekdayIcons,
} from "./icons.ts";

export interface FactEntry {
  /** Which list the value belongs to, e.g. "need". */
  group: string;
  value: string;
  icon: string | undefined;
  /** A UI-string key, or "intl" when Intl names the value in every language. */
  label: string;
}

function group<V extends string>(
  name: string,
  values: readonly V[],
  icons: Partial<Record<V, string>>,
  label: (value: V) => string,
): FactEntry[] {
  return values.map((value) => ({ group: name, value, icon: icons[value], label: label(value) }));
}

/** The registry, derived from the enumerations in facts.ts and the icon maps. */
export function factRegistry(): FactEntry[] {
  return [
    ...group("need", needs, needIcons, (v) => `need.${v}`),
    ...group("type", initiativeTypes, typeIcons, (v) => `type.${v}`),
    ...group("role", hostRoles, roleIcons, (v) => `role.${v}`),
    ...group("flag", initiativeFlags, flagIcons, (v) => `flag.${v}`),
    ...group("partOfDay", partsOfDay, partOfDayIcons, (v) => `partOfDay.${v}`),
    ...group("contact", contactChannels, contactIcons, (v) => `contact.${v}`),
    ...group("cost", costKinds, costIcons, (v) => `cost.${v}`),
    ...group("weekday", weekdays, weekdayIcons, () => "intl"),
  ];
}

/**
 * What is missing: a value without an icon, an icon name the icon set lacks, or a
 * label key missing from a locale's strings.
 */
export function factGaps(
  registry: FactEntry[],
  resources: Record<string, Record<string, string>>,
  iconExists: (name: string) => boolean,
): string[] {
  const gaps: string[] = [];
  for (const entry of registry) {
    const name = `${entry.group} "${entry.value}"`;
    if (!entry.icon) gaps.push(`${name} has no icon`);
    else if (!iconExists(entry.icon)) gaps.push(`${name}: icon "${entry.icon}" does not exist`);
    if (entry.label === "intl") continue;
    for (const [locale, strings] of Object.entries(resources)) {
      if (!strings[entry.label]?.trim()) gaps.push(`${name} has no label in ${locale}`);
    }
  }
  return gaps;
}
