/**
 * Hints: what a field expects, in words, with an example. Field schemas register
 * theirs with `withHint`; the messages read them back (`hintAt` in `schema-paths.ts`).
 */
import { z } from "astro/zod";
import { say, type Msg } from "../../messages/index.ts";

/** What a field expects, in words, and an example as it is written in the file. */
export interface FieldHint {
  /** e.g. `a time like "10:00" (24-hour clock)` (English; `said` has every language) */
  expected: string;
  /** e.g. `"19:30"` */
  example?: string;
  /** The same as messages: `expected` said in any language, `example` as written (or a message). */
  said: { expected: Msg; example?: Msg | string };
}
/** Field schemas register their hint here (see `withHint`). */
export const fieldHints = z.registry<FieldHint>();

/**
 * Registers a hint for `schema` and returns it. Call it last (after checks such as
 * `.min()` or `.superRefine()`, which make a new schema), before `.optional()`.
 * `expected` is a message (`msg("hint.time")`); `example` a value as it is written in
 * the file (`'"19:30"'`), the same in every language, or a message.
 */
export function withHint<T extends z.ZodType>(schema: T, expected: Msg, example?: Msg | string): T {
  const meta: FieldHint =
    example === undefined
      ? { expected: say(expected), said: { expected } }
      : { expected: say(expected), example: say(example), said: { expected, example } };
  (schema as z.ZodType).register(fieldHints, meta);
  return schema;
}
