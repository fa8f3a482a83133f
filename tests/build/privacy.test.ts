/** Nothing leaves the site: no external assets, a strict CSP, no cookies, no web fonts. */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { allFiles, page } from "./dist.ts";
import path from "node:path";
import { distDir } from "./dist.ts";

const htmlFiles = allFiles().filter((f) => f.endsWith(".html"));
const isExternal = (url: string) => /^(https?:)?\/\//i.test(url.trim());

test("the site has pages to check", () => {
  expect(htmlFiles.length).toBeGreaterThan(50);
});

test("no page loads an asset from another origin", () => {
  const offenders: string[] = [];
  for (const file of htmlFiles) {
    const doc = page(path.relative(distDir, file));
    for (const el of doc.querySelectorAll("[src], [srcset], link[href], [poster], object[data]")) {
      const isLink = el.tagName === "LINK";
      const rel = el.getAttribute("rel") ?? "";
      // <link rel="alternate"> points readers to other languages: a link, not an asset.
      if (isLink && rel === "alternate") continue;
      for (const attr of ["src", "srcset", "href", "poster", "data"]) {
        const value = el.getAttribute(attr);
        if (value && isExternal(value)) offenders.push(`${file}: <${el.tagName} ${attr}=${value}>`);
      }
    }
    const styles = doc
      .querySelectorAll("style")
      .map((s) => s.text)
      .join("\n");
    if (/url\(\s*['"]?(https?:)?\/\//i.test(styles)) offenders.push(`${file}: inline CSS url()`);
  }
  expect(offenders).toEqual([]);
});

test("CSS and JS reference nothing on another origin, and there are no web fonts", () => {
  const assets = allFiles().filter((f) => /\.(css|js)$/.test(f));
  for (const file of assets) {
    const text = readFileSync(file, "utf8");
    if (file.endsWith(".css")) {
      expect(text, file).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
      expect(text, file).not.toMatch(/@font-face/);
    }
    expect(text, file).not.toMatch(/document\.cookie|localStorage|sessionStorage/);
  }
  expect(allFiles().filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
});

test("every page has a Content-Security-Policy that allows only the site itself", () => {
  for (const file of htmlFiles) {
    const doc = page(path.relative(distDir, file));
    const csp = doc
      .querySelector('meta[http-equiv="content-security-policy"]')
      ?.getAttribute("content");
    expect(csp, file).toBeTruthy();
    expect(csp).toContain("default-src 'self'");
    const sources = (csp ?? "").split(/[\s;]+/).filter((s) => /^(https?:|\*|\w+\.\w+)/.test(s));
    expect(sources, file).toEqual([]);
  }
});

test("the CSP comes first in <head>, allows no inline code, and no page has any", () => {
  const offenders: string[] = [];
  for (const file of htmlFiles) {
    const doc = page(path.relative(distDir, file));
    const head = doc.querySelector("head");
    // A <meta> CSP only governs what comes after it: nothing may load before it.
    const first = head?.querySelector("script, link[rel=stylesheet], style, meta[http-equiv]");
    if (first?.getAttribute("http-equiv") !== "content-security-policy")
      offenders.push(`${file}: <${first?.tagName}> before the CSP`);
    const csp = head?.querySelector('meta[http-equiv="content-security-policy"]');
    if (/'unsafe-inline'|'unsafe-eval'|'sha\d+-|'nonce-/.test(csp?.getAttribute("content") ?? ""))
      offenders.push(`${file}: the CSP allows inline code`);
    // The fixed policy holds only while every script and style is a file of the site.
    for (const script of doc.querySelectorAll("script:not([src])")) {
      const type = script.getAttribute("type") ?? "";
      if (!/^application\/(ld\+)?json$/.test(type)) offenders.push(`${file}: inline <script>`);
    }
    if (doc.querySelector("style")) offenders.push(`${file}: inline <style>`);
  }
  expect(offenders).toEqual([]);
});
