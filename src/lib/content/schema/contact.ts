/** Who runs an initiative (`hosts`) and how to reach them (`contact`). */
import { z } from "astro/zod";
import { hostRoles } from "../../facts.ts";
import { withHint } from "../error-map.ts";
import { addCustom, always, phoneSchema, text, type Loose } from "./fields.ts";

/** One of `hosts`: who you meet there, in what role. */
export function hostSchema() {
  return z.strictObject({
    /** Their role: peer-worker, volunteer, resident, social-worker, nurse, professional. */
    role: withHint(z.enum(hostRoles), `one of ${hostRoles.join(", ")}`, "peer-worker"),
    /** The organisation they come from (optional). */
    organisation: text("the name of the organisation", "Stichting Samen Verder").optional(),
  });
}

/** `contact`: how to reach someone for questions or a warm hand-over. */
export function contactSchema() {
  return z
    .strictObject({
      /** Phone number, in quotes. */
      phone: phoneSchema().optional(),
      /** The phone number also answers WhatsApp messages. */
      whatsapp: withHint(z.boolean(), "true or false", "true").optional(),
      /** Email address. */
      email: withHint(z.email(), "an email address", "info@example.org").optional(),
      /** Reachable in the evening or at the weekend. */
      afterHours: withHint(z.boolean(), "true or false", "true").optional(),
    })
    .superRefine((contact, ctx) => {
      const c = contact as Loose;
      if (c["whatsapp"] === true && c["phone"] === undefined) {
        addCustom(ctx, {
          code: "custom",
          path: ["whatsapp"],
          message: "whatsapp: true needs a phone number",
          params: {
            expected: "phone: the WhatsApp number",
            example: 'phone: "06 12345678"',
          },
        });
      }
    }, always);
}
