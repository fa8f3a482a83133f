/** Where an initiative happens, resolved for display. */
import type { Initiative, Place } from "../content/model.ts";
import { localizedText, type LocalizedText } from "./localize.ts";

export type Where<P extends Place = Place> =
  | { kind: "place"; place: P; text: LocalizedText }
  | { kind: "online" }
  | { kind: "phone" }
  | { kind: "address"; address: string };

export function whereOf<P extends Place>(
  initiative: Initiative,
  placeBySlug: Map<string, P>,
  locale: string,
  defaultLocale: string,
): Where<P> {
  if (initiative.place === "online") return { kind: "online" };
  if (initiative.place === "phone") return { kind: "phone" };
  const place = initiative.place ? placeBySlug.get(initiative.place) : undefined;
  if (place) return { kind: "place", place, text: localizedText(place, locale, defaultLocale) };
  return { kind: "address", address: initiative.address ?? "" };
}

/** The short name of where something happens, for one-line rows, with its `lang` if it differs. */
export function whereName(
  where: Where,
  t: (key: string) => string,
): { name: string; lang?: string } {
  if (where.kind === "place") {
    return where.text.isFallback
      ? { name: where.text.title, lang: where.text.locale }
      : { name: where.text.title };
  }
  if (where.kind === "address") return { name: where.address };
  return { name: t(where.kind === "online" ? "fact.online" : "fact.byPhone") };
}
