/**
 * What the hand-out for one patient needs of an entry, computed at build time and
 * written to `/data/handout/<slug>.json`: the pictogram, the days it meets, the QR
 * code of its short link (pre-drawn SVG), and per locale the title, times, place,
 * cost and who you meet, in words. The hand-out page fetches only the entries a GP
 * ticked (at most six small files), so the page stays small at any number of entries.
 * Text that has no translation keeps its language (`lang`, `dir`) so the sheet can
 * mark it.
 */
import type { Initiative, Place, SiteConfig } from "../content/model.ts";
import { weekdays, type Weekday } from "../facts.ts";
import { translator } from "../i18n/translator.ts";
import { textDirection } from "../i18n/locales.ts";
import { formatEuros, formatList, weekdayName } from "../format/intl.ts";
import { localizedText } from "../guide/localize.ts";
import { pictogramOf } from "../guide/pictogram.ts";
import { whereLabelOf, type Words } from "../guide/where.ts";
import { hostRolesOf } from "../guide/hosts.ts";
import { iconSvg, type InlineSvg } from "../icon-drawing.ts";
import { qrSvg } from "../posters/qr.ts";
import { printedQrUrl, shownUrl } from "../posters/routes.ts";
import { ruleText, type RuleText } from "../format/schedule-text.ts";

/** Words, with their language and direction when they are not the sheet's. */
export interface SheetWords {
  text: string;
  lang?: string;
  dir?: "ltr" | "rtl";
}

/** An entry's words in one locale. */
export interface HandoutText {
  title: SheetWords;
  /** What the pictogram stands for ("Meet people"). */
  pictogram: string;
  /** The days it meets in words, for the day strip's label ("Days: Tuesday and Friday"). */
  days: string;
  /**
   * Each schedule rule: its days in words, its time (a left-to-right run, also in an
   * Arabic sentence) and the period it is valid for, if any.
   */
  when: RuleText[];
  where: SheetWords;
  /** A listed place's street and postcode. */
  address?: SheetWords;
  cost: string;
  /** Who you meet, by role ("Peer worker"), each once. */
  who: string[];
}

/** `/data/handout/<slug>.json`. */
export interface HandoutEntry {
  slug: string;
  icon: InlineSvg;
  /** The weekdays it meets (mo…su), in week order. */
  days: Weekday[];
  /**
   * The short link as printed for typing, without `https://`, and the SVG of its QR
   * code; both absent without the site's public address (a path on paper opens nothing).
   */
  url?: string;
  qr?: string;
  /** Words per locale of the site. */
  text: Record<string, HandoutText>;
}

/** The sheet's own words in one locale (labels, weekday names). */
export interface HandoutWords {
  dir: "ltr" | "rtl";
  site: string;
  title: string;
  scan: string;
  when: string;
  where: string;
  cost: string;
  who: string;
  days: string;
  /** Short weekday names, Monday first. */
  dayNames: string[];
}

export interface HandoutContext {
  site: SiteConfig;
  placeBySlug: ReadonlyMap<string, Place>;
  base: string;
  /** The site's public address; without it no QR code is drawn. */
  siteUrl?: string | undefined;
}

function sheetWords(words: Words): SheetWords {
  return words.lang
    ? { text: words.text, lang: words.lang, dir: textDirection(words.lang) }
    : { text: words.text };
}

/** The words of `initiative` for a sheet in `locale`. */
export function handoutText(
  initiative: Initiative,
  locale: string,
  context: HandoutContext,
): HandoutText {
  const t = translator(locale);
  const { defaultLocale } = context.site;
  const text = localizedText(initiative, locale, defaultLocale);
  const where = whereLabelOf(initiative, context.placeBySlug, locale, defaultLocale);
  const meets = new Set(initiative.schedule.flatMap((rule) => rule.days));
  return {
    title: sheetWords(
      text.isFallback ? { text: text.title, lang: text.locale } : { text: text.title },
    ),
    pictogram: pictogramOf(initiative, locale).label,
    days: `${t("schedule.days")}: ${formatList(
      weekdays.filter((day) => meets.has(day)).map((day) => weekdayName(day, locale)),
      locale,
    )}`,
    when: initiative.schedule.map((rule) => ruleText(rule, locale, t)),
    where: sheetWords(where.name),
    ...(where.address ? { address: sheetWords(where.address) } : {}),
    cost: initiative.cost === "free" ? t("fact.free") : formatEuros(initiative.cost, locale),
    who: hostRolesOf(initiative.hosts).map((role) => t(`role.${role}`)),
  };
}

/** Everything the hand-out shows of `initiative`, in every locale of the site. */
export function handoutEntry(initiative: Initiative, context: HandoutContext): HandoutEntry {
  const target = { kind: "initiative" as const, slug: initiative.slug };
  const qrUrl = printedQrUrl(context.base, target, context.siteUrl);
  const meets = new Set(initiative.schedule.flatMap((rule) => rule.days));
  return {
    slug: initiative.slug,
    icon: iconSvg(pictogramOf(initiative, context.site.defaultLocale).icon),
    days: weekdays.filter((day) => meets.has(day)),
    ...(qrUrl ? { url: shownUrl(qrUrl), qr: qrSvg(qrUrl) } : {}),
    text: Object.fromEntries(
      context.site.locales.map((locale) => [locale, handoutText(initiative, locale, context)]),
    ),
  };
}

/** The sheet's words in `locale`. */
export function handoutWords(locale: string, site: SiteConfig): HandoutWords {
  const t = translator(locale);
  return {
    dir: textDirection(locale),
    site: site.name[locale] ?? site.name[site.defaultLocale] ?? "",
    title: t("handout.sheetTitle"),
    scan: t("print.scan"),
    when: t("fact.when"),
    where: t("fact.where"),
    cost: t("fact.cost"),
    who: t("fact.who"),
    days: t("schedule.days"),
    dayNames: weekdays.map((day) => weekdayName(day, locale, "short")),
  };
}
