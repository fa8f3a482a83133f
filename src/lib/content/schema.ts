/**
 * Zod schemas of the content contract (see DESIGN.md "The content contract"):
 * `site.yaml`, the front matter of `index.mdx` for places and initiatives, and the
 * front matter of translation files `<locale>.mdx`.
 *
 * Every object is strict: an unknown field (a typo such as `wheelchiar`) is an error.
 * Every field registers a hint (`withHint`) that `error-map.ts` uses to say what was
 * expected, with an example. Cross-field rules run even when a field is wrong
 * (`when: always`), so a volunteer sees every problem at once.
 *
 * Pure TypeScript: no Astro runtime, no file system. Checks that need the file system
 * or other entries (audio files exist, a place slug exists) live in `validate.ts`.
 */
import { z } from "astro/zod";
import { hostRoles, initiativeTypes, needs, remotePlaces, weekdays } from "../facts.ts";
import { knownLocaleCodes } from "../i18n/locales.ts";
import { calendarDateProblem, hasDateForm, knownTimeZone } from "./dates.ts";
import { withHint } from "./error-map.ts";
import { defaultQuickExitUrl } from "../quick-exit.ts";
import { defaultTimeZone } from "../schedule/zone.ts";

/** What the schema factories need to know about the site and the day. */
export interface SchemaContext {
  /** Today's date (`YYYY-MM-DD`) in the site time zone; `lastVerified` may not be later. */
  today: string;
  /** The site's locales (site.yaml `locales`), allowed as keys of `audio`. */
  locales: readonly string[];
}

/** What a refinement reports: the message and, for the error map, what was expected. */
interface CustomIssue {
  code?: "custom";
  path?: PropertyKey[];
  message: string;
  input?: unknown;
  params?: { expected?: string; example?: string | undefined };
}

/**
 * Adds a refinement issue. The message travels in `params` (not `message`), so a
 * parse with `volunteerErrorMap` still formats it with its expectation.
 */
function addCustom<T>(ctx: z.core.$RefinementCtx<T>, issue: CustomIssue): void {
  const params: Record<string, string> = { message: issue.message };
  if (issue.params?.expected !== undefined) params["expected"] = issue.params.expected;
  if (issue.params?.example !== undefined) params["example"] = issue.params.example;
  ctx.addIssue({
    code: "custom",
    ...(issue.path ? { path: issue.path } : {}),
    ...(issue.input !== undefined ? { input: issue.input } : {}),
    params,
  });
}

/** Run cross-field checks even when a field of the object already failed. */
const always = { when: () => true };

/** A field value as the cross-field checks see it: possibly wrong or missing. */
type Loose = Record<string, unknown>;

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Folder names of places and initiatives: lowercase a-z, 0-9, single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const phonePattern = /^\+?[0-9][0-9 ()./-]*[0-9]$/;
const audioExtensions = ["opus", "ogg", "oga", "mp3", "m4a", "aac", "wav", "webm"];

/**
 * True for a path inside the entry folder: relative, forward slashes, no `..`, no
 * scheme, ending in a known audio extension (`./ar.opus`, `audio/ar.mp3`).
 */
export function isAudioPath(value: string): boolean {
  if (value.startsWith("/") || value.includes("\\") || value.includes(":")) return false;
  const segments = value.split("/");
  if (segments.some((s) => s === ".." || s === "")) return false;
  const extension = value.slice(value.lastIndexOf(".") + 1).toLowerCase();
  return audioExtensions.includes(extension) && value.lastIndexOf(".") > value.lastIndexOf("/") + 1;
}

// ---------------------------------------------------------------------------
// Small field schemas

/** Non-empty text, at most `max` characters (a title fits one poster line, a note one sentence). */
function text(expected = "some text", example?: string, max = 300) {
  return withHint(
    z.string().trim().min(1).max(max),
    `${expected} (at most ${max} characters)`,
    example,
  );
}

/** The highest price the guide shows; a typo like 2500 instead of 2.50 is caught. */
export const maxCostEuros = 500;

/** A wall-clock time `HH:MM` (24-hour) in the site time zone. */
export function timeSchema() {
  return withHint(
    z.string().regex(timePattern),
    'a time like "10:00" (24-hour clock, two digits for the hour)',
    '"19:30"',
  );
}

/** A civil date `YYYY-MM-DD` that exists on the calendar. */
export function dateSchema() {
  return withHint(
    z.string().superRefine((value, ctx) => {
      const problem = hasDateForm(value)
        ? calendarDateProblem(value)
        : `"${value}" is not a date written as year-month-day`;
      if (problem) addCustom(ctx, { code: "custom", message: problem, input: value });
    }),
    "a date like 2026-11-02 (year-month-day)",
    "2026-11-02",
  );
}

/** A date that is today or earlier. */
function pastDateSchema(today: string) {
  return withHint(
    dateSchema().superRefine((value, ctx) => {
      if (isCalendarDateText(value) && value > today) {
        addCustom(ctx, {
          code: "custom",
          message: `${value} is in the future: it is the day someone last checked this entry`,
          params: {
            expected: `today (${today}) or an earlier date`,
            example: today,
          },
        });
      }
    }),
    "the date someone last checked this (year-month-day, not in the future)",
    today,
  );
}

function isCalendarDateText(value: unknown): value is string {
  return (
    typeof value === "string" && hasDateForm(value) && calendarDateProblem(value) === undefined
  );
}

/** One weekday: mo, tu, we, th, fr, sa, su. */
export function weekdaySchema() {
  return withHint(z.enum(weekdays), "one of mo, tu, we, th, fr, sa, su", "[tu, th]");
}

/** Adds an issue for every value that is listed a second time. */
function noDuplicates(what: string) {
  return (values: readonly unknown[], ctx: z.core.$RefinementCtx) => {
    const seen = new Set<unknown>();
    values.forEach((value, index) => {
      if (seen.has(value)) {
        addCustom(ctx, {
          code: "custom",
          path: [index],
          message: `${JSON.stringify(value)} is listed twice`,
          params: { expected: `each ${what} once` },
        });
      }
      seen.add(value);
    });
  };
}

/** A BCP-47 language tag such as `nl`, `ar` or `pt-BR`. */
export function languageTagSchema() {
  return withHint(
    z.string().superRefine((value, ctx) => {
      try {
        Intl.getCanonicalLocales(value);
      } catch {
        addCustom(ctx, {
          code: "custom",
          message: `"${value}" is not a language code`,
          input: value,
        });
      }
    }),
    "a language code like nl, ar, tr or pt-BR",
    "[nl, ar, tr]",
  );
}

/** A phone number as text: digits, spaces, `+`, `-`, brackets. */
export function phoneSchema() {
  return withHint(
    z.string().trim().regex(phonePattern),
    'a phone number in quotes, with digits and spaces only, like "06 12345678"',
    '"06 12345678"',
  );
}

/** One of the locales in the locale registry (src/lib/i18n/locales.ts). */
function registeredLocaleSchema() {
  return withHint(
    z.enum(knownLocaleCodes as [string, ...string[]]),
    `a language of the registry: ${knownLocaleCodes.join(", ")} (a new one is added in src/lib/i18n/locales.ts first)`,
    "nl",
  );
}

/** A map locale → text, e.g. `{ nl: Noodgeval, en: Emergency }`. */
function localeTextMap(what: string) {
  return withHint(
    z.record(z.string(), text()),
    `${what} per language, at least in the default language`,
    "{ nl: Noodgeval, en: Emergency }",
  );
}

// ---------------------------------------------------------------------------
// Schedules and closures

/** One weekly rule of `schedule` or `openingHours`. */
export function scheduleRuleSchema() {
  const date = dateSchema();
  return z
    .strictObject({
      /** Weekdays it happens on (mo..su), at least one, each once. */
      days: withHint(
        z.array(weekdaySchema()).min(1).superRefine(noDuplicates("day")),
        "a list of weekdays: mo, tu, we, th, fr, sa, su",
        "[tu, th]",
      ),
      /** Start time, `"HH:MM"` on the 24-hour clock, in the site time zone. */
      from: timeSchema(),
      /** End time, `"HH:MM"`, later than `from` on the same day. */
      to: timeSchema(),
      /** Only these weeks of the month: 1..5 = first..fifth such weekday, -1 = the last. */
      weeks: withHint(
        z
          .array(
            withHint(
              z.union([z.int().min(1).max(5), z.literal(-1)]),
              "a week of the month: 1, 2, 3, 4, 5, or -1 for the last",
              "[1, 3]",
            ),
          )
          .min(1)
          .superRefine(noDuplicates("week")),
        "a list of weeks of the month: 1 to 5, or -1 for the last",
        "[1, 3]",
      ).optional(),
      /** Every N weeks (2 = every other week), counted from `starting`. */
      every: withHint(
        z.int().min(1).max(52),
        "a whole number of weeks, like 2 for every other week",
        "2",
      ).optional(),
      /** A date on which it happens, from which `every` counts (required when `every` is 2 or more). */
      starting: date.optional(),
      /** First day this rule applies (optional). */
      validFrom: date.optional(),
      /** Last day this rule applies, on or after `validFrom` (optional). */
      validUntil: date.optional(),
    })
    .superRefine((rule, ctx) => {
      const r = rule as Loose;
      const from = r["from"];
      const to = r["to"];
      if (
        typeof from === "string" &&
        typeof to === "string" &&
        timePattern.test(from) &&
        timePattern.test(to) &&
        to <= from
      ) {
        addCustom(ctx, {
          code: "custom",
          path: ["to"],
          message:
            to === from
              ? `"${to}" is the same as from: the end time must be later than the start time`
              : `"${to}" is before from "${from}": to is the end time and must be later`,
          params: {
            expected: `a time later than "${from}" on the same day`,
            example: `from: "${to}"  to: "${from}"`,
          },
        });
      }
      const every = r["every"];
      if (typeof every === "number" && every >= 2 && r["starting"] === undefined) {
        addCustom(ctx, {
          code: "custom",
          path: ["every"],
          message: `every ${every} weeks needs starting: the date of one meeting, to count the weeks from`,
          params: {
            expected: "starting: a date on which it happens",
            example: "starting: 2026-09-05",
          },
        });
      }
      if (r["weeks"] !== undefined && r["every"] !== undefined) {
        addCustom(ctx, {
          code: "custom",
          path: ["weeks"],
          message: "use weeks (weeks of the month) or every (every N weeks), not both in one rule",
          params: { expected: "either weeks or every" },
        });
      }
      const validFrom = r["validFrom"];
      const validUntil = r["validUntil"];
      if (
        isCalendarDateText(validFrom) &&
        isCalendarDateText(validUntil) &&
        validUntil < validFrom
      ) {
        addCustom(ctx, {
          code: "custom",
          path: ["validUntil"],
          message: `${validUntil} is before validFrom ${validFrom}`,
          params: { expected: `a date on or after ${validFrom}` },
        });
      }
    }, always);
}

/** One exception in `closed`: a day (`on`) or a period (`from` + `until`). */
export function closureSchema() {
  const date = dateSchema();
  return z
    .strictObject({
      /** The one day it is closed. */
      on: date.optional(),
      /** First day of a closed period (needs `until`). */
      from: date.optional(),
      /** Last closed day of the period, inclusive, on or after `from`. */
      until: date.optional(),
      /** Why, in the default language, e.g. `Kerstvakantie` (optional). */
      note: text("a short note", "Kerstvakantie").optional(),
    })
    .superRefine((closure, ctx) => {
      const c = closure as Loose;
      const hasOn = c["on"] !== undefined;
      const hasFrom = c["from"] !== undefined;
      const hasUntil = c["until"] !== undefined;
      const example = "on: 2026-12-24, or from: 2026-12-21 with until: 2027-01-03";
      if (hasOn && (hasFrom || hasUntil)) {
        addCustom(ctx, {
          code: "custom",
          path: ["on"],
          message: "use on (one day) or from + until (a period), not both",
          params: { expected: "on, or from with until", example },
        });
      } else if (!hasOn && !hasFrom && !hasUntil) {
        addCustom(ctx, {
          code: "custom",
          message: "says no day: add on (one day) or from + until (a period)",
          params: { expected: "on, or from with until", example },
        });
      } else if (hasFrom && !hasUntil) {
        addCustom(ctx, {
          code: "custom",
          path: ["from"],
          message: "from needs until: the last closed day",
          params: {
            expected: "until: a date on or after from",
            example: "until: 2027-01-03",
          },
        });
      } else if (hasUntil && !hasFrom) {
        addCustom(ctx, {
          code: "custom",
          path: ["until"],
          message: "until needs from: the first closed day",
          params: {
            expected: "from: a date on or before until",
            example: "from: 2026-12-21",
          },
        });
      }
      const from = c["from"];
      const until = c["until"];
      if (isCalendarDateText(from) && isCalendarDateText(until) && until < from) {
        addCustom(ctx, {
          code: "custom",
          path: ["until"],
          message: `${until} is before from ${from}`,
          params: { expected: `a date on or after ${from}` },
        });
      }
    }, always)
    .transform(toClosure);
}

/**
 * A checked closure as one of its two shapes: a day (`{ on }`) or a period
 * (`{ from, until }`), each with its `note` when there is one. The refinement above
 * has made sure that exactly one shape is complete.
 */
function toClosure(closure: {
  on?: string | undefined;
  from?: string | undefined;
  until?: string | undefined;
  note?: string | undefined;
}): { on: string; note?: string } | { from: string; until: string; note?: string } {
  const note = closure.note === undefined ? {} : { note: closure.note };
  return closure.on !== undefined
    ? { on: closure.on, ...note }
    : { from: closure.from ?? "", until: closure.until ?? "", ...note };
}

// ---------------------------------------------------------------------------
// site.yaml

/** One number in the "help now" bar. */
export function helpNumberSchema() {
  return z.strictObject({
    /** What the number is for, per language, e.g. `{ nl: Noodgeval, en: Emergency }`. */
    label: localeTextMap("a label"),
    /** The number to call, in quotes, e.g. `"112"`. */
    phone: phoneSchema(),
    /** When it can be called, e.g. `always` or `mo-fr 9-17` (optional). */
    hours: text("when it can be called", "always").optional(),
  });
}

/** `site.yaml`: one neighbourhood's configuration. */
export function siteSchema() {
  return z
    .strictObject({
      /** The guide's name per language; must include the default language. */
      name: localeTextMap("the guide's name"),
      /** The language of `index.mdx` texts and of the site's fallback, one of `locales`. */
      defaultLocale: registeredLocaleSchema(),
      /** The languages of this guide, each in the locale registry, each once. */
      locales: withHint(
        z.array(registeredLocaleSchema()).min(1).superRefine(noDuplicates("language")),
        `a list of languages from the registry: ${knownLocaleCodes.join(", ")}`,
        "[nl, en, ar]",
      ),
      /** IANA time zone of the neighbourhood; all times in content are wall-clock times there. */
      timeZone: withHint(
        z.string().superRefine((value, ctx) => {
          const known = knownTimeZone(value);
          if (!known) {
            addCustom(ctx, {
              code: "custom",
              message: `"${value}" is not a time zone name`,
              input: value,
            });
          } else if (known !== value && known.toLowerCase() === value.toLowerCase()) {
            addCustom(ctx, {
              code: "custom",
              message: `write "${known}" with this spelling`,
              params: { example: known },
            });
          }
        }),
        `a time zone name like ${defaultTimeZone}`,
        defaultTimeZone,
      ).default(defaultTimeZone),
      /** Languages printed on posters (at most 3, each in `locales`); default: the default language. */
      posterLanguages: withHint(
        z.array(z.string()).max(3).superRefine(noDuplicates("language")),
        "a list of at most 3 of the site's languages",
        "[nl, ar, tr]",
      ).optional(),
      /**
       * Public web address of the published guide, e.g. `https://lindenhof.example.org/`.
       * Printed QR codes need it: without it they hold only a path (optional).
       */
      siteUrl: withHint(
        z.url({ protocol: /^https?$/ }),
        "the guide's web address starting with https://",
        "https://lindenhof.example.org/",
      ).optional(),
      /** Where the neighbourhood is, for open data (Open Referral addresses need all three). */
      area: withHint(
        z.strictObject({
          /** City or town, e.g. `Bergveld`. */
          city: text("the city or town", "Bergveld"),
          /** Province or state, e.g. `Utrecht`. */
          province: text("the province", "Utrecht"),
          /** Two-letter ISO 3166-1 country code, e.g. `NL`. */
          country: withHint(z.string().regex(/^[A-Z]{2}$/), "a two-letter country code", "NL"),
        }),
        "city, province and a two-letter country code",
        "{ city: Bergveld, province: Utrecht, country: NL }",
      ).optional(),
      /** Web address of the content repository, for "edit this page" and "report a problem". */
      repository: withHint(
        z.url({ protocol: /^https?$/ }),
        "a web address starting with https://",
        "https://example.org/rivierwijk/buurtgids",
      ).optional(),
      /** Email address of the people who run the guide (optional). */
      email: withHint(z.email(), "an email address", "buurtgids@example.org").optional(),
      /** Numbers for "help now", shown on every page. */
      helpNow: withHint(
        z.array(helpNumberSchema()),
        "a list of numbers, each with label and phone",
        '[{ label: { nl: Noodgeval, en: Emergency }, phone: "112" }]',
      ).default([]),
      /** Extra words per language that titles and summaries may not use (added to the built-in list). */
      stigmaWords: withHint(
        z.record(z.string(), z.array(text("a word or phrase"))),
        "a list of words per language",
        "{ nl: [behandeling] }",
      ).default({}),
      /** True for made-up sample content: every page then says that names and numbers are invented. */
      fictional: withHint(z.boolean(), "true or false", "true").default(false),
      /** The "quick exit" button on every page (and Escape twice): it replaces the page with a neutral site. */
      quickExit: z
        .strictObject({
          /** Show the button and listen for Escape twice (default: true). */
          enabled: withHint(z.boolean(), "true or false", "true").default(true),
          /** The neutral page that replaces this one, https only (default: a weather search). */
          url: withHint(
            z.url({ protocol: /^https$/ }),
            "a web address starting with https://",
            defaultQuickExitUrl,
          ).default(defaultQuickExitUrl),
        })
        .prefault({}),
      /** Languages that get read-aloud audio made by the build (espeak-ng); default: every site language it has a voice for. */
      generatedAudio: withHint(
        z.array(z.string()).superRefine(noDuplicates("language")),
        "a list of the site's languages, or [] for none",
        "[nl, en, tr]",
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
          message: `"${defaultLocale}" is not in locales (${list})`,
          params: {
            expected: "one of the languages in locales",
            example: locales[0],
          },
        });
      }
      const checkMap = (value: unknown, path: (string | number)[], what: string) => {
        if (!value || typeof value !== "object" || Array.isArray(value)) return;
        const keys = Object.keys(value);
        if (defaultLocale && !keys.includes(defaultLocale)) {
          addCustom(ctx, {
            code: "custom",
            path,
            message: `${what} has no text in the default language (${defaultLocale})`,
            params: {
              expected: `a ${defaultLocale}: line`,
              example: `${defaultLocale}: …`,
            },
          });
        }
        for (const key of keys) {
          if (locales.length && !locales.includes(key)) {
            addCustom(ctx, {
              code: "custom",
              path: [...path, key],
              message: `"${key}" is not one of the site's languages (${list})`,
              params: { expected: `one of ${list}` },
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
              message: `"${code}" is not one of the site's languages (${list})`,
              params: { expected: `at most 3 of ${list}` },
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
              message: `"${code}" is not one of the site's languages (${list})`,
              params: { expected: `some of ${list}` },
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
              message: `"${key}" is not a language of the registry`,
              params: { expected: `one of ${knownLocaleCodes.join(", ")}` },
            });
          }
        }
      }
    }, always);
}

// ---------------------------------------------------------------------------
// Entries

/** Fields every entry's `index.mdx` shares: its default-language text. */
function entryTextFields() {
  return {
    /** Name of the entry in the default language, short. */
    title: text("a short title", "Koffie en praten", 90),
    /** One or two short sentences in the default language. */
    summary: text("one or two short sentences", "Samen koffie drinken en praten."),
  };
}

/** Front matter of `initiatives/<slug>/index.mdx`: an initiative's facts and default text. */
export function initiativeSchema(context: SchemaContext) {
  const locales = context.locales;
  return z
    .strictObject({
      /** `group` (self-help or peer group), `activity`, or `dropin` (peer-worker drop-in hours). */
      type: withHint(z.enum(initiativeTypes), `one of ${initiativeTypes.join(", ")}`, "activity"),
      ...entryTextFields(),
      /** Browse-by-need keys, at least one. */
      needs: withHint(
        z
          .array(withHint(z.enum(needs), `one of ${needs.join(", ")}`, "[meet, talk]"))
          .min(1)
          .superRefine(noDuplicates("need")),
        `a list of needs: ${needs.join(", ")}`,
        "[meet, talk]",
      ),
      /** Folder name of the place where it happens, or `online` / `phone`; leave out when `address` is given. */
      place: withHint(
        z.string().regex(slugPattern),
        `the folder name of a place in places/ (like de-brug), or ${remotePlaces.join(" or ")}`,
        "de-brug",
      ).optional(),
      /** Street address when it is not at a listed place. */
      address: text("a street address", "Kerkstraat 5, Rivierwijk").optional(),
      /** How to find it, e.g. a landmark, in the default language (optional). */
      directions: text("a landmark", "Next to the supermarket").optional(),
      /** When it happens: one or more weekly rules. */
      schedule: withHint(
        z.array(scheduleRuleSchema()).min(1),
        "a list of rules, each with days, from and to",
        '[{ days: [tu], from: "10:00", to: "12:00" }]',
      ),
      /** Days or periods it does not happen (optional). */
      closed: withHint(
        z.array(closureSchema()),
        "a list of closed days, each with on, or from and until",
        "[{ on: 2026-12-24 }]",
      ).default([]),
      /** `free`, or the amount in euros. */
      cost: withHint(
        z.union([z.literal("free"), z.number().min(0).max(maxCostEuros)]),
        `free, or an amount in euros like 2.50 (at most ${maxCostEuros})`,
        "free",
      ),
      /** Languages spoken there (BCP-47 codes), at least one. */
      languages: withHint(
        z.array(languageTagSchema()).min(1).superRefine(noDuplicates("language")),
        "a list of language codes",
        "[nl, ar, tr]",
      ),
      /** Only women (and girls) come; shown with its own icon and filter. */
      womenOnly: withHint(z.boolean(), "true or false", "true").default(false),
      /** Just walk in: no appointment or sign-up needed. */
      walkIn: withHint(z.boolean(), "true or false", "true").default(false),
      /** You may bring someone along. */
      bringSomeone: withHint(z.boolean(), "true or false", "true").default(false),
      /** Children are welcome, or there is something for them. */
      children: withHint(z.boolean(), "true or false", "true").default(false),
      /** Reachable and usable in a wheelchair. */
      wheelchair: withHint(z.boolean(), "true or false", "true").default(false),
      /** Who you meet there, honestly named: at least one. */
      hosts: withHint(
        z
          .array(
            z.strictObject({
              /** Their role: peer-worker, volunteer, resident, social-worker, nurse, professional. */
              role: withHint(z.enum(hostRoles), `one of ${hostRoles.join(", ")}`, "peer-worker"),
              /** The organisation they come from (optional). */
              organisation: text(
                "the name of the organisation",
                "Stichting Samen Verder",
              ).optional(),
            }),
          )
          .min(1),
        "a list of hosts, each with role (and organisation)",
        "[{ role: volunteer, organisation: Bewonersgroep Rivierwijk }]",
      ),
      /** How to reach someone for questions or a warm hand-over (optional). */
      contact: z
        .strictObject({
          /** Phone number, in quotes. */
          phone: phoneSchema().optional(),
          /** The phone number also answers WhatsApp messages. */
          whatsapp: withHint(z.boolean(), "true or false", "true").optional(),
          /** Email address. */
          email: withHint(z.email(), "an email address", "info@example.org").optional(),
          /** Reachable in the evening or at the weekend. */
          afterHours: withHint(z.boolean(), "true or false", "true").optional(),
        })
        .superRefine((contact, ctx) => {
          const c = contact as Loose;
          if (c["whatsapp"] === true && c["phone"] === undefined) {
            addCustom(ctx, {
              code: "custom",
              path: ["whatsapp"],
              message: "whatsapp: true needs a phone number",
              params: {
                expected: "phone: the WhatsApp number",
                example: 'phone: "06 12345678"',
              },
            });
          }
        }, always)
        .default({}),
      /** The day a person last checked these facts; not in the future. */
      lastVerified: pastDateSchema(context.today),
      /** Human recordings per language: `ar: ./ar.opus` (a file in this folder). */
      audio: withHint(
        z
          .record(
            z.string(),
            withHint(
              z.string().refine(isAudioPath, {
                error: "is not the name of a sound file in this folder",
              }),
              "the name of a sound file in this folder, like ./ar.opus",
              "./ar.opus",
            ),
          )
          .superRefine((audio, ctx) => {
            for (const key of Object.keys(audio)) {
              if (!locales.includes(key)) {
                addCustom(ctx, {
                  code: "custom",
                  path: [key],
                  message: `"${key}" is not one of the site's languages (${locales.join(", ")})`,
                  params: { expected: `one of ${locales.join(", ")}` },
                });
              }
            }
          }),
        "a sound file per language",
        "{ ar: ./ar.opus }",
      ).default({}),
    })
    .superRefine((initiative, ctx) => {
      // Runs even when the input is not an object (`always`): nothing to compare then.
      if (!initiative || typeof initiative !== "object") return;
      const i = initiative as Loose;
      const hasPlace = i["place"] !== undefined;
      const hasAddress = i["address"] !== undefined;
      if (hasPlace && hasAddress) {
        addCustom(ctx, {
          code: "custom",
          path: ["address"],
          message: "give place or address, not both",
          params: {
            expected: "place (a listed place) or address (somewhere else)",
          },
        });
      } else if (!hasPlace && !hasAddress) {
        addCustom(ctx, {
          code: "custom",
          path: ["place"],
          message:
            "does not say where: add place (a folder in places/, or online or phone) or address",
          params: { expected: "place or address", example: "place: de-brug" },
        });
      }
    }, always);
}

/** Front matter of `places/<slug>/index.mdx`: a meeting place's facts and default text. */
export function placeSchema(context: SchemaContext) {
  return z.strictObject({
    ...entryTextFields(),
    /** Street and number. */
    address: text("a street and number", "Maasstraat 12"),
    /** Postcode, e.g. `6041 AB`. */
    postcode: text("a postcode", "6041 AB", 20),
    /** Position for the map link (optional). */
    geo: withHint(
      z.strictObject({
        /** Latitude in degrees, -90..90. */
        lat: withHint(z.number().min(-90).max(90), "a latitude between -90 and 90", "51.1913"),
        /** Longitude in degrees, -180..180. */
        lon: withHint(z.number().min(-180).max(180), "a longitude between -180 and 180", "5.9876"),
      }),
      "lat and lon in degrees",
      "{ lat: 51.1913, lon: 5.9876 }",
    ).optional(),
    /** A landmark that helps find the door, in the default language (optional). */
    directions: text("a landmark", "Naast de supermarkt").optional(),
    /** When it is open: weekly rules like `schedule` (optional). */
    openingHours: withHint(
      z.array(scheduleRuleSchema()),
      "a list of rules, each with days, from and to",
      '[{ days: [mo, tu], from: "09:00", to: "17:00" }]',
    ).default([]),
    /** Days or periods it is closed (optional). */
    closed: withHint(
      z.array(closureSchema()),
      "a list of closed days, each with on, or from and until",
      "[{ on: 2026-12-25 }]",
    ).default([]),
    /** Reachable and usable in a wheelchair. */
    wheelchair: withHint(z.boolean(), "true or false", "true").default(false),
    /** The day a person last checked these facts; not in the future. */
    lastVerified: pastDateSchema(context.today),
  });
}

/** Fields a translation file `<locale>.mdx` may have: text only, never facts. */
export const translatableFields = ["title", "summary", "directions"] as const;

/** Front matter of a translation file `<locale>.mdx`: text only. */
export function translationSchema() {
  return z.strictObject({
    /** The title in this language. */
    title: text("a short title", "Coffee and a chat", 90),
    /** One or two short sentences in this language. */
    summary: text("one or two short sentences", "Drink coffee and talk together."),
    /** The landmark in this language (optional). */
    directions: text("a landmark", "Next to the supermarket").optional(),
  });
}

export type SiteFrontMatter = z.output<ReturnType<typeof siteSchema>>;
export type InitiativeFrontMatter = z.output<ReturnType<typeof initiativeSchema>>;
export type PlaceFrontMatter = z.output<ReturnType<typeof placeSchema>>;
export type TranslationFrontMatter = z.output<ReturnType<typeof translationSchema>>;
