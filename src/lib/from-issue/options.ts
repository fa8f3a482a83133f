/**
 * The fixed lists of the "suggest an initiative" issue forms, in each form's
 * language: what every option of a dropdown or checkbox list stands for.
 *
 * The forms (.github/ISSUE_TEMPLATE/suggest-initiative.<locale>.yml) are YAML that
 * GitHub reads; the answers are read back against that YAML, option by option, in
 * the order the YAML lists them (see form-reader.ts). This file says, per question, which
 * value each position is, and what the option should say: the site's own words for
 * a fact (i18n/<locale>.json: `need.meet`, `flag.womenOnly`, `role.peer-worker`),
 * the day names of Intl, the places of content/places/. A test compares the YAML
 * with `expectedOptions`, so a form never offers a value the contract does not have,
 * and never lacks a place.
 */
import { hostRoles, initiativeFlags, initiativeTypes, needs, weekdays } from "../facts.ts";
import type { HostRole, InitiativeFlag, InitiativeType, Need, Weekday } from "../facts.ts";
import { weekdayName } from "../format/intl.ts";
import { translator } from "../i18n/translator.ts";

/** The languages the form exists in (one YAML file each). */
export const formLocales = ["nl", "en"] as const;
export type FormLocale = (typeof formLocales)[number];

export function isFormLocale(value: string): value is FormLocale {
  return (formLocales as readonly string[]).includes(value);
}

/** How often a time happens. */
export const oftenValues = ["weekly", "monthly", "fortnightly"] as const;
export type Often = (typeof oftenValues)[number];

/** Weeks of the month, as the form offers them: the first … the fourth, the last. */
export const weekValues = [1, 2, 3, 4, -1] as const;

/** Where, besides the places of the guide. */
export const otherPlaceValues = ["online", "phone", "elsewhere"] as const;
export type OtherPlace = (typeof otherPlaceValues)[number];

/** Yes/no facts about the contact. */
export const contactFactValues = ["whatsapp", "afterHours"] as const;
export type ContactFact = (typeof contactFactValues)[number];

/** The second host: nobody else, or a role. */
export const secondHostValues = ["none", ...hostRoles] as const;

/** A place of the guide as the form lists it. */
export interface FormPlace {
  slug: string;
  title: string;
  address?: string;
}

/** Words of the form that are not in the site's UI strings. */
const words: Record<
  FormLocale,
  {
    often: Record<Often, string>;
    weeks: Record<(typeof weekValues)[number], string>;
    otherPlace: Record<OtherPlace, string>;
    contactFact: Record<ContactFact, string>;
    noOneElse: string;
    agree: string;
  }
> = {
  nl: {
    often: {
      weekly: "Elke week",
      monthly: "Alleen sommige weken van de maand (kies hieronder welke)",
      fortnightly: "Om de week (schrijf hieronder de datum van één keer)",
    },
    weeks: { 1: "De eerste", 2: "De tweede", 3: "De derde", 4: "De vierde", [-1]: "De laatste" },
    otherPlace: {
      online: "Online, via internet",
      phone: "Via de telefoon",
      elsewhere: "Op een andere plek (schrijf het adres hieronder)",
    },
    contactFact: {
      whatsapp: "Je kunt dit nummer ook een WhatsApp-bericht sturen",
      afterHours: "Ook 's avonds of in het weekend bereikbaar",
    },
    noOneElse: "Nee, niemand anders",
    agree: "De mensen die het organiseren vinden het goed dat het op de site komt",
  },
  en: {
    often: {
      weekly: "Every week",
      monthly: "Only some weeks of the month (choose which below)",
      fortnightly: "Every other week (write the date of one time below)",
    },
    weeks: { 1: "The first", 2: "The second", 3: "The third", 4: "The fourth", [-1]: "The last" },
    otherPlace: {
      online: "Online, on the internet",
      phone: "By phone",
      elsewhere: "Somewhere else (write the address below)",
    },
    contactFact: {
      whatsapp: "You can also send this number a WhatsApp message",
      afterHours: "Also reachable in the evening or at the weekend",
    },
    noOneElse: "No, nobody else",
    agree: "The people who run it agree that it goes on the site",
  },
};

function capitalized(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** A language's name in the form's language: `so` → "Somalisch". */
export function languageName(code: string, locale: FormLocale): string {
  const name = new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(code);
  return capitalized(name ?? code, locale);
}

/** A place as the place dropdown lists it: "Buurthuis De Linde (Lindenlaan 4)". */
export function placeOption(place: FormPlace): string {
  return place.address ? `${place.title} (${place.address})` : place.title;
}

/** The values of each fixed list, in the order of the form's options. */
export interface OptionValues {
  type: readonly InitiativeType[];
  needs: readonly Need[];
  days: readonly Weekday[];
  often: readonly Often[];
  weeks: readonly number[];
  facts: readonly InitiativeFlag[];
  host1_role: readonly HostRole[];
  host2_role: readonly (HostRole | "none")[];
  contact_facts: readonly ContactFact[];
  agree: readonly ["agree"];
}

export const optionValues: OptionValues = {
  type: initiativeTypes,
  needs,
  days: weekdays,
  often: oftenValues,
  weeks: weekValues,
  facts: initiativeFlags,
  host1_role: hostRoles,
  host2_role: secondHostValues,
  contact_facts: contactFactValues,
  agree: ["agree"],
};

/** Questions whose options come from content (places) or the site (languages). */
export type SiteListQuestion = "place" | "languages";

/** Every question with a fixed list. */
export type ListQuestion = keyof OptionValues | SiteListQuestion;

/** What the site's lists are for one content folder. */
export interface SiteLists {
  places: readonly FormPlace[];
  /** The site's languages, in site.yaml order. */
  locales: readonly string[];
}

/**
 * The option labels the form in `locale` should have for `question`, in order.
 * Places: the guide's places, then online, by phone and somewhere else.
 */
export function expectedOptions(
  question: ListQuestion,
  locale: FormLocale,
  site: SiteLists,
): string[] {
  const t = translator(locale);
  const w = words[locale];
  const role = (value: HostRole) => `${t(`role.${value}`)}: ${t(`role.${value}.explain`)}`;
  switch (question) {
    case "type":
      return initiativeTypes.map((value) => `${t(`type.${value}`)}: ${t(`type.${value}.explain`)}`);
    case "needs":
      return needs.map((value) => t(`need.${value}`));
    case "days":
      return weekdays.map((day) => capitalized(weekdayName(day, locale), locale));
    case "often":
      return oftenValues.map((value) => w.often[value]);
    case "weeks":
      return weekValues.map((value) => w.weeks[value]);
    case "facts":
      return initiativeFlags.map((flag) => t(`flag.${flag}`));
    case "host1_role":
      return hostRoles.map(role);
    case "host2_role":
      return [w.noOneElse, ...hostRoles.map(role)];
    case "contact_facts":
      return contactFactValues.map((value) => w.contactFact[value]);
    case "agree":
      return [w.agree];
    case "place":
      return [...site.places.map(placeOption), ...otherPlaceValues.map((v) => w.otherPlace[v])];
    case "languages":
      return site.locales.map((code) => languageName(code, locale));
  }
}

/** The questions with a fixed list, for the tests and the reader. */
export const listQuestions: readonly ListQuestion[] = [
  "type",
  "needs",
  "place",
  "days",
  "often",
  "weeks",
  "languages",
  "facts",
  "host1_role",
  "host2_role",
  "contact_facts",
  "agree",
];
