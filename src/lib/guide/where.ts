/** Where an initiative happens, resolved for display. */
import type { Initiative, Place } from "../content/types.ts";
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
