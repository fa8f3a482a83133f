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
import { parse } from "node-html-parser";
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

/**
 * `html` as the search index should read it in `locale` (see above), and its words.
 * A page without an indexed part comes back unchanged and without words.
 */
export function prepareForIndex(html: string, locale: string): IndexPage {
  // Most pages (lists, posters) have no indexed part: don't parse them at all.
  if (!html.includes("data-pagefind-body")) return { content: html, words: [] };
  // Parsed from the indexed part's own tag on: the head and header before it hold
  // nothing to index, and this runs for every entry page in every locale.
  const start = /<[a-z][^<>]*\sdata-pagefind-body[\s=>]/i.exec(html)?.index ?? 0;
  const body = parse(html.slice(start)).querySelector("[data-pagefind-body]");
  if (!body) return { content: html, words: [] };
  const end = start + body.range[1];
  const needsPattern = new RegExp(`\\s${needsAttribute}="([^"]*)"`);
  const needs = (needsPattern.exec(html)?.[1] ?? "").split(/\s+/).filter(Boolean);
  // What the index leaves out: ignored and decorative parts, code and templates.
  const unread = '[data-pagefind-ignore], [aria-hidden="true"], script, style, template, noscript';
  for (const ignored of body.querySelectorAll(unread)) ignored.remove();
  // Tags become spaces, so words of adjacent blocks never run together.
  const text = parse(body.innerHTML.replace(/<[^>]*>/g, " ")).text;
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
  const twins = foldedTwins(text, locale);
  if (twins.length > 0) added.push(`<div hidden data-search-fold>${twins.join(" ")}</div>`);
  const words = textWords(text);
  if (added.length === 0) return { content: html, words };
  const close = html.lastIndexOf("</", end - 1);
  return { content: html.slice(0, close) + added.join("") + html.slice(close), words };
}
