/**
 * `/data/initiatives.csv`: one row per initiative, texts in the site's default
 * language, for a spreadsheet or a quick import. Lists are joined with "; ";
 * schedule columns hold one line per rule (words, RRULE and first date line up).
 */
import type { Initiative, Place } from "../content/model.ts";
import { translator } from "../i18n/translator.ts";
import { whereOf, type Where } from "../guide/where.ts";
import { ruleRecurrence } from "../ics/recurrence.ts";
import { csvDocument } from "./csv.ts";
import { contactColumns, flagColumns } from "./columns.ts";
import { bySlug, pageUrl, type ExportContext } from "./context.ts";
import { rruleOf, ruleWords } from "./schedule.ts";

/** Where, in three columns (see `whereCells`). */
const whereColumns = ["place", "address", "postcode"] as const;

/** The columns, in order. */
export const csvColumns = [
  "slug",
  "type",
  "title",
  "summary",
  "needs",
  ...whereColumns,
  "schedule",
  "rrule",
  "dtstart",
  "cost",
  "languages",
  // The yes/no facts are each "true" or "false".
  ...flagColumns,
  ...contactColumns,
  "url",
] as const;

export type CsvColumn = (typeof csvColumns)[number];

const list = (values: readonly string[]) => values.join("; ");
const yesNo = (value: boolean | undefined) => (value ? "true" : "false");

/** Columns that hold a phone number: a plain one (`+31 6 1234 5678`) is written as is. */
export const csvPhoneColumns: readonly CsvColumn[] = ["phone"];

/**
 * The where columns: a listed place's name, street and postcode; `online` or `phone`
 * as the place; or the street address.
 */
function whereCells(where: Where): Record<(typeof whereColumns)[number], string> {
  switch (where.kind) {
    case "place":
      return {
        place: where.text.title,
        address: where.place.address,
        postcode: where.place.postcode,
      };
    case "address":
      return { place: "", address: where.address, postcode: "" };
    default:
      return { place: where.kind, address: "", postcode: "" };
  }
}

function flagCells(initiative: Initiative): Record<(typeof flagColumns)[number], string> {
  const cells = flagColumns.map((flag) => [flag, yesNo(initiative[flag])] as const);
  return Object.fromEntries(cells) as Record<(typeof flagColumns)[number], string>;
}

/**
 * The cells of one initiative, by column, as the content says them. Formulas are
 * defused for every cell in one place, the CSV writer (csvDocument in ./csv.ts).
 */
export function csvCells(
  initiative: Initiative,
  placeBySlug: ReadonlyMap<string, Place>,
  context: ExportContext,
): Record<CsvColumn, string> {
  const { site } = context;
  const locale = site.defaultLocale;
  const t = translator(locale);
  const text = initiative.text[locale];
  const rules = initiative.schedule;
  return {
    slug: initiative.slug,
    type: initiative.type,
    title: text?.title ?? "",
    summary: text?.summary ?? "",
    needs: list(initiative.needs),
    ...whereCells(whereOf(initiative, placeBySlug, locale, locale)),
    schedule: rules.map((rule) => ruleWords(rule, locale, t)).join("\n"),
    rrule: rules.map((rule) => rruleOf(rule) ?? "").join("\n"),
    dtstart: rules
      .map(
        (rule) =>
          ruleRecurrence(rule, initiative.closed, initiative.lastVerified, site.timeZone)?.first ??
          "",
      )
      .join("\n"),
    cost: initiative.cost === "free" ? "free" : initiative.cost.toFixed(2),
    languages: list(initiative.languages),
    ...flagCells(initiative),
    hosts: list(
      initiative.hosts.map((h) => (h.organisation ? `${h.role}: ${h.organisation}` : h.role)),
    ),
    phone: initiative.contact.phone ?? "",
    whatsapp: yesNo(initiative.contact.phone !== undefined && initiative.contact.whatsapp),
    email: initiative.contact.email ?? "",
    afterHours: yesNo(initiative.contact.afterHours),
    lastVerified: initiative.lastVerified,
    url: pageUrl(context, locale, "initiatives", initiative.slug),
  };
}

/** The whole CSV file (UTF-8 with BOM, CRLF), one row per initiative sorted by slug. */
export function initiativesCsv(context: ExportContext): string {
  const placeBySlug = new Map(context.places.map((p) => [p.slug, p]));
  const records = bySlug(context.initiatives).map((initiative) => {
    const cells = csvCells(initiative, placeBySlug, context);
    return csvColumns.map((column) => cells[column]);
  });
  return csvDocument(csvColumns, records, { phoneColumns: csvPhoneColumns });
}
