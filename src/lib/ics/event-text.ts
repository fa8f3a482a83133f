/**
 * The words of an initiative's calendar events, in one language (the site's
 * default): SUMMARY (title), LOCATION (where) and DESCRIPTION (summary, who you
 * meet, phone), all plain text.
 */
import type { Initiative, Place } from "../content/model.ts";
import { translator } from "../i18n/translator.ts";
import { localizedText } from "../guide/localize.ts";
import { whereLabelOf, whereLine } from "../guide/where.ts";

/** Plain-text (unescaped) values for SUMMARY, LOCATION and DESCRIPTION. */
export interface EventText {
  summary: string;
  location: string;
  description: string;
}

/**
 * SUMMARY, LOCATION and DESCRIPTION of an initiative in `locale`.
 *
 * @example eventText(koffieochtend, placeBySlug, "nl").location
 * // "Buurthuis De Linde, Lindenlaan 4, 7777 LA"
 */
export function eventText(
  initiative: Initiative,
  placeBySlug: ReadonlyMap<string, Place>,
  locale: string,
): EventText {
  const t = translator(locale);
  const text = localizedText(initiative, locale, locale);
  const location = whereLine(whereLabelOf(initiative, placeBySlug, locale, locale));
  const hosts = initiative.hosts.map((host) => {
    const role = t(`role.${host.role}`);
    return host.organisation ? `${role} (${host.organisation})` : role;
  });
  const description = [
    text.summary,
    hosts.length > 0 ? `${t("fact.who")}: ${hosts.join(", ")}` : "",
    initiative.contact.phone ? t("fact.call", { number: initiative.contact.phone }) : "",
  ].filter((part) => part !== "");
  return { summary: text.title, location, description: description.join("\n") };
}
