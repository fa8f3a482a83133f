/**
 * Right-to-left pages read right: on every page of the built site whose `<html>` is
 * right-to-left (Arabic), an element in another language than the page's is its own
 * bidi run (`dir`, or a `<bdi>`), so Dutch inside Arabic keeps its full stop and
 * brackets in place; postcodes and times are left-to-right runs, so "7777 LD" never
 * reads "LD 7777" and "10:00–12:00" never "12:00–10:00". The same holds inside a
 * right-to-left part of any page (the Arabic poster on a poster page whose `<html>`
 * is Dutch), and text in a right-to-left language is marked with its direction
 * wherever it stands.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parse, type HTMLElement, type Node } from "node-html-parser";
import { allFiles, distDir } from "./dist.ts";
import { textDirection } from "../../src/lib/i18n/locales.ts";

interface Page {
  route: string;
  lang: string;
  root: HTMLElement;
}

const pages: Page[] = allFiles()
  .filter((file) => file.endsWith(".html"))
  .map((file) => {
    const root = parse(readFileSync(file, "utf8"));
    const route = `/${path.relative(distDir, file).replace(/index\.html$/, "")}`;
    return { route, lang: root.querySelector("html")?.getAttribute("lang") ?? "", root };
  });

const rtlPages = pages.filter(
  (page) => page.root.querySelector("html")?.getAttribute("dir") === "rtl",
);

/** Right-to-left parts of left-to-right pages, each as a page of its own language. */
const rtlRegions: Page[] = pages
  .filter((page) => !rtlPages.includes(page))
  .flatMap((page) =>
    page.root
      .querySelectorAll("body [dir=rtl]")
      .filter((region) => region.childNodes.length > 0)
      .map((region) => ({
        route: `${page.route} <${region.tagName.toLowerCase()} dir=rtl>`,
        lang: region.getAttribute("lang") ?? languageAround(region),
        root: region,
      })),
  );

/** The language an element's text is in: its own `lang` or its nearest ancestor's. */
function languageAround(element: HTMLElement | null): string {
  for (let at = element; at; at = at.parentNode) {
    const lang = at.getAttribute?.("lang");
    if (lang !== undefined && lang !== null) return lang;
  }
  return "";
}

/** The direction around an element: its nearest ancestor's `dir` (the page's at the top). */
function directionAround(element: HTMLElement): string {
  for (let at = element.parentNode; at; at = at.parentNode) {
    const dir = at.getAttribute?.("dir");
    if (dir) return dir;
  }
  return "ltr";
}

/** An element that is a bidi isolate: HTML makes `[dir]` and `<bdi>` isolate. */
function isolates(element: HTMLElement): boolean {
  return element.hasAttribute("dir") || element.tagName === "BDI";
}

/** Elements with a `lang` other than the page's and no isolation, as short descriptions. */
function unisolated({ lang, root }: Page): string[] {
  return root
    .querySelectorAll("[lang]")
    .filter((element) => element.tagName !== "HTML")
    .filter((element) => element.getAttribute("lang") !== lang && !isolates(element))
    .map(
      (element) =>
        `<${element.tagName.toLowerCase()} lang="${element.getAttribute("lang")}"> ${element.text.trim().slice(0, 60)}`,
    );
}

/** The direction a text node is laid out in: its nearest isolate's, or the page's. */
function runDirection(node: Node, page: Page): string {
  for (
    let element = node.parentNode;
    element && element !== page.root;
    element = element.parentNode
  ) {
    if (element.tagName === "HTML") break;
    if (element.tagName === "BDI" && !element.hasAttribute("dir")) return "auto";
    const dir = element.getAttribute?.("dir");
    if (dir) return dir;
  }
  return "rtl";
}

/** Text nodes of the page's body (not scripts, styles or templates). */
function textNodes(root: HTMLElement): Node[] {
  const out: Node[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out.push(child);
      else if (child.nodeType === 1) {
        const tag = (child as HTMLElement).tagName;
        if (!["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"].includes(tag)) walk(child);
      }
    }
  };
  walk(root.querySelector("body") ?? root);
  return out;
}

const postcode = /\b\d{4} ?[A-Z]{2}\b/;
const time = /\b\d{1,2}:\d{2}\b/;
/** Unicode isolates (LRI … PDI) around a run, as `isolateLtr` writes them. */
const isolatedRun = /\u2066[^\u2069]*\u2069/g;

describe("right-to-left pages", () => {
  test("the build has right-to-left pages to check", () => {
    expect(rtlPages.length).toBeGreaterThan(10);
    expect(rtlPages.some((p) => p.route.startsWith("/ar/places/"))).toBe(true);
  });

  test("every element in another language is its own bidi run (dir or <bdi>)", () => {
    const problems = [...rtlPages, ...rtlRegions].flatMap((page) =>
      unisolated(page).map((problem) => `${page.route}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  test("text in a right-to-left language is marked with its direction on every page", () => {
    const problems = pages.flatMap((page) =>
      page.root
        .querySelectorAll("body [lang]")
        .filter((element) => {
          const lang = element.getAttribute("lang") ?? "";
          return (
            lang !== "" &&
            lang !== languageAround(element.parentNode) &&
            textDirection(lang) !== directionAround(element) &&
            !isolates(element)
          );
        })
        .map(
          (element) =>
            `${page.route}: <${element.tagName.toLowerCase()} lang="${element.getAttribute("lang")}">`,
        ),
    );
    expect(problems).toEqual([]);
  });

  test("the checks reach the right-to-left parts of left-to-right pages", () => {
    expect(rtlRegions.some((region) => region.route.startsWith("/posters/"))).toBe(true);
  });

  test("postcodes and times are left-to-right runs", () => {
    const problems = [...rtlPages, ...rtlRegions].flatMap((page) =>
      textNodes(page.root)
        .filter((node) => {
          const text = node.text.replace(isolatedRun, "");
          return postcode.test(text) || time.test(text);
        })
        .filter((node) => runDirection(node, page) === "rtl")
        .map((node) => `${page.route}: "${node.text.trim().slice(0, 60)}"`),
    );
    expect(problems).toEqual([]);
  });

  test("the place page's postcode is a left-to-right run of its own", () => {
    const page = rtlPages.find((p) => p.route.startsWith("/ar/places/"))!;
    const runs = page.root
      .querySelectorAll("[dir=ltr]")
      .map((element) => element.text.trim())
      .filter((text) => postcode.test(text));
    expect(runs.length).toBeGreaterThan(0);
  });
});
