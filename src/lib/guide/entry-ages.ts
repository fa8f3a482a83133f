/**
 * Every entry by the age of its last check, oldest first, for `npm run stale`:
 * the people who run the guide call or visit the top of this list first.
 */
import type { Guide } from "../content/model.ts";
import { msg, say, type ToolLanguage } from "../messages/index.ts";
import { daysSince, isStale, staleAfterMonths } from "./freshness.ts";

export interface EntryAge {
  kind: "initiative" | "place";
  slug: string;
  /** Title in the default language. */
  title: string;
  /** `index.mdx` relative to the content folder. */
  file: string;
  lastVerified: string;
  days: number;
  stale: boolean;
}

/** Places and initiatives of `guide`, oldest check first (then by file). */
export function entriesByAge(
  guide: Pick<Guide, "site" | "places" | "initiatives">,
  today: string,
): EntryAge[] {
  const locale = guide.site.defaultLocale;
  const entries = [...guide.initiatives, ...guide.places].map((entry): EntryAge => {
    const text = entry.text[locale];
    const folder = entry.kind === "place" ? "places" : "initiatives";
    return {
      kind: entry.kind,
      slug: entry.slug,
      title: text?.title ?? entry.slug,
      file: text?.file ?? `${folder}/${entry.slug}/index.mdx`,
      lastVerified: entry.lastVerified,
      days: daysSince(entry.lastVerified, today),
      stale: isStale(entry.lastVerified, today),
    };
  });
  return entries.sort((a, b) =>
    a.lastVerified !== b.lastVerified
      ? a.lastVerified < b.lastVerified
        ? -1
        : 1
      : a.file < b.file
        ? -1
        : a.file > b.file
          ? 1
          : 0,
  );
}

/**
 * The list as lines: `  268 days  2026-03-01  content/…/index.mdx  Title  MAY BE OUT OF DATE`
 * (in `lang`, English by default). `show(file)` turns a content-relative file into the
 * path to print.
 */
export function formatEntryAges(
  ages: readonly EntryAge[],
  today: string,
  show: (file: string) => string = (file) => file,
  lang: ToolLanguage = "en",
): string {
  const width = String(Math.max(0, ...ages.map((a) => a.days))).length;
  const staleCount = ages.filter((a) => a.stale).length;
  const mark = `  ${say(msg("stale.mayBeOutOfDate"), lang)}`;
  const lines = [
    say(msg("stale.heading", { today, months: staleAfterMonths }), lang),
    ...ages.map(
      (a) =>
        say(
          msg("stale.line", {
            days: String(a.days).padStart(width + 2),
            date: a.lastVerified,
            file: show(a.file),
            title: a.title,
          }),
          lang,
        ) + (a.stale ? mark : ""),
    ),
    say(
      msg("stale.total", { stale: staleCount, count: ages.length, months: staleAfterMonths }),
      lang,
    ),
  ];
  return lines.join("\n");
}
