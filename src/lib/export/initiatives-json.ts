/**
 * `/data/initiatives.json`: every fact of every initiative and place, and their
 * texts in every language they have, for anyone who wants to reuse the guide.
 * Facts are as volunteers wrote them (content contract in DESIGN.md); each schedule
 * rule also carries its RRULE.
 */
import type { EntryText, ScheduleRule } from "../content/model.ts";
import { bySlug, pageUrl, type ExportContext } from "./context.ts";
import { rruleOf } from "./schedule.ts";

/** Texts of an entry per locale, without the content file's path. */
function texts(text: Record<string, EntryText>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const locale of Object.keys(text).sort()) {
    const entry = text[locale];
    if (!entry) continue;
    out[locale] = {
      title: entry.title,
      summary: entry.summary,
      ...(entry.directions !== undefined ? { directions: entry.directions } : {}),
      body: entry.body.trim(),
    };
  }
  return out;
}

function rules(schedule: readonly ScheduleRule[]) {
  return schedule.map((rule) => {
    const rrule = rruleOf(rule);
    return { ...rule, ...(rrule ? { rrule } : {}) };
  });
}

function pages(context: ExportContext, kind: string, slug: string): Record<string, string> {
  return Object.fromEntries(
    context.site.locales.map((locale) => [locale, pageUrl(context, locale, kind, slug)]),
  );
}

/** The JSON export as a value (the endpoint serialises it). */
export function initiativesJson(context: ExportContext) {
  const { site } = context;
  return {
    format: "buurtgids-initiatives",
    version: 1,
    site: {
      name: site.name,
      defaultLocale: site.defaultLocale,
      locales: site.locales,
      timeZone: site.timeZone,
      ...(site.area ? { area: site.area } : {}),
      fictional: site.fictional,
    },
    initiatives: bySlug(context.initiatives).map((i) => ({
      slug: i.slug,
      pages: pages(context, "initiatives", i.slug),
      type: i.type,
      needs: i.needs,
      ...(i.place !== undefined ? { place: i.place } : {}),
      ...(i.address !== undefined ? { address: i.address } : {}),
      schedule: rules(i.schedule),
      closed: i.closed,
      cost: i.cost,
      languages: i.languages,
      womenOnly: i.womenOnly,
      walkIn: i.walkIn,
      bringSomeone: i.bringSomeone,
      children: i.children,
      wheelchair: i.wheelchair,
      hosts: i.hosts,
      contact: i.contact,
      lastVerified: i.lastVerified,
      text: texts(i.text),
    })),
    places: bySlug(context.places).map((p) => ({
      slug: p.slug,
      pages: pages(context, "places", p.slug),
      address: p.address,
      postcode: p.postcode,
      ...(p.geo ? { geo: p.geo } : {}),
      openingHours: rules(p.openingHours),
      closed: p.closed,
      wheelchair: p.wheelchair,
      lastVerified: p.lastVerified,
      text: texts(p.text),
    })),
  };
}

/** The JSON file's text: pretty-printed, ending in a newline. */
export function initiativesJsonText(context: ExportContext): string {
  return `${JSON.stringify(initiativesJson(context), null, 2)}\n`;
}
