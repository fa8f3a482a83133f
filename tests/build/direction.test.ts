/**
 * Right-to-left pages read right: on every page of the built site whose `<html>` is
 * right-to-left (Arabic), an element in another language than the page's is its own
 * bidi run (`dir`, or a `<bdi>`), so Dutch inside Arabic keeps its full stop and
 * brackets in place; postcodes and times are left-to-right runs, so "7777 LD" never
 * reads "LD 7777" and "10:00–12:00" never "12:00–10:00".
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parse, type HTMLElement, type Node } from "node-html-parser";
import { allFiles, distDir } from "./dist.ts";

interface Page {
  route: string;
  lang: string;
  root: HTMLElement;
}

const rtlPages: Page[] = allFiles()
  .filter((file) => file.endsWith(".html"))
  .flatMap((file) => {
    const root = parse(readFileSync(file, "utf8"));
    const html = root.querySelector("html");
    if (html?.getAttribute("dir") !== "rtl") return [];
    const route = `/${path.relative(distDir, file).replace(/index\.html$/, "")}`;
    return [{ route, lang: html.getAttribute("lang") ?? "", root }];
  });

/** An element that is a bidi isolate: HTML makes `[dir]` and `<bdi>` isolate. */
function isolates(element: HTMLElement): boolean {
  return element.hasAttribute("dir") || element.tagName === "BDI";
}

/** Elements with a `lang` other than the page's and no isolation, as short descriptions. */
function unisolated({ lang, root }: Page): string[] {
  return root
    .querySelectorAll("body [lang]")
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
  const body = root.querySelector("body");
  if (body) walk(body);
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
    const problems = rtlPages.flatMap((page) =>
      unisolated(page).map((problem) => `${page.route}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  test("postcodes and times are left-to-right runs", () => {
    const problems = rtlPages.flatMap((page) =>
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
