/** `npm run new`, the pure part: answers → a checked `index.mdx` text and its folder name. */
export * from "./answers.ts";
export { planNewEntry } from "./plan.ts";
export type { EntryPlan, PlanContext } from "./plan.ts";
export { renderEntry, yamlText } from "./render.ts";
export { maxSlugLength, slugFromTitle } from "./slug.ts";
