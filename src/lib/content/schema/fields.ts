/**
 * The building blocks of the content schemas: small field schemas (text, time, date,
 * weekday, language, phone), the patterns behind them, and the helpers the
 * cross-field checks share (`addCustom`, `always`, `noDuplicates`).
 *
 * Every field registers a hint (`withHint`) that `error-map.ts` uses to say what was
 * expected, with an example.
 */
import { z } from "astro/zod";
import { weekdays } from "../../facts.ts";
import { knownLocaleCodes } from "../../i18n/locales.ts";
import { calendarDateProblem, hasDateForm } from "../dates.ts";
import { withHint } from "../error-map.ts";

/** What the schema factories need to know about the site and the day. */
export interface SchemaContext {
  /** Today's date (`YYYY-MM-DD`) in the site time zone; `lastVerified` may not be later. */
  today: string;
  /** The site's locales (site.yaml `locales`), allowed as keys of `audio`. */
  locales: readonly string[];
}

/** What a refinement reports: the message and, for the error map, what was expected. */
export interface CustomIssue {
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
export function addCustom<T>(ctx: z.core.$RefinementCtx<T>, issue: CustomIssue): void {
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
export const always = { when: () => true };

/** A field value as the cross-field checks see it: possibly wrong or missing. */
export type Loose = Record<string, unknown>;

/** A wall-clock time `HH:MM` on the 24-hour clock. */
export const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;
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

/** An audio path as a clean path inside the entry folder: `./ar.opus` → `ar.opus`. */
export function normalizeAudioPath(value: string): string {
  return value
    .split("/")
    .filter((segment) => segment !== ".")
    .join("/");
}

/** Non-empty text, at most `max` characters (a title fits one poster line, a note one sentence). */
export function text(expected = "some text", example?: string, max = 300) {
  return withHint(
    z.string().trim().min(1).max(max),
    `${expected} (at most ${max} characters)`,
    example,
  );
}

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
export function pastDateSchema(today: string) {
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

export function isCalendarDateText(value: unknown): value is string {
  return (
    typeof value === "string" && hasDateForm(value) && calendarDateProblem(value) === undefined
  );
}

/** One weekday: mo, tu, we, th, fr, sa, su. */
export function weekdaySchema() {
  return withHint(z.enum(weekdays), "one of mo, tu, we, th, fr, sa, su", "[tu, th]");
}

/** Adds an issue for every value that is listed a second time. */
export function noDuplicates(what: string) {
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
export function registeredLocaleSchema() {
  return withHint(
    z.enum(knownLocaleCodes as [string, ...string[]]),
    `a language of the registry: ${knownLocaleCodes.join(", ")} (a new one is added in src/lib/i18n/locales.ts first)`,
    "nl",
  );
}

/** A map locale → text, e.g. `{ nl: Noodgeval, en: Emergency }`. */
export function localeTextMap(what: string) {
  return withHint(
    z.record(z.string(), text()),
    `${what} per language, at least in the default language`,
    "{ nl: Noodgeval, en: Emergency }",
  );
}

/** Fields every entry's `index.mdx` shares: its default-language text. */
export function entryTextFields() {
  return {
    /** Name of the entry in the default language, short. */
    title: text("a short title", "Koffie en praten", 90),
    /** One or two short sentences in the default language. */
    summary: text("one or two short sentences", "Samen koffie drinken en praten."),
  };
}
