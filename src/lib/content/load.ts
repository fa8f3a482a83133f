/**
 * `loadGuide()`: the Guide for pages and exporters, or an Error whose message is the
 * formatted list of problems. Defined next to `checkContent()` in validate.ts.
 */
export { checkContent, loadGuide } from "./validate.ts";
export type { CheckOptions, CheckResult, ContentStats } from "./validate.ts";
