/**
 * Hints: what a field expects, in words, with an example. Field schemas register
 * theirs with `withHint`; the messages read them back (`hintAt` in `schema-paths.ts`).
 */
import { z } from "astro/zod";

/** What a field expects, in words, and an example as it is written in the file. */
export interface FieldHint {
  /** e.g. `a time like "10:00" (24-hour clock)` */
  expected: string;
  /** e.g. `"19:30"` */
  example?: string;
}
/** Field schemas register their hint here (see `withHint`). */
export const fieldHints = z.registry<FieldHint>();

/**
 * Registers a hint for `schema` and returns it. Call it last (after checks such as
 * `.min()` or `.superRefine()`, which make a new schema), before `.optional()`.
 */
export function withHint<T extends z.ZodType>(schema: T, expected: string, example?: string): T {
  const meta: FieldHint = example === undefined ? { expected } : { expected, example };
  (schema as z.ZodType).register(fieldHints, meta);
  return schema;
}
