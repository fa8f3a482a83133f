/**
 * Dates, weekdays and times for display, through Intl in the reader's locale.
 * Wall-clock values are formatted as given (in UTC), so the device's time zone never
 * shifts them. Digits are Latin in every locale: they match the clocks, phones and
 * posters residents see here, and the digits on the wall poster.
 */
import { weekdays, type Weekday } from "../facts.ts";

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let found = dateFormats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, {
      ...options,
      timeZone: "UTC",
      numberingSystem: "latn",
    });
    dateFormats.set(key, found);
  }
  return found;
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
  width: "long" | "short" = "long",
): string {
  return format(locale, { weekday: width }).format(weekdayAnchor(day));
}

/** "HH:MM" as the locale writes a time of day, always 24-hour: "19:00". */
export function formatTime(time: string, locale: string): string {
  return format(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    new Date(`2024-01-01T${time}:00Z`),
  );
}

/** A time range, e.g. "10:00–12:00". */
export function formatTimeRange(from: string, to: string, locale: string): string {
  return `${formatTime(from, locale)}\u2013${formatTime(to, locale)}`;
}

/** A civil date with weekday, e.g. "dinsdag 1 december". */
export function formatDate(
  date: string,
  locale: string,
  style: "long" | "short" | "full" = "long",
): string {
  const options: Intl.DateTimeFormatOptions =
    style === "short"
      ? { day: "numeric", month: "short" }
      : style === "full"
        ? { weekday: "long", day: "numeric", month: "long", year: "numeric" }
        : { weekday: "long", day: "numeric", month: "long" };
  return format(locale, options).format(anchor(date));
}

/** A list joined the locale's way: "Tuesday and Thursday". */
export function formatList(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}

/** An amount in euros, e.g. "€ 2,50". */
export function formatEuros(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "EUR",
    numberingSystem: "latn",
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  } as Intl.NumberFormatOptions).format(amount);
}

/** A language's name in the reader's language, e.g. ("ar", "nl") → "Arabisch". */
export function languageName(tag: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag;
}

/** A language's name in its own script, e.g. "ar" → "العربية". */
export function endonym(tag: string): string {
  return new Intl.DisplayNames([tag], { type: "language" }).of(tag) ?? tag;
}

/**
 * Wraps left-to-right text (a phone number, a time) in Unicode isolates, so it keeps
 * its order inside an Arabic sentence.
 */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}
