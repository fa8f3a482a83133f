/**
 * Zod schemas of the content contract (see DESIGN.md "The content contract"):
 * `site.yaml` (`site.ts`), the front matter of `index.mdx` for places (`place.ts`)
 * and initiatives (`initiative.ts`, with `schedule.ts` and `contact.ts`), and the
 * front matter of translation files `<locale>.mdx` (`translation.ts`). Shared field
 * schemas and helpers are in `fields.ts`. The checked model's types are these
 * schemas' outputs (`../model.ts`).
 *
 * Every object is strict: an unknown field (a typo such as `wheelchiar`) is an error.
 * Every field registers a hint (`withHint`) that `error-map.ts` uses to say what was
 * expected, with an example. Cross-field rules run even when a field is wrong
 * (`when: always`), so a volunteer sees every problem at once. Defaults and the
 * shapes of checked values (a closure's union, a clean audio path, the poster
 * languages) are part of the schemas too.
 *
 * Pure TypeScript: no Astro runtime, no file system. Checks that need the file system
 * or other entries (audio files exist, a place slug exists) live in `../check/`.
 */
export {
  dateSchema,
  isAudioPath,
  languageTagSchema,
  phoneSchema,
  slugPattern,
  timeSchema,
  weekdaySchema,
} from "./fields.ts";
export type { SchemaContext } from "./fields.ts";
export { closureSchema, scheduleRuleSchema } from "./schedule.ts";
export { contactSchema, hostSchema } from "./contact.ts";
export { helpNumberSchema, siteSchema } from "./site.ts";
export { initiativeSchema, maxCostEuros } from "./initiative.ts";
export { placeSchema } from "./place.ts";
export { translatableFields, translationSchema } from "./translation.ts";
