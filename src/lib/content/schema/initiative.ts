/**
 * Front matter of `initiatives/<slug>/index.mdx`: an initiative's facts and its text
 * in the default language. Checks that need the file system or other entries (the
 * sound files exist, the place exists) are in `../check/entry.ts`.
 */
import { z } from "astro/zod";
import { initiativeTypes, needs } from "../../facts.ts";
import { msg } from "../../messages/index.ts";
import { withHint } from "../error-map.ts";
import { contactSchema, hostSchema } from "./contact.ts";
import {
  addCustom,
  always,
  entryTextFields,
  isAudioPath,
  languageTagSchema,
  normalizeAudioPath,
  pastDateSchema,
  slugPattern,
  noDuplicates,
  text,
  type Loose,
  type SchemaContext,
} from "./fields.ts";
import { closureSchema, scheduleRuleSchema } from "./schedule.ts";

/** The highest price the guide shows; a typo like 2500 instead of 2.50 is caught. */
export const maxCostEuros = 500;

/** Front matter of `initiatives/<slug>/index.mdx`: an initiative's facts and default text. */
export function initiativeSchema(context: SchemaContext) {
  const locales = context.locales;
  return z
    .strictObject({
      /** `group` (self-help or peer group), `activity`, or `dropin` (peer-worker drop-in hours). */
      type: withHint(
        z.enum(initiativeTypes),
        msg("hint.type", { types: initiativeTypes.join(", ") }),
        "activity",
      ),
      ...entryTextFields(),
      /** Browse-by-need keys, at least one. */
      needs: withHint(
        z
          .array(
            withHint(z.enum(needs), msg("hint.need", { needs: needs.join(", ") }), "[meet, talk]"),
          )
          .min(1)
          .superRefine(noDuplicates("need")),
        msg("hint.needs", { needs: needs.join(", ") }),
        "[meet, talk]",
      ),
      /** Folder name of the place where it happens, or `online` / `phone`; leave out when `address` is given. */
      place: withHint(
        z.string().regex(slugPattern),
        msg("hint.place"),
        "buurthuis-de-linde",
      ).optional(),
      /** Street address when it is not at a listed place. */
      address: text(msg("hint.streetAddress"), "Kerkstraat 5, Rivierwijk").optional(),
      /** How to find it, e.g. a landmark, in the default language (optional). */
      directions: text(msg("hint.landmark"), "Next to the supermarket").optional(),
      /** When it happens: one or more weekly rules. */
      schedule: withHint(
        z.array(scheduleRuleSchema()).min(1),
        msg("hint.schedule"),
        '[{ days: [tu], from: "10:00", to: "12:00" }]',
      ),
      /** Days or periods it does not happen (optional). */
      closed: withHint(
        z.array(closureSchema()),
        msg("hint.closed"),
        "[{ on: 2026-12-24 }]",
      ).default([]),
      /** `free`, or the amount in euros. */
      cost: withHint(
        z.union([z.literal("free"), z.number().min(0).max(maxCostEuros)]),
        msg("hint.cost", { max: maxCostEuros }),
        "free",
      ),
      /** Languages spoken there (BCP-47 codes), at least one. */
      languages: withHint(
        z.array(languageTagSchema()).min(1).superRefine(noDuplicates("language")),
        msg("hint.languageTags"),
        "[nl, ar, tr]",
      ),
      /** Only women (and girls) come; shown with its own icon and filter. */
      womenOnly: withHint(z.boolean(), msg("hint.trueFalse"), "true").default(false),
      /** Just walk in: no appointment or sign-up needed. */
      walkIn: withHint(z.boolean(), msg("hint.trueFalse"), "true").default(false),
      /** You may bring someone along. */
      bringSomeone: withHint(z.boolean(), msg("hint.trueFalse"), "true").default(false),
      /** Children are welcome, or there is something for them. */
      children: withHint(z.boolean(), msg("hint.trueFalse"), "true").default(false),
      /** Reachable and usable in a wheelchair. */
      wheelchair: withHint(z.boolean(), msg("hint.trueFalse"), "true").default(false),
      /** Who you meet there, honestly named: at least one. */
      hosts: withHint(
        z.array(hostSchema()).min(1),
        msg("hint.hosts"),
        "[{ role: volunteer, organisation: Bewonersgroep Rivierwijk }]",
      ),
      /** How to reach someone for questions or a warm hand-over (optional). */
      contact: contactSchema().default({}),
      /** The day a person last checked these facts; not in the future. */
      lastVerified: pastDateSchema(context.today),
      /** Human recordings per language: `ar: ./ar.opus` (a file in this folder; checked as `ar.opus`). */
      audio: withHint(
        z
          .record(
            z.string(),
            withHint(
              z
                .string()
                .superRefine((value, ctx) => {
                  if (!isAudioPath(value))
                    addCustom(ctx, { message: msg("audio.notSoundFile"), input: value });
                })
                .transform(normalizeAudioPath),
              msg("hint.audioFile"),
              "./ar.opus",
            ),
          )
          .superRefine((audio, ctx) => {
            for (const key of Object.keys(audio)) {
              if (!locales.includes(key)) {
                addCustom(ctx, {
                  code: "custom",
                  path: [key],
                  message: msg("audio.notSiteLanguage", { key, list: locales.join(", ") }),
                  params: { expected: msg("hint.oneOf", { list: locales.join(", ") }) },
                });
              }
            }
          }),
        msg("hint.audio"),
        "{ ar: ./ar.opus }",
      ).default({}),
    })
    .superRefine((initiative, ctx) => {
      // Runs even when the input is not an object (`always`): nothing to compare then.
      if (!initiative || typeof initiative !== "object") return;
      const i = initiative as Loose;
      const hasPlace = i["place"] !== undefined;
      const hasAddress = i["address"] !== undefined;
      if (hasPlace && hasAddress) {
        addCustom(ctx, {
          code: "custom",
          path: ["address"],
          message: msg("where.both"),
          params: { expected: msg("where.both.expected") },
        });
      } else if (!hasPlace && !hasAddress) {
        addCustom(ctx, {
          code: "custom",
          path: ["place"],
          message: msg("where.none"),
          params: { expected: msg("where.none.expected"), example: "place: buurthuis-de-linde" },
        });
      }
    }, always);
}
