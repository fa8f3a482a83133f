/** Front matter of a translation file `<locale>.mdx`: text only, never facts (DESIGN.md "Facts once, text per language"). */
import { z } from "astro/zod";
import { msg } from "../../messages/index.ts";
import { text } from "./fields.ts";

/** Fields a translation file `<locale>.mdx` may have: text only, never facts. */
export const translatableFields = ["title", "summary", "directions"] as const;

/** Front matter of a translation file `<locale>.mdx`: text only. */
export function translationSchema() {
  return z.strictObject({
    /** The title in this language. */
    title: text(msg("hint.shortTitle"), "Coffee and a chat", 90),
    /** One or two short sentences in this language. */
    summary: text(msg("hint.shortSentences"), "Drink coffee and talk together."),
    /** The landmark in this language (optional). */
    directions: text(msg("hint.landmark"), "Next to the supermarket").optional(),
  });
}
