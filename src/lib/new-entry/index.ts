/** `npm run new`: answers → a checked `index.mdx` text and its folder name. */
export { answerProblem, answerProblems } from "./answer-rules.ts";
export { checkAnswers } from "./answers.ts";
export { answerAt, answerFields, frontMatterOf, frontMatterPath } from "./front-matter.ts";
export type { AnswerField, FrontMatterAnswer } from "./front-matter.ts";
export { checkRenderedEntry } from "./gate.ts";
export type { RenderedEntry } from "./gate.ts";
export * from "./model.ts";
export { answerLabel, problemLine } from "./problem-line.ts";
export { shown } from "./plain-text.ts";
export { planNewEntry } from "./plan.ts";
export type { EntryPlan, PlanContext } from "./plan.ts";
export { normalizeTime, parseCost } from "./read-answer.ts";
export { frontMatterYaml, renderEntry, yamlText } from "./render.ts";
export { maxSlugLength, slugFromTitle } from "./slug.ts";
export { answerContextOf, readInventory } from "./inventory.ts";
export type { Inventory } from "./inventory.ts";
export { writeNewEntry } from "./write.ts";
export type { WriteResult } from "./write.ts";
