/**
 * Types for the language files of the `hyphen` package (CommonJS, no types of its
 * own). We import `hyphen/<language>/index.js` with the file name because Node's ESM
 * resolver does not look up `index.js` in a package folder that has no `exports`.
 */
declare module "hyphen/*/index.js" {
  interface HyphenOptions {
    /** Character inserted at each hyphenation point; default U+00AD. */
    hyphenChar?: string;
    /** Words shorter than this are left alone; default 5. */
    minWordLength?: number;
  }
  const language: {
    hyphenateSync: (text: string, options?: HyphenOptions) => string;
  };
  export default language;
}
