import { expect, test } from "vitest";
import { parse } from "node-html-parser";
import { scanElement } from "../../../src/lib/search/html-scan.ts";

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** The text node-html-parser gives for the same element with the same parts removed. */
function parserText(html: string): string[] {
  const body = parse(html).querySelector("[data-pagefind-body]")!;
  const unread = '[data-pagefind-ignore], [aria-hidden="true"], script, style, template, noscript';
  for (const ignored of body.querySelectorAll(unread)) ignored.remove();
  return words(parse(body.innerHTML.replace(/<[^>]*>/g, " ")).text);
}

const scanned = (html: string) => {
  const start = html.indexOf("<article");
  const part = scanElement(html, start);
  if (!part) throw new Error("not closed");
  return { ...part, words: words(part.text) };
};

test("finds the end of the element past nested elements of the same name", () => {
  const html = `<main><article data-pagefind-body><article><p>Eerste</p></article><p>Tweede</p></article><p>Buiten</p></main>`;
  const part = scanned(html);
  expect(html.slice(part.closeStart, part.end)).toBe("</article>");
  expect(html.slice(part.end)).toBe("<p>Buiten</p></main>");
  expect(part.words).toEqual(["Eerste", "Tweede"]);
});

test("leaves out ignored and decorative parts, code and comments, with everything inside them", () => {
  const html =
    `<article data-pagefind-body><h1>Koffie<!-- niet -->ochtend</h1>` +
    `<div data-pagefind-ignore><div><p>Verborgen</p></div><p>ook</p></div>` +
    `<span aria-hidden="true"><svg viewBox="0 0 1 1"><path d="M0 0"/></svg>ma di</span>` +
    `<script type="module">if (a < b) document.write("</div><p>nee</p>")</script>` +
    `<template><p>Sjabloon</p></template><noscript>Luister</noscript>` +
    `<p>Samen&nbsp;koffie &amp; thee<br>drinken<img src="a.png" alt="x"></p></article><p>Daarna</p>`;
  const part = scanned(html);
  expect(part.words).toEqual(["Koffieochtend", "Samen", "koffie", "&", "thee", "drinken"]);
  expect(part.words).toEqual(parserText(html));
  expect(html.slice(part.end)).toBe("<p>Daarna</p>");
});

test("reads attributes with a > inside quotes as part of their tag", () => {
  const html = `<article data-pagefind-body data-x="a>b"><p title="1 > 0">Ja</p><div data-pagefind-ignore data-y='c>d'>Nee</div></article>`;
  // (Stripping tags with /<[^>]*>/, as the search once did, would leave `0">Ja`.)
  expect(scanned(html).words).toEqual(["Ja"]);
});

test("an element that is never closed gives nothing rather than a wrong end", () => {
  expect(scanElement(`<article data-pagefind-body><p>Open`, 0)).toBeUndefined();
  expect(
    scanElement(`<article data-pagefind-body><div data-pagefind-ignore>Open</article>`, 0),
  ).toBeUndefined();
});

test("names the decorative parts the index reads nothing in, but not those holding its filters", () => {
  const icon = `<svg aria-hidden="true" viewBox="0 0 24 24"><path d="M12 2v20"/></svg>`;
  const cells = `<span aria-hidden="true">ma</span>`;
  const withFilter = `<span aria-hidden="true"><span data-pagefind-filter="day:mo"></span></span>`;
  const html = `<article data-pagefind-body><h1>${icon}Koffie</h1><p>${cells}${withFilter}<span data-pagefind-ignore>${icon}</span></p></article>`;
  const part = scanned(html);
  expect(part.unread.map(([start, end]) => html.slice(start, end))).toEqual([icon, cells]);
});
