/**
 * `site.yaml`: one neighbourhood's configuration (name, languages, time zone, help
 * numbers, quick exit, …). The checked site has every default filled in, including
 * `posterLanguages` (the default language when not given).
 */
import { z } from "astro/zod";
import { knownLocaleCodes } from "../../i18n/locales.ts";
import { defaultQuickExitUrl } from "../../quick-exit.ts";
import { defaultTimeZone } from "../../schedule/zone.ts";
import { knownTimeZone } from "../dates.ts";
import { msg } from "../../messages/index.ts";
import { withHint } from "../error-map.ts";
import {
  addCustom,
  always,
  localeTextMap,
  noDuplicates,
  phoneSchema,
  registeredLocaleSchema,
  text,
  type Loose,
} from "./fields.ts";

/** One number in the "help now" bar. */
export function helpNumberSchema() {
  return z.strictObject({
    /** What the number is for, per language, e.g. `{ nl: Noodgeval, en: Emergency }`. */
    label: localeTextMap(msg("hint.label")),
    /** The number to call, in quotes, e.g. `"112"`. */
    phone: phoneSchema(),
    /** When it can be called, e.g. `always` or `mo-fr 9-17` (optional). */
    hours: text(msg("hint.hours"), "always").optional(),
  });
}

/** `site.yaml`: one neighbourhood's configuration. */
export function siteSchema() {
  return z
    .strictObject({
      /** The guide's name per language; must include the default language. */
      name: localeTextMap(msg("hint.siteName")),
      /** The language of `index.mdx` texts and of the site's fallback, one of `locales`. */
      defaultLocale: registeredLocaleSchema(),
      /** The languages of this guide, each in the locale registry, each once. */
      locales: withHint(
        z.array(registeredLocaleSchema()).min(1).superRefine(noDuplicates("language")),
        msg("hint.locales", { codes: knownLocaleCodes.join(", ") }),
        "[nl, en, ar]",
      ),
      /** IANA time zone of the neighbourhood; all times in content are wall-clock times there. */
      timeZone: withHint(
        z.string().superRefine((value, ctx) => {
          const known = knownTimeZone(value);
          if (!known) {
            addCustom(ctx, {
              code: "custom",
              message: msg("site.notTimeZone", { value }),
              input: value,
            });
          } else if (known !== value && known.toLowerCase() === value.toLowerCase()) {
            addCustom(ctx, {
              code: "custom",
              message: msg("site.timeZoneSpelling", { known }),
              params: { example: known },
            });
          }
        }),
        msg("hint.timeZone", { zone: defaultTimeZone }),
        defaultTimeZone,
      ).default(defaultTimeZone),
      /** Languages printed on posters (at most 3, each in `locales`); default: the default language. */
      posterLanguages: withHint(
        z.array(z.string()).max(3).superRefine(noDuplicates("language")),
        msg("hint.posterLanguages"),
        "[nl, ar, tr]",
      ).optional(),
      /**
       * Public web address of the published guide, e.g. `https://lindenhof.example.org/`.
       * Printed QR codes need it: without it they hold only a path (optional).
       */
      siteUrl: withHint(
        z.url({ protocol: /^https?$/ }),
        msg("hint.siteUrl"),
        "https://lindenhof.example.org/",
      ).optional(),
      /** Where the neighbourhood is, for open data (Open Referral addresses need all three). */
      area: withHint(
        z.strictObject({
          /** City or town, e.g. `Bergveld`. */
          city: text(msg("hint.city"), "Bergveld"),
          /** Province or state, e.g. `Utrecht`. */
          province: text(msg("hint.province"), "Utrecht"),
          /** Two-letter ISO 3166-1 country code, e.g. `NL`. */
          country: withHint(z.string().regex(/^[A-Z]{2}$/), msg("hint.country"), "NL"),
        }),
        msg("hint.area"),
        "{ city: Bergveld, province: Utrecht, country: NL }",
      ).optional(),
      /** Web address of the content repository, for "edit this page" and "report a problem". */
      repository: withHint(
        z.url({ protocol: /^https?$/ }),
        msg("hint.httpsUrl"),
        "https://example.org/rivierwijk/buurtgids",
      ).optional(),
      /** Email address of the people who run the guide (optional). */
      email: withHint(z.email(), msg("hint.email"), "buurtgids@example.org").optional(),
      /** Numbers for "help now", shown on every page. */
      helpNow: withHint(
        z.array(helpNumberSchema()),
        msg("hint.helpNow"),
        '[{ label: { nl: Noodgeval, en: Emergency }, phone: "112" }]',
      ).default([]),
      /** Extra words per language that titles and summaries may not use (added to the built-in list). */
      stigmaWords: withHint(
        z.record(z.string(), z.array(text(msg("hint.stigmaWord")))),
        msg("hint.stigmaWords"),
        "{ nl: [behandeling] }",
      ).default({}),
      /** True for made-up sample content: every page then says that names and numbers are invented. */
      fictional: withHint(z.boolean(), msg("hint.trueFalse"), "true").default(false),
      /** The "quick exit" button on every page (and Escape twice): it replaces the page with a neutral site. */
      quickExit: z
        .strictObject({
          /** Show the button and listen for Escape twice (default: true). */
          enabled: withHint(z.boolean(), msg("hint.trueFalse"), "true").default(true),
          /** The neutral page that replaces this one, https only (default: a weather search). */
          url: withHint(
            z.url({ protocol: /^https$/ }),
            msg("hint.httpsUrl"),
            defaultQuickExitUrl,
          ).default(defaultQuickExitUrl),
        })
        .prefault({}),
      /** Languages that get read-aloud audio made by the build (espeak-ng); default: every site language it has a voice for. */
      generatedAudio: withHint(
        z.array(z.string()).superRefine(noDuplicates("language")),
        msg("hint.generatedAudio"),
        "[nl, en, tr]",
      ).optional(),
      /**
       * Minutes one build may spend making read-aloud audio (default 10; `0` makes none).
       * What is not made in time is left for a later build, the files that have waited
       * longest first; until then those entries offer the phone's own voice.
       */
      generatedAudioMinutes: withHint(
        z
          .number()
          .min(0)
          .max(24 * 60),
        msg("hint.generatedAudioMinutes"),
        "10",
      ).optional(),
    })
    .superRefine((site, ctx) => {
      const s = site as Loose;
      const locales = Array.isArray(s["locales"])
        ? (s["locales"] as unknown[]).filter((l) => typeof l === "string")
        : [];
      const defaultLocale = typeof s["defaultLocale"] === "string" ? s["defaultLocale"] : undefined;
      const list = locales.join(", ");
      if (defaultLocale && locales.length && !locales.includes(defaultLocale)) {
        addCustom(ctx, {
          code: "custom",
          path: ["defaultLocale"],
          message: msg("site.defaultNotInLocales", { locale: defaultLocale, list }),
          params: {
            expected: msg("site.defaultNotInLocales.expected"),
            example: locales[0],
          },
        });
      }
      const checkMap = (value: unknown, path: (string | number)[], what: "name" | "label") => {
        if (!value || typeof value !== "object" || Array.isArray(value)) return;
        const keys = Object.keys(value);
        if (defaultLocale && !keys.includes(defaultLocale)) {
          addCustom(ctx, {
            code: "custom",
            path,
            message: msg("site.noDefaultText", {
              what: msg(`name.${what}`),
              locale: defaultLocale,
            }),
            params: {
              expected: msg("site.noDefaultText.expected", { locale: defaultLocale }),
              example: `${defaultLocale}: …`,
            },
          });
        }
        for (const key of keys) {
          if (locales.length && !locales.includes(key)) {
            addCustom(ctx, {
              code: "custom",
              path: [...path, key],
              message: msg("site.notSiteLanguage", { code: key, list }),
              params: { expected: msg("hint.oneOf", { list }) },
            });
          }
        }
      };
      checkMap(s["name"], ["name"], "name");
      if (Array.isArray(s["helpNow"])) {
        (s["helpNow"] as unknown[]).forEach((item, index) => {
          if (item && typeof item === "object")
            checkMap((item as Loose)["label"], ["helpNow", index, "label"], "label");
        });
      }
      if (Array.isArray(s["posterLanguages"])) {
        (s["posterLanguages"] as unknown[]).forEach((code, index) => {
          if (typeof code === "string" && locales.length && !locales.includes(code)) {
            addCustom(ctx, {
              code: "custom",
              path: ["posterLanguages", index],
              message: msg("site.notSiteLanguage", { code, list }),
              params: { expected: msg("site.atMostThreeOf", { list }) },
            });
          }
        });
      }
      if (Array.isArray(s["generatedAudio"])) {
        (s["generatedAudio"] as unknown[]).forEach((code, index) => {
          if (typeof code === "string" && locales.length && !locales.includes(code)) {
            addCustom(ctx, {
              code: "custom",
              path: ["generatedAudio", index],
              message: msg("site.notSiteLanguage", { code, list }),
              params: { expected: msg("site.someOf", { list }) },
            });
          }
        });
      }
      const stigma = s["stigmaWords"];
      if (stigma && typeof stigma === "object") {
        for (const key of Object.keys(stigma)) {
          if (!knownLocaleCodes.includes(key)) {
            addCustom(ctx, {
              code: "custom",
              path: ["stigmaWords", key],
              message: msg("site.notRegistryLanguage", { key }),
              params: { expected: msg("hint.oneOf", { list: knownLocaleCodes.join(", ") }) },
            });
          }
        }
      }
    }, always)
    .transform((site) => ({
      ...site,
      /** Default: the default language only. */
      posterLanguages: site.posterLanguages ?? [site.defaultLocale],
    }));
}
