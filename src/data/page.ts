/** What every locale page needs: the guide, the locale's registry entry and its `t`. */
import { localeInfo, type LocaleInfo } from "../lib/i18n/locales.ts";
import { translator, type Translate } from "../lib/i18n/translator.ts";
import { localeHref } from "../lib/guide/links.ts";
import { guideData, type GuideData } from "./guide.ts";

export interface LocalePage {
  data: GuideData;
  locale: string;
  info: LocaleInfo;
  t: Translate;
  defaultLocale: string;
  siteName: string;
  /** `href("week")` → "/nl/week/" (locale and base included). */
  href: (...parts: string[]) => string;
}

export async function localePage(locale: string): Promise<LocalePage> {
  const data = await guideData();
  const defaultLocale = data.site.defaultLocale;
  return {
    data,
    locale,
    info: localeInfo(locale),
    t: translator(locale),
    defaultLocale,
    siteName: data.site.name[locale] ?? data.site.name[defaultLocale] ?? "Buurtgids",
    href: (...parts) => localeHref(import.meta.env.BASE_URL, locale, ...parts),
  };
}
