/**
 * Prepares a built page for the search index (not for readers: the page on disk is
 * never changed). For Turkish pages it adds the folded twins of dotless-ı words (see
 * `fold.ts`) inside the indexed part, so a query typed without Turkish letters finds
 * them.
 */
import { parse } from "node-html-parser";
import { foldedTwins } from "./fold.ts";

/** The `lang` of a page's `<html>` element, if it has one. */
export function htmlLang(html: string): string | undefined {
  return /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1];
}

/**
 * `html` with a hidden line of folded twins at the end of its `data-pagefind-body`
 * element, or `html` unchanged when the page has no such element or needs no twins.
 */
export function withFoldedTwins(html: string, locale: string): string {
  // Most pages (lists, posters) have no indexed part: don't parse them at all.
  if (!html.includes("data-pagefind-body")) return html;
  const root = parse(html);
  const body = root.querySelector("[data-pagefind-body]");
  if (!body) return html;
  const end = body.range[1];
  for (const ignored of body.querySelectorAll("[data-pagefind-ignore]")) ignored.remove();
  // Tags become spaces, so words of adjacent blocks never run together.
  const text = parse(body.innerHTML.replace(/<[^>]*>/g, " ")).text;
  const twins = foldedTwins(text, locale);
  if (twins.length === 0) return html;
  const close = html.lastIndexOf("</", end - 1);
  const line = `<div hidden data-search-fold>${twins.join(" ")}</div>`;
  return html.slice(0, close) + line + html.slice(close);
}
