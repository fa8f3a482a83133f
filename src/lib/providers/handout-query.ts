/**
 * The hand-out's address: `/<locale>/providers/handout/?entries=<slug>,<slug>&lang=<locale>`.
 * `<locale>` is the language of the page around the sheet (the GP's); `lang` is the
 * language of the sheet (the patient's). Without JavaScript the providers' form sends
 * `entries=a&entries=b`, which reads the same. Small and free of build-time imports:
 * the hand-out's script uses it.
 */

/** Entries on one A4 sheet. */
export const handoutMax = 6;

/** What a hand-out shows: the entries in order (no repeats) and the sheet's language. */
export interface HandoutChoice {
  entries: string[];
  /** One of the site's locales, or undefined when the query names none. */
  lang: string | undefined;
}

const slugPattern = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The choice a query asks for. Slugs may come comma-separated or repeated; anything
 * that is not a slug is dropped. `lang` is matched to `locales` without regard to case.
 *
 * @example parseHandoutQuery("?entries=a,b&entries=a&lang=AR", ["nl", "ar"])
 * // { entries: ["a", "b"], lang: "ar" }
 */
export function parseHandoutQuery(query: string, locales: readonly string[]): HandoutChoice {
  const params = new URLSearchParams(query);
  const entries = params
    .getAll("entries")
    .flatMap((value) => value.split(","))
    .map((slug) => slug.trim().toLowerCase())
    .filter((slug) => slugPattern.test(slug));
  const lang = params.get("lang")?.trim().toLowerCase();
  return {
    entries: [...new Set(entries)],
    lang: locales.find((code) => code.toLowerCase() === lang),
  };
}

/**
 * The query of a choice, slugs comma-separated as people write them.
 *
 * @example handoutQuery({ entries: ["a", "b"], lang: "ar" }) // "?entries=a,b&lang=ar"
 */
export function handoutQuery(choice: HandoutChoice): string {
  const parts: string[] = [];
  if (choice.entries.length > 0) parts.push(`entries=${choice.entries.join(",")}`);
  if (choice.lang) parts.push(`lang=${choice.lang}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}
