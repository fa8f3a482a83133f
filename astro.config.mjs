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
    // Styles as files too: the CSP allows no inline style (src/lib/security/csp.ts).
    inlineStylesheets: "never",
    // Eight pages at a time: while one page's file is written, the next renders. One at
    // a time, the wait for each write left the build idle about a quarter of the time
    // (measured in a CPU profile at 300 entries; see README, "At city scale").
    concurrency: 8,
  },
  devToolbar: { enabled: false },
  // Astro's log without a line per built page (ten thousand at city scale).
  logger: { entrypoint: "./src/integrations/build-log.ts" },
  // No code in content: Shiki would also need inline styles the CSP forbids.
  markdown: { syntaxHighlight: false },
  // The gate refuses bad or unsafe content before anything is compiled.
  integrations: [contentGate(), mdx(), generatedAudio(), pagefindIndex()],
  vite: {
    plugins: [tailwindcss()],
    // Scripts and styles as files, never inlined: a browser keeps them from page to
    // page, and every page's CSP is one fixed policy (src/lib/security/csp.ts).
    build: { assetsInlineLimit: 0 },
  },
});
