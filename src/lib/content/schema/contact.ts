/** Who runs an initiative (`hosts`) and how to reach them (`contact`). */
import { z } from "astro/zod";
import { hostRoles } from "../../facts.ts";
import { msg } from "../../messages/index.ts";
import { withHint } from "../error-map.ts";
import { addCustom, always, phoneSchema, text, type Loose } from "./fields.ts";

/** One of `hosts`: who you meet there, in what role. */
export function hostSchema() {
  return z.strictObject({
    /** Their role: peer-worker, volunteer, resident, social-worker, nurse, professional. */
    role: withHint(
      z.enum(hostRoles),
      msg("hint.role", { roles: hostRoles.join(", ") }),
      "peer-worker",
    ),
    /** The organisation they come from (optional). */
    organisation: text(msg("hint.organisation"), "Stichting Samen Verder").optional(),
  });
}

/** `contact`: how to reach someone for questions or a warm hand-over. */
export function contactSchema() {
  return z
    .strictObject({
      /** Phone number, in quotes. */
      phone: phoneSchema().optional(),
      /** The phone number also answers WhatsApp messages. */
      whatsapp: withHint(z.boolean(), msg("hint.trueFalse"), "true").optional(),
      /** Email address. */
      email: withHint(z.email(), msg("hint.email"), "info@example.org").optional(),
      /** Reachable in the evening or at the weekend. */
      afterHours: withHint(z.boolean(), msg("hint.trueFalse"), "true").optional(),
    })
    .superRefine((contact, ctx) => {
      const c = contact as Loose;
      if (c["whatsapp"] === true && c["phone"] === undefined) {
        addCustom(ctx, {
          code: "custom",
          path: ["whatsapp"],
          message: msg("contact.whatsappNeedsPhone"),
          params: {
            expected: msg("contact.whatsappNeedsPhone.expected"),
            example: 'phone: "06 12345678"',
          },
        });
      }
    }, always);
}
