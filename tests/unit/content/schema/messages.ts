/** Shared by the schema tests: a schema context and the messages of a parse with the volunteer error map. */
import type { z } from "astro/zod";
import { volunteerErrorMap } from "../../../../src/lib/content/error-map.ts";

/** Today and the site's languages, as the check passes them to the schemas. */
export const context = { today: "2026-11-25", locales: ["nl", "en", "ar"] };

/** `path: message` of every issue, as a volunteer would read it. */
export const messages = (schema: z.ZodType, data: unknown) => {
  const result = schema.safeParse(data, { error: volunteerErrorMap });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};
