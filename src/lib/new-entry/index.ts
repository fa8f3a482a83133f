/** `npm run new`: answers → a checked `index.mdx` text and its folder name. */
export * from "./answers.ts";
export { answerAt, frontMatterOf, frontMatterPath } from "./front-matter.ts";
export type { FrontMatterAnswer } from "./front-matter.ts";
export { checkRenderedEntry } from "./gate.ts";
export type { RenderedEntry } from "./gate.ts";
export { planNewEntry } from "./plan.ts";
export type { EntryPlan, PlanContext } from "./plan.ts";
export { frontMatterYaml, renderEntry, yamlText } from "./render.ts";
export { maxSlugLength, slugFromTitle } from "./slug.ts";
export { answerContextOf, readInventory, writeNewEntry } from "./write.ts";
export type { Inventory, WriteResult } from "./write.ts";
