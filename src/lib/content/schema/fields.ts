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
import { msg, say, type Msg, type Said } from "../../messages/index.ts";
import { calendarDateMsg, hasDateForm } from "../dates.ts";
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
  message: Msg;
  input?: unknown;
  /** What was expected (a message), and an example as written in the file (or a message). */
  params?: { expected?: Msg; example?: Msg | string | undefined };
}

/**
 * Adds a refinement issue. The message travels in `params.said` (not `message`), so a
 * parse with `volunteerErrorMap` still formats it with its expectation, and the
 * content check can say it in any language.
 */
export function addCustom<T>(ctx: z.core.$RefinementCtx<T>, issue: CustomIssue): void {
  const said: Said = { message: issue.message };
  if (issue.params?.expected !== undefined) said.expected = issue.params.expected;
  if (issue.params?.example !== undefined) said.example = issue.params.example;
  const params = { said, message: say(issue.message) };
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
export function text(expected: Msg = msg("hint.someText"), example?: string, max = 300) {
  return withHint(
    z.string().trim().min(1).max(max),
    msg("hint.textMax", { what: expected, max }),
    example,
  );
}

/** A wall-clock time `HH:MM` (24-hour) in the site time zone. */
export function timeSchema() {
  return withHint(z.string().regex(timePattern), msg("hint.time"), '"19:30"');
}

/** A civil date `YYYY-MM-DD` that exists on the calendar. */
export function dateSchema() {
  return withHint(
    z.string().superRefine((value, ctx) => {
      const problem = hasDateForm(value)
        ? calendarDateMsg(value)
        : msg("date.notDate", { text: value });
      if (problem) addCustom(ctx, { code: "custom", message: problem, input: value });
    }),
    msg("hint.date"),
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
          message: msg("date.inFuture", { date: value }),
          params: {
            expected: msg("date.inFuture.expected", { today }),
            example: today,
          },
        });
      }
    }),
    msg("hint.lastVerified"),
    today,
  );
}

export function isCalendarDateText(value: unknown): value is string {
  return typeof value === "string" && hasDateForm(value) && calendarDateMsg(value) === undefined;
}

/** One weekday: mo, tu, we, th, fr, sa, su. */
export function weekdaySchema() {
  return withHint(z.enum(weekdays), msg("hint.weekday"), "[tu, th]");
}

/** Adds an issue for every value that is listed a second time. */
export function noDuplicates(what: "day" | "week" | "need" | "language") {
  return (values: readonly unknown[], ctx: z.core.$RefinementCtx) => {
    const seen = new Set<unknown>();
    values.forEach((value, index) => {
      if (seen.has(value)) {
        addCustom(ctx, {
          code: "custom",
          path: [index],
          message: msg("rule.listedTwice", { value: JSON.stringify(value) }),
          params: {
            expected: msg("rule.listedTwice.expected", { what: msg(`rule.what.${what}`) }),
          },
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
          message: msg("rule.notLanguageCode", { value }),
          input: value,
        });
      }
    }),
    msg("hint.languageTag"),
    "[nl, ar, tr]",
  );
}

/** A phone number as text: digits, spaces, `+`, `-`, brackets. */
export function phoneSchema() {
  return withHint(z.string().trim().regex(phonePattern), msg("hint.phone"), '"06 12345678"');
}

/** One of the locales in the locale registry (src/lib/i18n/locales.ts). */
export function registeredLocaleSchema() {
  return withHint(
    z.enum(knownLocaleCodes as [string, ...string[]]),
    msg("hint.registeredLocale", { codes: knownLocaleCodes.join(", ") }),
    "nl",
  );
}

/** A map locale → text, e.g. `{ nl: Noodgeval, en: Emergency }`. */
export function localeTextMap(what: Msg) {
  return withHint(
    z.record(z.string(), text()),
    msg("hint.localeTextMap", { what }),
    "{ nl: Noodgeval, en: Emergency }",
  );
}

/** Fields every entry's `index.mdx` shares: its default-language text. */
export function entryTextFields() {
  return {
    /** Name of the entry in the default language, short. */
    title: text(msg("hint.shortTitle"), "Koffie en praten", 90),
    /** One or two short sentences in the default language. */
    summary: text(msg("hint.shortSentences"), "Samen koffie drinken en praten."),
  };
}
