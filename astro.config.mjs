// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import tailwindcss from "@tailwindcss/vite";
import { contentGate } from "./src/integrations/content-gate.ts";
import { pagefindIndex } from "./src/integrations/pagefind.ts";
import { generatedAudio } from "./src/integrations/audio/index.ts";
import { contentDir } from "./src/lib/content/content-dir.ts";
import { readSiteUrl } from "./src/lib/content/site-url.ts";

export default defineConfig({
  // Relative URLs keep the site portable across hosts and sub-paths.
  trailingSlash: "always",
  // The public address (site.yaml `siteUrl`): printed QR codes need absolute URLs.
  site: readSiteUrl(contentDir()),
  // A sub-path such as /buurtgids/ (GitHub Pages project sites; see .github/workflows/deploy.yml).
  base: process.env.BUURTGIDS_BASE || undefined,
  build: {
    format: "directory",
    // Eight pages at a time: while one page's file is written, the next renders. One at
    // a time, the wait for each write left the build idle about a quarter of the time
    // (measured in a CPU profile at 300 entries; see README, "At city scale").
    concurrency: 8,
  },
  devToolbar: { enabled: false },
  // No code in content: Shiki would also need inline styles the CSP forbids.
  markdown: { syntaxHighlight: false },
  // The gate refuses bad or unsafe content before anything is compiled.
  integrations: [contentGate(), mdx(), generatedAudio(), pagefindIndex()],
  vite: {
    plugins: [tailwindcss()],
    // Scripts as files, never inlined: a browser keeps them from page to page, and the
    // build no longer hashes each page's copies for its CSP (a few per page, thousands
    // of pages at city scale).
    build: { assetsInlineLimit: 0 },
  },
  security: {
    // Astro adds hashes for its own scripts and styles; everything else is 'self' only.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // The search page runs Pagefind's engine, WebAssembly served from /pagefind/.
        // Compiling WebAssembly needs 'wasm-unsafe-eval'; it does not allow eval() of
        // JavaScript, and the code still has to come from 'self'.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
});
