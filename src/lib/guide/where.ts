/**
 * Where an initiative happens: resolved once (`whereOf`: a listed place, online, by
 * phone, or a street address) and said once (`whereLabel`: the same words and icon
 * on the entry page, cards, rows, posters, search results, calendar and exports).
 */
import type { Initiative, Place } from "../content/model.ts";
import { factIcons } from "../icons.ts";
import { translator } from "../i18n/translator.ts";
import { localizedText, type LocalizedText } from "./localize.ts";

export type Where<P extends Place = Place> =
  | { kind: "place"; place: P; text: LocalizedText }
  | { kind: "online" }
  | { kind: "phone" }
  | { kind: "address"; address: string };

/**
 * Where `initiative` happens, with the place's text for `locale`. A place slug that
 * names no listed place (the content check refuses it) reads as the entry's address.
 *
 * @example whereOf(koffieochtend, placeBySlug, "en", "nl")
 * // { kind: "place", place: deLinde, text: { title: "Community centre De Linde", … } }
 */
export function whereOf<P extends Place>(
  initiative: Pick<Initiative, "place" | "address">,
  placeBySlug: ReadonlyMap<string, P>,
  locale: string,
  defaultLocale: string,
): Where<P> {
  if (initiative.place === "online") return { kind: "online" };
  if (initiative.place === "phone") return { kind: "phone" };
  const place = initiative.place ? placeBySlug.get(initiative.place) : undefined;
  if (place) return placeWhere(place, locale, defaultLocale);
  return { kind: "address", address: initiative.address ?? "" };
}

/** True for a meeting online or by phone: nowhere to walk in, no address to say "Where:" of. */
export function isRemote(where: Pick<Where, "kind">): boolean {
  return where.kind === "online" || where.kind === "phone";
}

/** A listed place as a `Where`, e.g. for the footer of its own poster. */
export function placeWhere<P extends Place>(
  place: P,
  locale: string,
  defaultLocale: string,
): Where<P> {
  return { kind: "place", place, text: localizedText(place, locale, defaultLocale) };
}

/** Words with the language they are in, when that is not the reader's. */
export interface Words {
  text: string;
  /** Set only when the words are not in the reader's locale. */
  lang?: string;
}

/** Where, in the words of one locale. */
export interface WhereLabel {
  kind: Where["kind"];
  /** The icon beside it: a pin for a place or address, a globe, a phone. */
  icon: string;
  /** The place's name, "Online", "By phone", or the street address. */
  name: Words;
  /** A listed place's street and postcode, "Lindenlaan 4, 7777 LA". */
  address?: Words;
  /** A listed place's landmark ("next to the supermarket"). */
  directions?: Words;
  /** A listed place's slug, for a link to its page. */
  placeSlug?: string;
}

function words(text: string, textLocale: string, locale: string): Words {
  return textLocale === locale ? { text } : { text, lang: textLocale };
}

/**
 * Where, said for a reader of `locale`: names of online and phone meetings are UI
 * words; place names, addresses and landmarks are content, marked with their own
 * language (addresses are written in `defaultLocale`) when it is not the reader's.
 *
 * @example whereLabel(whereOf(koffieochtend, placeBySlug, "ar", "nl"), "ar", "nl")
 * // { kind: "place", icon: "map-pin", name: { text: "Buurthuis De Linde", lang: "nl" },
 * //   address: { text: "Lindenlaan 4, 7777 LA", lang: "nl" }, placeSlug: "buurthuis-de-linde" }
 */
export function whereLabel(where: Where, locale: string, defaultLocale: string): WhereLabel {
  switch (where.kind) {
    case "online":
    case "phone":
      return {
        kind: where.kind,
        icon: factIcons[where.kind],
        name: {
          text: translator(locale)(where.kind === "online" ? "fact.online" : "fact.byPhone"),
        },
      };
    case "address":
      return {
        kind: "address",
        icon: factIcons.place,
        name: words(where.address, defaultLocale, locale),
      };
    case "place": {
      const { place, text } = where;
      const street = [place.address, place.postcode].filter(Boolean).join(", ");
      return {
        kind: "place",
        icon: factIcons.place,
        name: words(text.title, text.locale, locale),
        address: words(street, defaultLocale, locale),
        ...(text.directions
          ? { directions: words(text.directions, text.directionsLocale, locale) }
          : {}),
        placeSlug: place.slug,
      };
    }
  }
}

/**
 * Where `initiative` happens, in the words of `locale`: `whereLabel` of `whereOf`.
 *
 * @example whereLabelOf(avondgesprek, placeBySlug, "en", "nl").name // { text: "Online" }
 */
export function whereLabelOf(
  initiative: Pick<Initiative, "place" | "address">,
  placeBySlug: ReadonlyMap<string, Place>,
  locale: string,
  defaultLocale: string,
): WhereLabel {
  return whereLabel(whereOf(initiative, placeBySlug, locale, defaultLocale), locale, defaultLocale);
}

/**
 * Where as one line of plain text: the name, then a listed place's address. The
 * calendar's LOCATION.
 *
 * @example whereLine(whereLabel(where, "nl", "nl")) // "Buurthuis De Linde, Lindenlaan 4, 7777 LA"
 */
export function whereLine(label: WhereLabel): string {
  return [label.name.text, label.address?.text ?? ""].filter(Boolean).join(", ");
}
