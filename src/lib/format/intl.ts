/**
 * Dates, weekdays and times for display, through Intl in the reader's locale.
 * Wall-clock values are formatted as given (in UTC), so the device's time zone never
 * shifts them. Digits are Latin in every locale: they match the clocks, phones and
 * posters residents see here, and the digits on the wall poster.
 */
import { weekdays, type Weekday } from "../facts.ts";

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Weekday names, times and dates already written: a small, bounded set per build. */
const formatted = new Map<string, string>();

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return once(
    dateFormats,
    locale + JSON.stringify(options),
    () => new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC", numberingSystem: "latn" }),
  );
}

/** Noon UTC on a civil date, a safe anchor for formatting that date. */
function anchor(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** 2024-01-01 was a Monday; weekday i is i days later. */
function weekdayAnchor(day: Weekday): Date {
  return anchor(`2024-01-0${weekdays.indexOf(day) + 1}`);
}

/** The weekday's name, e.g. `weekdayName("tu", "nl")` → "dinsdag". */
export function weekdayName(
  day: Weekday,
  locale: string,
  width: "long" | "short" | "narrow" = "long",
): string {
  return once(formatted, `w\n${day}\n${locale}\n${width}`, () =>
    format(locale, { weekday: width }).format(weekdayAnchor(day)),
  );
}

/** "HH:MM" as the locale writes a time of day, always 24-hour: "19:00". */
export function formatTime(time: string, locale: string): string {
  return once(formatted, `t\n${time}\n${locale}`, () =>
    format(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
      new Date(`2024-01-01T${time}:00Z`),
    ),
  );
}

/** A time range, e.g. "10:00–12:00". */
export function formatTimeRange(from: string, to: string, locale: string): string {
  return `${formatTime(from, locale)}\u2013${formatTime(to, locale)}`;
}

/** A civil date with weekday, e.g. "dinsdag 1 december"; `medium`: "3 sep 2026". */
export function formatDate(
  date: string,
  locale: string,
  style: "long" | "short" | "full" | "medium" = "long",
): string {
  const options: Intl.DateTimeFormatOptions =
    style === "short"
      ? { day: "numeric", month: "short" }
      : style === "full"
        ? { weekday: "long", day: "numeric", month: "long", year: "numeric" }
        : style === "medium"
          ? { dateStyle: "medium" }
          : { weekday: "long", day: "numeric", month: "long" };
  return once(formatted, `d\n${date}\n${locale}\n${style}`, () =>
    format(locale, options).format(anchor(date)),
  );
}

/** A date and the words that lead from it to a time, as the locale writes them. */
export interface DateBeforeTime {
  /** The date, e.g. "maandag 7 december", "الاثنين، 7 ديسمبر". */
  date: string;
  /** What comes between the date and the time: " om ", ", ", " في ", " ". */
  joiner: string;
}

/**
 * A date that a time (range) follows, in the locale's own words and punctuation
 * (Intl's date-with-time pattern), so the time can be a separate left-to-right run:
 * `${date}${joiner}<span dir="ltr">10:00–12:00</span>`. No Latin comma on an Arabic page.
 *
 * @example dateBeforeTime("2026-12-07", "nl") // { date: "maandag 7 december", joiner: " om " }
 * @example dateBeforeTime("2026-12-07", "ar") // { date: "الاثنين، 7 ديسمبر", joiner: " في " }
 */
export function dateBeforeTime(date: string, locale: string): DateBeforeTime {
  return once(datesBeforeTimes, `${date}\n${locale}`, () =>
    Object.freeze(dateBeforeTimeOf(date, locale)),
  );
}

/** The few dates of a build's lists, each split once per locale. */
const datesBeforeTimes = new Map<string, DateBeforeTime>();

function dateBeforeTimeOf(date: string, locale: string): DateBeforeTime {
  const parts = format(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(anchor(date));
  const hour = parts.findIndex((part) => part.type === "hour");
  // The literal right before the hour joins date and time; a pattern with the time
  // first (no locale here has one) falls back to the plain date and a space.
  if (hour < 2 || parts[hour - 1]?.type !== "literal") {
    return { date: formatDate(date, locale), joiner: " " };
  }
  return {
    date: parts
      .slice(0, hour - 1)
      .map((part) => part.value)
      .join(""),
    joiner: parts[hour - 1]!.value,
  };
}

/**
 * Creating an Intl formatter costs far more than using one, and a build at city scale
 * formats hundreds of thousands of values: every formatter is made once per key.
 */
function once<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let found = cache.get(key);
  if (found === undefined) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

const listFormats = new Map<string, Intl.ListFormat>();
const euroFormats = new Map<string, Intl.NumberFormat>();
const languageNames = new Map<string, string>();

/** A list joined the locale's way: "Tuesday and Thursday". */
export function formatList(items: string[], locale: string): string {
  return once(
    listFormats,
    locale,
    () => new Intl.ListFormat(locale, { style: "long", type: "conjunction" }),
  ).format(items);
}

const punctuations = new Map<string, { comma: string; semicolon: string }>();

/**
 * The locale's comma and semicolon, for joining phrases that are not one list
 * ("Tuesday 10:00–12:00; Thursday 14:00–16:00"): Arabic writes "،" and "؛". The comma is
 * the one Intl puts between list items; the semicolon follows the comma's script.
 *
 * @example listPunctuation("ar") // { comma: "،", semicolon: "؛" }
 * @example listPunctuation("nl") // { comma: ",", semicolon: ";" }
 */
export function listPunctuation(locale: string): { comma: string; semicolon: string } {
  return once(punctuations, locale, () => {
    const firstLiteral = (options: Intl.ListFormatOptions) =>
      new Intl.ListFormat(locale, options)
        .formatToParts(["a", "b", "c"])
        .find((part) => part.type === "literal")?.value ?? "";
    const comma =
      [firstLiteral({ type: "unit", style: "short" }), firstLiteral({ type: "conjunction" })]
        .map((literal) => /\p{Po}/u.exec(literal)?.[0])
        .find(Boolean) ?? ",";
    return { comma, semicolon: comma === "\u060c" ? "\u061b" : ";" };
  });
}

/** An amount in euros, e.g. "€ 2,50". */
export function formatEuros(amount: number, locale: string): string {
  const cents = !Number.isInteger(amount);
  return once(
    euroFormats,
    `${locale}\n${cents}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: "currency",
        currency: "EUR",
        numberingSystem: "latn",
        minimumFractionDigits: cents ? 2 : 0,
      } as Intl.NumberFormatOptions),
  ).format(amount);
}

/** A language's name in the reader's language, e.g. ("ar", "nl") → "Arabisch". */
export function languageName(tag: string, locale: string): string {
  return once(
    languageNames,
    `${tag}\n${locale}`,
    () => new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag,
  );
}

/** A language's name in its own script, e.g. "ar" → "العربية". */
export function endonym(tag: string): string {
  return languageName(tag, tag);
}

/**
 * Wraps left-to-right text (a phone number, a time) in Unicode isolates, so it keeps
 * its order inside an Arabic sentence.
 */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}

/**
 * Every time or time range in a sentence isolated as a left-to-right run, for text
 * that is already one string ("كل أسبوع يوم السبت 10:00–12:00"): in a right-to-left
 * line the range would otherwise read "12:00–10:00".
 */
export function isolateTimes(text: string): string {
  return text.replace(/\d{1,2}:\d{2}(?:\s?[\u2013-]\s?\d{1,2}:\d{2})?/g, isolateLtr);
}
