/**
 * Open Referral HSDS 3.0 export (`/data/hsds/<table>.json`): the guide as the
 * tables of the Human Services Data Specification, one JSON array per table, rows
 * linked by id. Field names are HSDS 3.0's own; texts are in the site's default
 * language (HSDS has one language per record).
 *
 * Mapping: host organisations -> organizations (deduplicated by name); initiatives
 * -> services; places, street addresses and "online" -> locations (+ addresses when
 * the site's city and country are known, + accessibility for wheelchair access);
 * schedule rules and opening hours -> schedules (one per rule, RRULE parts in
 * columns); languages spoken -> languages; phone and WhatsApp -> phones; hosts ->
 * contacts (title = their role, organization_id = their organisation); cost ->
 * cost_options.
 *
 * Times: `opens_at`/`closes_at` are the wall-clock times of the site's time zone.
 * HSDS's numeric `timezone` (one UTC offset) cannot say "Europe/Amsterdam" with its
 * summer time, so it is left out and each schedule's `notes` names the zone.
 */
import type { Initiative, Place, ScheduleRule } from "../content/model.ts";
import { translator, type Translate } from "../i18n/translator.ts";
import { closureText } from "../format/schedule-text.ts";
import { formatList, languageName } from "../format/intl.ts";
import { closureOn } from "../schedule/closures.ts";
import { recurrenceParts, upcomingClosures } from "../schedule/view.ts";
import { ruleRecurrence } from "../ics/recurrence.ts";
import { isRemote, whereLabel, whereOf, type Where } from "../guide/where.ts";
import { bySlug, pageUrl, type ExportContext } from "./context.ts";
import { organisationKey, stableId } from "./ids.ts";
import { ruleWords } from "./schedule.ts";

/** One row of an HSDS table. */
export type HsdsRow = Record<string, string | number>;

/** The tables we fill: HSDS schema name and the file it is published as. */
export const hsdsTables = [
  { schema: "organization", file: "organizations" },
  { schema: "service", file: "services" },
  { schema: "location", file: "locations" },
  { schema: "address", file: "addresses" },
  { schema: "accessibility", file: "accessibility" },
  { schema: "service_at_location", file: "service_at_location" },
  { schema: "schedule", file: "schedules" },
  { schema: "language", file: "languages" },
  { schema: "phone", file: "phones" },
  { schema: "contact", file: "contacts" },
  { schema: "cost_option", file: "cost_options" },
] as const;

export type HsdsTableName = (typeof hsdsTables)[number]["schema"];
export type HsdsExport = Record<HsdsTableName, HsdsRow[]>;

/** Where the neighbourhood is; HSDS addresses need all three. */
export interface HsdsArea {
  city: string;
  stateProvince: string;
  /** ISO 3166-1 alpha-2, e.g. "NL". */
  country: string;
}

export interface HsdsContext extends ExportContext {
  /** The site-local date of the build: a closure covering it makes a service "temporarily closed". */
  today: string;
  /** Without it no addresses are written (locations still have name and coordinates). */
  area?: HsdsArea;
}

/** A row without its undefined and empty-string fields. */
function row(fields: Record<string, string | number | undefined>): HsdsRow {
  const out: HsdsRow = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && value !== "") out[key] = value;
  }
  return out;
}

/** The language part of a BCP-47 tag, which is its ISO 639-1 or 639-3 code. */
function isoCode(tag: string): string {
  return new Intl.Locale(tag).language;
}

interface Ids {
  site: string;
  service: (slug: string) => string;
  place: (slug: string) => string;
  address: (text: string) => string;
  online: string;
}

function idsFor(context: HsdsContext): Ids {
  // Services and locations are scoped by the guide's name, so two neighbourhoods'
  // exports can be merged; organisations are not (the same organisation is one).
  const site = context.site.name[context.site.defaultLocale] ?? "buurtgids";
  return {
    site,
    service: (slug) => stableId(site, "service", slug),
    place: (slug) => stableId(site, "location", "place", slug),
    address: (text) => stableId(site, "location", "address", organisationKey(text)),
    online: stableId(site, "location", "online"),
  };
}

function scheduleRows(
  rules: readonly ScheduleRule[],
  owner: { service_id: string } | { location_id: string },
  entry: { closed: Initiative["closed"]; lastVerified: string },
  key: string,
  context: HsdsContext,
  t: Translate,
  attending?: string,
): HsdsRow[] {
  const locale = context.site.defaultLocale;
  return rules.flatMap((rule, index) => {
    const parts = recurrenceParts(rule);
    if (parts === undefined) return [];
    const recurrence = ruleRecurrence(
      rule,
      entry.closed,
      entry.lastVerified,
      context.site.timeZone,
    );
    return [
      row({
        id: stableId(key, "schedule", String(index)),
        ...owner,
        valid_from: rule.validFrom,
        valid_to: rule.validUntil,
        dtstart: recurrence?.first,
        freq: parts.freq,
        interval: parts.interval,
        byday: parts.byday.join(","),
        wkst: parts.wkst,
        opens_at: rule.from,
        closes_at: rule.to,
        description: ruleWords(rule, locale, t),
        attending_type: attending,
        notes: t("data.timeZone", { zone: context.site.timeZone }),
      }),
    ];
  });
}

/** Host organisations, deduplicated by name; the first spelling (by slug order) wins. */
function organisations(initiatives: readonly Initiative[], context: HsdsContext, t: Translate) {
  const locale = context.site.defaultLocale;
  const found = new Map<string, { name: string; titles: string[] }>();
  for (const initiative of initiatives) {
    const title = initiative.text[locale]?.title ?? initiative.slug;
    for (const host of initiative.hosts) {
      if (!host.organisation?.trim()) continue;
      const key = organisationKey(host.organisation);
      const org = found.get(key) ?? {
        name: host.organisation.trim().replace(/\s+/g, " "),
        titles: [],
      };
      if (!org.titles.includes(title)) org.titles.push(title);
      found.set(key, org);
    }
  }
  const idOf = (name: string) => stableId("organization", organisationKey(name));
  const rows = [...found.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, org]) =>
      row({
        id: idOf(org.name),
        name: org.name,
        description: t("data.hostOf", { list: formatList(org.titles, locale) }),
      }),
    );
  return { rows, idOf };
}

function placeRows(place: Place, ids: Ids, context: HsdsContext, t: Translate, out: HsdsExport) {
  const locale = context.site.defaultLocale;
  const text = place.text[locale];
  const location_id = ids.place(place.slug);
  out.location.push(
    row({
      id: location_id,
      location_type: "physical",
      name: text?.title ?? place.slug,
      description: text?.summary,
      transportation: text?.directions,
      latitude: place.geo?.lat,
      longitude: place.geo?.lon,
    }),
  );
  if (context.area) {
    out.address.push(
      row({
        id: stableId(location_id, "address"),
        location_id,
        address_1: place.address,
        city: context.area.city,
        state_province: context.area.stateProvince,
        postal_code: place.postcode,
        country: context.area.country,
        address_type: "physical",
      }),
    );
  }
  if (place.wheelchair) {
    out.accessibility.push(
      row({
        id: stableId(location_id, "accessibility"),
        location_id,
        description: t("flag.wheelchair"),
      }),
    );
  }
  out.schedule.push(
    ...scheduleRows(place.openingHours, { location_id }, place, location_id, context, t),
  );
}

/** Every HSDS table of the guide. Rows are sorted by slug, so builds are reproducible. */
export function hsdsExport(context: HsdsContext): HsdsExport {
  const { site } = context;
  const locale = site.defaultLocale;
  const t = translator(locale);
  const ids = idsFor(context);
  const initiatives = bySlug(context.initiatives);
  const places = bySlug(context.places);
  const placeBySlug = new Map(places.map((p) => [p.slug, p]));
  const whereName = (where: Where) => whereLabel(where, locale, locale).name.text;
  const out: HsdsExport = {
    organization: [],
    service: [],
    location: [],
    address: [],
    accessibility: [],
    service_at_location: [],
    schedule: [],
    language: [],
    phone: [],
    contact: [],
    cost_option: [],
  };

  const orgs = organisations(initiatives, context, t);
  out.organization = orgs.rows;
  for (const place of places) placeRows(place, ids, context, t, out);

  const addressLocations = new Set<string>();
  let online = false;
  for (const initiative of initiatives) {
    const text = initiative.text[locale];
    const service_id = ids.service(initiative.slug);
    const firstOrg = initiative.hosts.find((h) => h.organisation?.trim())?.organisation;
    const closure = closureOn(initiative.closed, context.today);
    const upcoming = upcomingClosures(initiative.closed, context.today).map((c) =>
      c.note ? `${closureText(c, locale, t)} (${c.note})` : closureText(c, locale, t),
    );
    out.service.push(
      row({
        id: service_id,
        organization_id: firstOrg ? orgs.idOf(firstOrg) : undefined,
        name: text?.title ?? initiative.slug,
        description: text?.summary,
        url: context.siteUrl ? pageUrl(context, locale, "initiatives", initiative.slug) : undefined,
        email: initiative.contact.email,
        status: closure ? "temporarily closed" : "active",
        application_process: [
          ...(initiative.walkIn ? [t("flag.walkIn")] : []),
          ...(initiative.bringSomeone ? [t("flag.bringSomeone")] : []),
        ].join(". "),
        fees_description: initiative.cost === "free" ? t("fact.free") : undefined,
        eligibility_description: [
          ...(initiative.womenOnly ? [t("flag.womenOnly")] : []),
          ...(initiative.children ? [t("flag.children")] : []),
        ].join(". "),
        assured_date: initiative.lastVerified,
        alert: upcoming.join(". "),
      }),
    );

    const where = whereOf(initiative, placeBySlug, locale, locale);
    let location_id: string | undefined;
    if (where.kind === "online") {
      location_id = ids.online;
      online = true;
    } else if (where.kind === "place") {
      location_id = ids.place(where.place.slug);
    } else if (where.kind === "address" && where.address) {
      location_id = ids.address(where.address);
      if (!addressLocations.has(location_id)) {
        addressLocations.add(location_id);
        out.location.push(
          row({ id: location_id, location_type: "physical", name: whereName(where) }),
        );
      }
    }
    if (location_id) {
      out.service_at_location.push(
        row({ id: stableId(service_id, "at", location_id), service_id, location_id }),
      );
    }

    const attending = isRemote(where) ? whereName(where) : undefined;
    out.schedule.push(
      ...scheduleRows(
        initiative.schedule,
        { service_id },
        initiative,
        service_id,
        context,
        t,
        attending,
      ),
    );

    for (const tag of initiative.languages) {
      const code = isoCode(tag);
      out.language.push(
        row({
          id: stableId(service_id, "language", tag),
          service_id,
          name: languageName(tag, locale),
          code,
          note: code !== tag ? tag : undefined,
        }),
      );
    }

    const { phone, whatsapp, afterHours } = initiative.contact;
    if (phone) {
      out.phone.push(
        row({
          id: stableId(service_id, "phone", "voice"),
          service_id,
          number: phone,
          type: "voice",
          description: afterHours ? t("fact.afterHours") : undefined,
        }),
      );
      if (whatsapp) {
        out.phone.push(
          row({
            id: stableId(service_id, "phone", "whatsapp"),
            service_id,
            number: phone,
            type: "text",
            description: t("contact.whatsapp"),
          }),
        );
      }
    }

    initiative.hosts.forEach((host, index) => {
      out.contact.push(
        row({
          id: stableId(service_id, "contact", String(index)),
          service_id,
          organization_id: host.organisation?.trim() ? orgs.idOf(host.organisation) : undefined,
          title: t(`role.${host.role}`),
        }),
      );
    });

    out.cost_option.push(
      row({
        id: stableId(service_id, "cost"),
        service_id,
        currency: "EUR",
        amount: initiative.cost === "free" ? 0 : initiative.cost,
        amount_description: initiative.cost === "free" ? t("fact.free") : undefined,
      }),
    );
  }
  if (online) {
    const name = whereName({ kind: "online" });
    out.location.push(row({ id: ids.online, location_type: "virtual", name }));
  }
  return out;
}

/**
 * `/data/hsds/index.json`: which HSDS 3.0 tables there are, where, and how many
 * rows each has, so a consumer can find them on a static host.
 */
export function hsdsIndex(exported: HsdsExport, context: HsdsContext) {
  const base = context.base ?? "/";
  const url = (file: string) => {
    const path = `${base.endsWith("/") ? base : `${base}/`}data/hsds/${file}.json`;
    return context.siteUrl ? new URL(path, context.siteUrl).href : path;
  };
  return {
    specification: "Open Referral Human Services Data Specification (HSDS)",
    version: "3.0",
    language: context.site.defaultLocale,
    timeZone: context.site.timeZone,
    tables: hsdsTables.map((table) => ({
      name: table.schema,
      url: url(table.file),
      rows: exported[table.schema].length,
    })),
  };
}
