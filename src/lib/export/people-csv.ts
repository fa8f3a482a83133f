/**
 * `/data/<locale>/initiatives.csv`: the spreadsheet for people (a GP, a social
 * worker), one per locale. Headers in the reader's language, values as words
 * ("Ja", "Ervaringsdeskundige", "Elke week op dinsdag 10:00–12:00"), UTF-8 with
 * BOM, and the field separator the reader's spreadsheet expects when the file is
 * opened by double-click (see {@link spreadsheetDelimiter}). `/data/initiatives.csv`
 * stays the file for programs (English code names, codes as values, commas).
 */
import type { Initiative, Place } from "../content/model.ts";
import { translator, type Translate } from "../i18n/translator.ts";
import { formatEuros, formatList, languageName } from "../format/intl.ts";
import { localizedText } from "../guide/localize.ts";
import { whereLabelOf } from "../guide/where.ts";
import { csvDocument, type CsvDelimiter } from "./csv.ts";
import { contactColumns, flagColumns } from "./columns.ts";
import { pageUrl, type ExportContext } from "./context.ts";
import { ruleWords } from "./schedule.ts";

/** The columns, in order; each header is a UI string of the reader's locale. */
export const peopleCsvColumns = [
  "title",
  "summary",
  "type",
  "needs",
  "when",
  "place",
  "address",
  "languages",
  ...flagColumns,
  "cost",
  ...contactColumns,
  "link",
] as const;

export type PeopleCsvColumn = (typeof peopleCsvColumns)[number];

/** The UI string that names each column. */
const headerKeys: Record<PeopleCsvColumn, string> = {
  title: "providers.col.name",
  summary: "csv.summary",
  type: "providers.col.type",
  needs: "providers.col.needs",
  when: "providers.col.when",
  place: "providers.col.where",
  address: "csv.address",
  languages: "providers.col.languages",
  womenOnly: "flag.womenOnly",
  walkIn: "flag.walkIn",
  bringSomeone: "flag.bringSomeone",
  children: "flag.children",
  wheelchair: "flag.wheelchair",
  cost: "providers.col.cost",
  hosts: "fact.who",
  phone: "contact.phone",
  whatsapp: "contact.whatsapp",
  email: "contact.email",
  afterHours: "contact.afterHours",
  lastVerified: "providers.col.lastVerified",
  link: "csv.link",
};

/** The headers of the file in `locale`. */
export function peopleCsvHeader(locale: string): string[] {
  const t = translator(locale);
  return peopleCsvColumns.map((column) => t(headerKeys[column]));
}

/** The decimal separator of `locale`'s numbers (Latin digits): "," in Dutch, "." in English. */
function decimalSeparator(locale: string): string {
  const parts = new Intl.NumberFormat(locale, { numberingSystem: "latn" }).formatToParts(1.5);
  return parts.find((part) => part.type === "decimal")?.value ?? ".";
}

/**
 * Locales whose number format differs from country to country: Arabic writes decimals
 * with a point in Egypt and the Gulf, with a comma in Morocco, Algeria and Tunisia,
 * so the language alone does not say what a reader's spreadsheet expects.
 */
const formatVariesByCountry: ReadonlySet<string> = new Set(["ar"]);

/**
 * The field separator a spreadsheet in `locale` expects. Excel (and LibreOffice's
 * defaults) take the list separator from the computer's number format: `;` where
 * the decimal separator is a comma (nl, tr, pl, uk: `;`), `,` where it is a point
 * (en: `,`). Where the language does not decide (Arabic, see
 * {@link formatVariesByCountry}), the computer is most likely set up for the country
 * the guide is in, so such a locale gets the default locale's separator (`;` for a
 * Dutch guide). No `sep=` line: Excel would then ignore the BOM.
 *
 * @example spreadsheetDelimiter("nl", "nl") // ";"
 * @example spreadsheetDelimiter("en", "nl") // ","
 * @example spreadsheetDelimiter("ar", "nl") // ";"
 */
export function spreadsheetDelimiter(locale: string, defaultLocale: string): CsvDelimiter {
  if (formatVariesByCountry.has(locale) && locale !== defaultLocale) {
    return spreadsheetDelimiter(defaultLocale, defaultLocale);
  }
  return decimalSeparator(locale) === "," ? ";" : ",";
}

const yesNo = (value: boolean | undefined, t: Translate) =>
  t(value ? "providers.yes" : "providers.no");

/** The cells of one initiative for a reader of `locale`, by column. */
export function peopleCsvCells(
  initiative: Initiative,
  placeBySlug: ReadonlyMap<string, Place>,
  locale: string,
  context: ExportContext,
): Record<PeopleCsvColumn, string> {
  const t = translator(locale);
  const { defaultLocale } = context.site;
  const text = localizedText(initiative, locale, defaultLocale);
  const where = whereLabelOf(initiative, placeBySlug, locale, defaultLocale);
  const { phone, whatsapp, email, afterHours } = initiative.contact;
  return {
    title: text.title,
    summary: text.summary,
    type: t(`type.${initiative.type}`),
    needs: formatList(
      initiative.needs.map((need) => t(`need.${need}`)),
      locale,
    ),
    when: initiative.schedule.map((rule) => ruleWords(rule, locale, t)).join("; "),
    place: where.name.text,
    address: where.address?.text ?? "",
    languages: formatList(
      initiative.languages.map((tag) => languageName(tag, locale)),
      locale,
    ),
    womenOnly: yesNo(initiative.womenOnly, t),
    walkIn: yesNo(initiative.walkIn, t),
    bringSomeone: yesNo(initiative.bringSomeone, t),
    children: yesNo(initiative.children, t),
    wheelchair: yesNo(initiative.wheelchair, t),
    cost: initiative.cost === "free" ? t("fact.free") : formatEuros(initiative.cost, locale),
    hosts: initiative.hosts
      .map((host) => {
        const role = t(`role.${host.role}`);
        return host.organisation ? `${role} (${host.organisation})` : role;
      })
      .join("; "),
    phone: phone ?? "",
    whatsapp: yesNo(phone !== undefined && whatsapp, t),
    email: email ?? "",
    afterHours: yesNo(afterHours, t),
    // ISO dates: every spreadsheet reads them as dates, so the column sorts.
    lastVerified: initiative.lastVerified,
    link: pageUrl(context, locale, "initiatives", initiative.slug),
  };
}

/**
 * The whole file for readers of `locale`: BOM, headers in their language, one row per
 * initiative sorted by title as they read it, every cell defused by the CSV writer.
 */
export function peopleCsv(context: ExportContext, locale: string): string {
  const placeBySlug = new Map(context.places.map((p) => [p.slug, p]));
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  const rows = context.initiatives
    .map((initiative) => peopleCsvCells(initiative, placeBySlug, locale, context))
    .sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.link, b.link));
  const header = peopleCsvHeader(locale);
  const phoneHeader = header[peopleCsvColumns.indexOf("phone")];
  return csvDocument(
    header,
    rows.map((cells) => peopleCsvColumns.map((column) => cells[column])),
    {
      delimiter: spreadsheetDelimiter(locale, context.site.defaultLocale),
      ...(phoneHeader ? { phoneColumns: [phoneHeader] } : {}),
    },
  );
}
