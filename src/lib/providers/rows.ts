/**
 * The rows of the providers' overview: every initiative with the facts a GP, social
 * worker or peer worker needs for a warm hand-over, in the reader's language, plus
 * the values the script sorts and filters by. Computed once here; the page only
 * renders them.
 */
import type { Initiative, Place, ScheduleRule } from "../content/model.ts";
import { weekdays, type InitiativeType, type Need } from "../facts.ts";
import { translator } from "../i18n/translator.ts";
import { textDirection } from "../i18n/locales.ts";
import { endonym, formatDate, formatEuros, languageName } from "../format/intl.ts";
import { localizedText } from "../guide/localize.ts";
import { whereLabelOf } from "../guide/where.ts";
import { localeHref, telHref, whatsappHref } from "../guide/links.ts";
import { parseTime } from "../schedule/clock.ts";
import { currentRules } from "../schedule/view.ts";
import { ruleWords } from "../export/schedule.ts";
import { facetValues } from "../facets/values.ts";
import type { FacetValues } from "../facets/vocabulary.ts";

/**
 * The table's columns, in order. Nine, so the table fits a 1280-pixel screen with
 * the contact column in view: the type and needs stand under the name (the filters
 * choose by them), "women only" heads the access column.
 */
export const providerColumns = [
  "name",
  "when",
  "where",
  "languages",
  "access",
  "cost",
  "hosts",
  "contact",
  "lastVerified",
] as const;
export type ProviderColumn = (typeof providerColumns)[number];

/** Columns with a sort button (a contact has no useful order). */
export const sortableColumns: readonly ProviderColumn[] = providerColumns.filter(
  (c) => c !== "contact",
);

export interface ProviderLanguage {
  tag: string;
  /** The language in its own script. */
  own: string;
  /** The language in the reader's language. */
  name: string;
  dir: "ltr" | "rtl";
}

export interface ProviderRow {
  slug: string;
  href: string;
  title: string;
  /** Set when the title is not in the reader's language (fallback). */
  textLang?: string;
  type: InitiativeType;
  typeLabel: string;
  needs: { key: Need; label: string }[];
  /** Each schedule rule in words with its time. */
  when: string[];
  where: { label: string; lang?: string; href?: string; address?: string };
  languages: ProviderLanguage[];
  womenOnly: boolean;
  /** Labels of walk-in, bring someone, children welcome, wheelchair. */
  access: string[];
  cost: string;
  hosts: { role: string; organisation?: string }[];
  contact: {
    phone?: { text: string; href: string };
    whatsapp?: string;
    email?: string;
    afterHours: boolean;
  };
  lastVerified: { date: string; label: string };
  /** Its facet values, for the filters (src/lib/facets). */
  facets: FacetValues;
  /** Sort value per sortable column. */
  sort: Record<ProviderColumn, string>;
}

export interface ProvidersInput {
  initiatives: readonly Initiative[];
  placeBySlug: ReadonlyMap<string, Place>;
  defaultLocale: string;
  base: string;
  /** The build's today: rules that have ended are not shown, sorted or filtered on. */
  today: string;
}

/** Minutes from Monday 00:00 of the earliest meeting in the week, for sorting by "when". */
function weekMinute(rules: readonly ScheduleRule[]): number {
  const starts = rules.flatMap((rule) =>
    rule.days.map((day) => weekdays.indexOf(day) * 1440 + parseTime(rule.from)),
  );
  return starts.length > 0 ? Math.min(...starts) : 7 * 1440;
}

/** One row per initiative, sorted by title in the reader's language. */
export function providerRows(input: ProvidersInput, locale: string): ProviderRow[] {
  const t = translator(locale);
  const rows = input.initiatives.map((initiative): ProviderRow => {
    const text = localizedText(initiative, locale, input.defaultLocale);
    const rules = currentRules(initiative.schedule, input.today);
    const { name, address, placeSlug } = whereLabelOf(
      initiative,
      input.placeBySlug,
      locale,
      input.defaultLocale,
    );
    const where: ProviderRow["where"] = {
      label: name.text,
      ...(name.lang ? { lang: name.lang } : {}),
      ...(placeSlug ? { href: localeHref(input.base, locale, "places", placeSlug) } : {}),
      ...(address ? { address: address.text } : {}),
    };
    const languages = initiative.languages.map((tag) => ({
      tag,
      own: endonym(tag),
      name: languageName(tag, locale),
      dir: textDirection(tag),
    }));
    const access = (["walkIn", "bringSomeone", "children", "wheelchair"] as const)
      .filter((flag) => initiative[flag])
      .map((flag) => t(`flag.${flag}`));
    const cost = initiative.cost === "free" ? t("fact.free") : formatEuros(initiative.cost, locale);
    const hosts = initiative.hosts.map((h) => ({
      role: t(`role.${h.role}`),
      ...(h.organisation ? { organisation: h.organisation } : {}),
    }));
    const { phone, whatsapp, email, afterHours } = initiative.contact;
    const needs = initiative.needs.map((key) => ({ key, label: t(`need.${key}`) }));
    return {
      slug: initiative.slug,
      href: localeHref(input.base, locale, "initiatives", initiative.slug),
      title: text.title,
      ...(text.isFallback ? { textLang: text.locale } : {}),
      type: initiative.type,
      typeLabel: t(`type.${initiative.type}`),
      needs,
      when: rules.map((rule) => ruleWords(rule, locale, t)),
      where,
      languages,
      womenOnly: initiative.womenOnly,
      access,
      cost,
      hosts,
      contact: {
        ...(phone ? { phone: { text: phone, href: telHref(phone) } } : {}),
        ...(phone && whatsapp ? { whatsapp: whatsappHref(phone) } : {}),
        ...(email ? { email } : {}),
        afterHours: afterHours ?? false,
      },
      lastVerified: {
        date: initiative.lastVerified,
        label: formatDate(initiative.lastVerified, locale, "medium"),
      },
      facets: facetValues(initiative, input.today),
      sort: {
        name: text.title,
        when: String(weekMinute(rules)),
        where: where.label,
        languages: languages.map((l) => l.name).join(", "),
        // Women only first, then the most ways in.
        access: String((initiative.womenOnly ? 0 : 10) + 4 - access.length),
        cost: initiative.cost === "free" ? "0" : String(initiative.cost),
        hosts: hosts.map((h) => h.role).join(", "),
        contact: "",
        lastVerified: initiative.lastVerified,
      },
    };
  });
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return rows.sort((a, b) => collator.compare(a.title, b.title));
}
