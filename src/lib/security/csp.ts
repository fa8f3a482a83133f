/**
 * The Content-Security-Policy every built page carries (in a `<meta>`, first in its
 * `<head>`): everything from the site itself, nothing from anywhere else, and no inline
 * script or style at all. Pages have none: scripts and styles are files
 * (`vite.build.assetsInlineLimit: 0` in astro.config.mjs), and JSON-LD is data, not
 * script. The policy is the same on every page, so it is written here once instead of
 * by Astro's `security.csp`, which hashed each page's scripts and styles again for
 * every page (a second of a 300-entry build, three at 1,000).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // The search page runs Pagefind's engine, WebAssembly served from /pagefind/.
  // Compiling WebAssembly needs 'wasm-unsafe-eval'; it does not allow eval() of
  // JavaScript, and the code still has to come from 'self'.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
].join("; ");
