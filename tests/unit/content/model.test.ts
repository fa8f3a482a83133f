/**
 * The checked model comes from the content schemas: its types are the schemas'
 * outputs (checked by the type checker), and a loaded entry's values are what the
 * schemas and the final mapping (`initiativeOf`, `placeOf`) make of the files.
 */
import type { z } from "astro/zod";
import { describe, expect, expectTypeOf, test } from "vitest";
import type {
  Closure,
  Contact,
  EntryText,
  Host,
  Initiative,
  Place,
  ScheduleRule,
  SiteConfig,
} from "../../../src/lib/content/model.ts";
import type {
  closureSchema,
  contactSchema,
  hostSchema,
  initiativeSchema,
  scheduleRuleSchema,
  siteSchema,
} from "../../../src/lib/content/schema/index.ts";
import { loadGuide } from "../../../src/lib/content/validate.ts";
import { goodFixture, koffie, replace, tempContent, today } from "./helpers.ts";

describe("types", () => {
  test("each model type is the output of its schema", () => {
    expectTypeOf<Closure>().toEqualTypeOf<z.output<ReturnType<typeof closureSchema>>>();
    expectTypeOf<ScheduleRule>().toEqualTypeOf<z.output<ReturnType<typeof scheduleRuleSchema>>>();
    expectTypeOf<Host>().toEqualTypeOf<z.output<ReturnType<typeof hostSchema>>>();
    expectTypeOf<Contact>().toEqualTypeOf<z.output<ReturnType<typeof contactSchema>>>();
    expectTypeOf<SiteConfig>().toEqualTypeOf<z.output<ReturnType<typeof siteSchema>>>();
    type Facts = z.output<ReturnType<typeof initiativeSchema>>;
    expectTypeOf<Initiative["cost"]>().toEqualTypeOf<Facts["cost"]>();
    expectTypeOf<Initiative["closed"]>().toEqualTypeOf<Facts["closed"]>();
    expectTypeOf<Initiative["hosts"]>().toEqualTypeOf<Facts["hosts"]>();
  });

  test("a closure is a day or a period, never a mix", () => {
    expectTypeOf<Extract<Closure, { on: string }>>().not.toHaveProperty("from");
    expectTypeOf<Extract<Closure, { from: string }>>().toHaveProperty("until").toBeString();
    expectTypeOf<Extract<Closure, { from: string }>>().not.toHaveProperty("on");
  });

  test("defaults are filled in: the checked model has no optional flags or lists", () => {
    expectTypeOf<Initiative["womenOnly"]>().toEqualTypeOf<boolean>();
    expectTypeOf<Initiative["closed"]>().toBeArray();
    expectTypeOf<Place["openingHours"]>().toEqualTypeOf<ScheduleRule[]>();
    expectTypeOf<SiteConfig["posterLanguages"]>().toEqualTypeOf<string[]>();
    expectTypeOf<SiteConfig["quickExit"]>().toEqualTypeOf<{ enabled: boolean; url: string }>();
  });

  test("text fields live in `text`, per locale, not among the facts", () => {
    expectTypeOf<Initiative>().not.toHaveProperty("title");
    expectTypeOf<Initiative>().not.toHaveProperty("directions");
    expectTypeOf<Initiative["text"]>().toEqualTypeOf<Record<string, EntryText>>();
    expectTypeOf<EntryText>().toHaveProperty("html").toBeString();
  });
});

describe("values", () => {
  test("a closure with on has no from; a period has from and until", () => {
    const dir = tempContent({
      [koffie]: replace(
        "closed:\n  - from: 2026-12-21\n    until: 2027-01-03\n    note: Kerstvakantie\n",
        "closed:\n  - on: 2026-12-24\n  - until: 2027-01-03\n    from: 2026-12-21\n    note: Kerstvakantie\n",
      ),
    });
    const koffieEnPraten = loadGuide(dir, { today }).initiatives.find(
      (i) => i.slug === "koffie-en-praten",
    );
    expect(koffieEnPraten?.closed).toStrictEqual([
      { on: "2026-12-24" },
      { from: "2026-12-21", until: "2027-01-03", note: "Kerstvakantie" },
    ]);
  });

  test("audio paths are resolved against the content folder; defaults are filled in", () => {
    const guide = loadGuide(goodFixture, { today });
    const samenEten = guide.initiatives.find((i) => i.slug === "samen-eten");
    expect(samenEten).toMatchObject({
      kind: "initiative",
      slug: "samen-eten",
      audio: { ar: "initiatives/samen-eten/ar.opus" },
    });
    expect(samenEten).not.toHaveProperty("title");
    expect(samenEten?.text["nl"]?.file).toBe("initiatives/samen-eten/index.mdx");
    expect(samenEten?.text["ar"]?.file).toBe("initiatives/samen-eten/ar.mdx");
    expect(guide.site.posterLanguages.length).toBeGreaterThan(0);
    expect(guide.site.quickExit.enabled).toBe(true);
    for (const initiative of guide.initiatives) {
      expect(typeof initiative.womenOnly).toBe("boolean");
      expect(Array.isArray(initiative.closed)).toBe(true);
    }
  });
});
