/** The JSON export: every fact and every text per locale, no content file paths. */
import { expect, test } from "vitest";
import { initiativesJson, initiativesJsonText } from "../../../src/lib/export/initiatives-json.ts";
import { context, initiatives, places, trickySummary } from "./sample.ts";

const data = JSON.parse(initiativesJsonText(context())) as ReturnType<typeof initiativesJson>;

test("lists every initiative and place once, by slug", () => {
  expect(data.initiatives.map((i) => i.slug)).toEqual(initiatives.map((i) => i.slug).sort());
  expect(data.places.map((p) => p.slug)).toEqual(places.map((p) => p.slug).sort());
});

test("keeps every fact as written, with the RRULE of each rule", () => {
  const evening = data.initiatives.find((i) => i.slug === "avondgesprek")!;
  const source = initiatives.find((i) => i.slug === "avondgesprek")!;
  for (const key of ["type", "needs", "place", "cost", "languages", "hosts", "contact"] as const) {
    expect(evening[key]).toEqual(source[key]);
  }
  expect(evening.schedule[1]).toMatchObject({
    every: 2,
    starting: "2026-09-07",
    rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=MO",
  });
  expect(data.initiatives.find((i) => i.slug === "vrouwencirkel")?.womenOnly).toBe(true);
  expect(data.initiatives.find((i) => i.slug === "zwemmen")?.address).toContain("Badweg 2");
});

test("has the texts of every locale, and links to each locale's page", () => {
  const coffee = data.initiatives.find((i) => i.slug === "koffieochtend")!;
  expect(Object.keys(coffee.text)).toEqual(["en", "nl"]);
  expect(coffee.text["nl"]?.["summary"]).toBe(trickySummary);
  expect(coffee.text["en"]?.["title"]).toBe("Coffee morning");
  expect(coffee.pages["ar"]).toBe("https://gids.example.org/ar/initiatives/koffieochtend/");
  expect(JSON.stringify(data)).not.toContain("x/nl.mdx");
  expect(data.places[0]?.text["nl"]?.["directions"]).toBe("Naast de bakker.");
});
