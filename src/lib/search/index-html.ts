/**
 * Prepares a built page for the search index (not for readers: the page on disk is
 * never changed). Inside the indexed part (`data-pagefind-body`) it adds
 *
 * - the feeling words of the entry's needs (`feelings/`), as hidden Pagefind metadata
 *   (`feel`, `feelAlso`): searchable and weighted, never in an excerpt, never on the page;
 * - for Turkish pages, the folded twins of dotless-ı words (see `fold.ts`), so a query
 *   typed without Turkish letters finds them.
 *
 * It also returns the page's searchable words, from which the build writes each
 * locale's word list for "did you mean" (`typos.ts`).
 */
import { scanElement } from "./html-scan.ts";
import { foldedTwins } from "./fold.ts";
import { feelingMetaKeys, feelingWords } from "./feelings/index.ts";

/** The `lang` of a page's `<html>` element, if it has one. */
export function htmlLang(html: string): string | undefined {
  return /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1];
}

/**
 * The attribute an entry page carries with its needs in the entry's own order, main
 * need first (`SearchFilters.astro`); the filter values are in the facet's order.
 */
export const needsAttribute = "data-search-needs";

/** Letter-and-digit runs of a text, as the search engine splits words. */
export function textWords(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

export interface IndexPage {
  /** The HTML to give the search index. */
  content: string;
  /** The words of the indexed part as written (repeats included), for the word list. */
  words: string[];
}

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** `html` from `from` to `to`, without the ranges `skipped` (in order, inside it). */
function withoutRanges(
  html: string,
  from: number,
  to: number,
  skipped: readonly [number, number][],
): string {
  const kept: string[] = [];
  let at = from;
  for (const [start, end] of skipped) {
    kept.push(html.slice(at, start));
    at = end;
  }
  kept.push(html.slice(at, to));
  return kept.join("");
}

/**
 * `html` as the search index should read it in `locale` (see above), and its words.
 * Only what the index reads is kept: the `<html>` tag (its language), the title and
 * the indexed part (a fifth of an entry page is its head, header and footer). Its
 * ignored parts stay: the index still reads the filters and metadata inside them.
 * Its decorative parts (`aria-hidden`, which the index is told to skip) go, unless
 * they hold filters or metadata.
 * A page without an indexed part comes back unchanged and without words.
 */
export function prepareForIndex(html: string, locale: string): IndexPage {
  // Most pages (lists, posters) have no indexed part: don't scan them at all.
  if (!html.includes("data-pagefind-body")) return { content: html, words: [] };
  const start = /<[a-z][^<>]*\sdata-pagefind-body[\s=>]/i.exec(html)?.index;
  const part = start === undefined ? undefined : scanElement(html, start);
  if (start === undefined || !part) return { content: html, words: [] };
  const needsPattern = new RegExp(`\\s${needsAttribute}="([^"]*)"`);
  const needs = (needsPattern.exec(html)?.[1] ?? "").split(/\s+/).filter(Boolean);
  const added: string[] = [];
  const feelings = feelingWords(locale, needs);
  for (const [key, words] of [
    [feelingMetaKeys.main, feelings.main],
    [feelingMetaKeys.also, feelings.also],
  ] as const) {
    if (words.length > 0) {
      added.push(`<span data-pagefind-meta="${key}:${escapeAttribute(words.join(" "))}"></span>`);
    }
  }
  const twins = foldedTwins(part.text, locale);
  if (twins.length > 0) added.push(`<div hidden data-search-fold>${twins.join(" ")}</div>`);
  const indexed =
    withoutRanges(html, start, part.closeStart, part.unread) +
    added.join("") +
    html.slice(part.closeStart, part.end);
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? "<html>";
  const title = /<title>[^<]*<\/title>/i.exec(html)?.[0] ?? "";
  return {
    content: `<!DOCTYPE html>${htmlTag}<head>${title}</head><body>${indexed}</body></html>`,
    words: textWords(part.text),
  };
}
