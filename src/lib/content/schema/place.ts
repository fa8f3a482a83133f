/** Front matter of `places/<slug>/index.mdx`: a meeting place's facts and its default-language text. */
import { z } from "astro/zod";
import { msg } from "../../messages/index.ts";
import { withHint } from "../error-map.ts";
import { entryTextFields, pastDateSchema, text, type SchemaContext } from "./fields.ts";
import { closureSchema, scheduleRuleSchema } from "./schedule.ts";

/** Front matter of `places/<slug>/index.mdx`: a meeting place's facts and default text. */
export function placeSchema(context: SchemaContext) {
  return z.strictObject({
    ...entryTextFields(),
    /** Street and number. */
    address: text(msg("hint.streetAndNumber"), "Maasstraat 12"),
    /** Postcode, e.g. `6041 AB`. */
    postcode: text(msg("hint.postcode"), "6041 AB", 20),
    /** Position for the map link (optional). */
    geo: withHint(
      z.strictObject({
        /** Latitude in degrees, -90..90. */
        lat: withHint(z.number().min(-90).max(90), msg("hint.lat"), "51.1913"),
        /** Longitude in degrees, -180..180. */
        lon: withHint(z.number().min(-180).max(180), msg("hint.lon"), "5.9876"),
      }),
      msg("hint.geo"),
      "{ lat: 51.1913, lon: 5.9876 }",
    ).optional(),
    /** A landmark that helps find the door, in the default language (optional). */
    directions: text(msg("hint.landmark"), "Naast de supermarkt").optional(),
    /** When it is open: weekly rules like `schedule` (optional). */
    openingHours: withHint(
      z.array(scheduleRuleSchema()),
      msg("hint.schedule"),
      '[{ days: [mo, tu], from: "09:00", to: "17:00" }]',
    ).default([]),
    /** Days or periods it is closed (optional). */
    closed: withHint(z.array(closureSchema()), msg("hint.closed"), "[{ on: 2026-12-25 }]").default(
      [],
    ),
    /** Reachable and usable in a wheelchair. */
    wheelchair: withHint(z.boolean(), msg("hint.trueFalse"), "true").default(false),
    /** The day a person last checked these facts; not in the future. */
    lastVerified: pastDateSchema(context.today),
  });
}
