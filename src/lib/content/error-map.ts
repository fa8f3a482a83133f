/**
 * The one place where schema problems become volunteer language. Zod reports codes
 * such as `invalid_type` or `too_small`; `describeIssue()` turns each into a short
 * sentence plus what was expected and an example, using the hint a field schema
 * registered in `fieldHints` ("a time like "10:00"").
 *
 * `volunteerErrorMap` is the same logic as a Zod error map, for code that parses
 * with these schemas itself: `schema.safeParse(data, { error: volunteerErrorMap })`.
 * The content check uses `describeIssue()` directly so the expected value and the
 * example stay separate fields of a `Problem`.
 *
 * The parts are in `error-map/`: field hints (`hints.ts`), issues in words
 * (`describe.ts`), and finding a field's schema by its path (`schema-paths.ts`).
 */
import type { z } from "astro/zod";
import { describeIssue, friendlyText, type IssueLike } from "./error-map/describe.ts";
import { fieldHints, type FieldHint } from "./error-map/hints.ts";
import { unwrap } from "./error-map/schema-paths.ts";

export { describeIssue, describeValue, friendlyText } from "./error-map/describe.ts";
export type { FriendlyIssue, IssueLike } from "./error-map/describe.ts";
export { fieldHints, withHint } from "./error-map/hints.ts";
export type { FieldHint } from "./error-map/hints.ts";
export { fieldNamesAt, hintAt, schemaAt } from "./error-map/schema-paths.ts";

/**
 * The error map form of `describeIssue`, for `safeParse(data, { error: volunteerErrorMap })`.
 * Messages include the expectation: `"9:30" is not written the right way (expected a time…)`.
 */
export const volunteerErrorMap: z.core.$ZodErrorMap = (issue) => {
  const owner = (issue as { schema?: z.ZodType }).schema;
  let hint: FieldHint | undefined;
  if (owner) unwrap(owner, (s) => (hint ??= fieldHints.get(s)));
  return friendlyText(describeIssue(issue as unknown as IssueLike, hint));
};
