/**
 * Front matter of `initiatives/<slug>/index.mdx`: an initiative's facts and its text
 * in the default language. Checks that need the file system or other entries (the
 * sound files exist, the place exists) are in `../check/entry.ts`.
 */
import { z } from "astro/zod";
import { initiativeTypes, needs, remotePlaces } from "../../facts.ts";
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
      type: withHint(z.enum(initiativeTypes), `one of ${initiativeTypes.join(", ")}`, "activity"),
      ...entryTextFields(),
      /** Browse-by-need keys, at least one. */
      needs: withHint(
        z
          .array(withHint(z.enum(needs), `one of ${needs.join(", ")}`, "[meet, talk]"))
          .min(1)
          .superRefine(noDuplicates("need")),
        `a list of needs: ${needs.join(", ")}`,
        "[meet, talk]",
      ),
      /** Folder name of the place where it happens, or `online` / `phone`; leave out when `address` is given. */
      place: withHint(
        z.string().regex(slugPattern),
        `the folder name of a place in places/ (like de-brug), or ${remotePlaces.join(" or ")}`,
        "de-brug",
      ).optional(),
      /** Street address when it is not at a listed place. */
      address: text("a street address", "Kerkstraat 5, Rivierwijk").optional(),
      /** How to find it, e.g. a landmark, in the default language (optional). */
      directions: text("a landmark", "Next to the supermarket").optional(),
      /** When it happens: one or more weekly rules. */
      schedule: withHint(
        z.array(scheduleRuleSchema()).min(1),
        "a list of rules, each with days, from and to",
        '[{ days: [tu], from: "10:00", to: "12:00" }]',
      ),
      /** Days or periods it does not happen (optional). */
      closed: withHint(
        z.array(closureSchema()),
        "a list of closed days, each with on, or from and until",
        "[{ on: 2026-12-24 }]",
      ).default([]),
      /** `free`, or the amount in euros. */
      cost: withHint(
        z.union([z.literal("free"), z.number().min(0).max(maxCostEuros)]),
        `free, or an amount in euros like 2.50 (at most ${maxCostEuros})`,
        "free",
      ),
      /** Languages spoken there (BCP-47 codes), at least one. */
      languages: withHint(
        z.array(languageTagSchema()).min(1).superRefine(noDuplicates("language")),
        "a list of language codes",
        "[nl, ar, tr]",
      ),
      /** Only women (and girls) come; shown with its own icon and filter. */
      womenOnly: withHint(z.boolean(), "true or false", "true").default(false),
      /** Just walk in: no appointment or sign-up needed. */
      walkIn: withHint(z.boolean(), "true or false", "true").default(false),
      /** You may bring someone along. */
      bringSomeone: withHint(z.boolean(), "true or false", "true").default(false),
      /** Children are welcome, or there is something for them. */
      children: withHint(z.boolean(), "true or false", "true").default(false),
      /** Reachable and usable in a wheelchair. */
      wheelchair: withHint(z.boolean(), "true or false", "true").default(false),
      /** Who you meet there, honestly named: at least one. */
      hosts: withHint(
        z.array(hostSchema()).min(1),
        "a list of hosts, each with role (and organisation)",
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
                .refine(isAudioPath, {
                  error: "is not the name of a sound file in this folder",
                })
                .transform(normalizeAudioPath),
              "the name of a sound file in this folder, like ./ar.opus",
              "./ar.opus",
            ),
          )
          .superRefine((audio, ctx) => {
            for (const key of Object.keys(audio)) {
              if (!locales.includes(key)) {
                addCustom(ctx, {
                  code: "custom",
                  path: [key],
                  message: `"${key}" is not one of the site's languages (${locales.join(", ")})`,
                  params: { expected: `one of ${locales.join(", ")}` },
                });
              }
            }
          }),
        "a sound file per language",
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
          message: "give place or address, not both",
          params: {
            expected: "place (a listed place) or address (somewhere else)",
          },
        });
      } else if (!hasPlace && !hasAddress) {
        addCustom(ctx, {
          code: "custom",
          path: ["place"],
          message:
            "does not say where: add place (a folder in places/, or online or phone) or address",
          params: { expected: "place or address", example: "place: de-brug" },
        });
      }
    }, always);
}
