/** Front matter of a translation file `<locale>.mdx`: text only, never facts (DESIGN.md "Facts once, text per language"). */
import { z } from "astro/zod";
import { text } from "./fields.ts";

/** Fields a translation file `<locale>.mdx` may have: text only, never facts. */
export const translatableFields = ["title", "summary", "directions"] as const;

/** Front matter of a translation file `<locale>.mdx`: text only. */
export function translationSchema() {
  return z.strictObject({
    /** The title in this language. */
    title: text("a short title", "Coffee and a chat", 90),
    /** One or two short sentences in this language. */
    summary: text("one or two short sentences", "Drink coffee and talk together."),
    /** The landmark in this language (optional). */
    directions: text("a landmark", "Next to the supermarket").optional(),
  });
}
