/**
 * The content loader and validator: pure TypeScript, no Astro runtime.
 * `checkContent()` / `loadGuide()` read a content folder (see DESIGN.md "The content
 * contract"); `formatProblems()` prints what is wrong in volunteer language.
 */
export { contentDir, contentDirEnv } from "./content-dir.ts";
export { checkContent, loadGuide } from "./validate.ts";
export type { CheckOptions, CheckResult, ContentStats } from "./validate.ts";
export { formatProblem, formatProblems, problemLocation, summarizeProblems } from "./format.ts";
export type { FormatOptions } from "./format.ts";
export {
  allowedMdxAttributes,
  allowedMdxElements,
  allowedUrlSchemes,
  checkMdxSafety,
  unsafeUrlReason,
} from "./mdx-safety.ts";
export type { MdxFinding, MdxSafetyResult } from "./mdx-safety.ts";
export { findStigmaWords, stigmaProblem, stigmaTerms } from "./stigma.ts";
export type { StigmaMatch, StigmaOptions, StigmaTerm } from "./stigma.ts";
export {
  closureSchema,
  dateSchema,
  initiativeSchema,
  placeSchema,
  scheduleRuleSchema,
  siteSchema,
  timeSchema,
  translationSchema,
} from "./schema.ts";
export type { SchemaContext } from "./schema.ts";
export { describeIssue, volunteerErrorMap } from "./error-map.ts";
export type * from "./types.ts";
