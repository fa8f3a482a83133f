/**
 * One way to say where, in the built site: for a listed place, online, by phone and
 * a street address, the entry page, the poster, the calendar's LOCATION and the CSV
 * say the same words (the place's name, street and postcode).
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { loadGuide } from "../../src/lib/content/validate.ts";
import { contentDir } from "../../src/lib/content/content-dir.ts";
import { whereLabelOf, whereLine } from "../../src/lib/guide/where.ts";
import { distFile, page } from "./dist.ts";

const guide = loadGuide(contentDir());
const { site } = guide;
const locale = site.defaultLocale;
const placeBySlug = new Map(guide.places.map((p) => [p.slug, p]));
const read = (route: string) => readFileSync(distFile(route), "utf8");
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

const csv = parseCsv(read("/data/initiatives.csv"), { bom: true, columns: true }) as Record<
  string,
  string
>[];

/** The first initiative of each kind of where the sample content has. */
const kinds = ["place", "online", "phone", "address"].map((kind) => {
  const initiative = guide.initiatives.find(
    (i) => whereLabelOf(i, placeBySlug, locale, locale).kind === kind,
  );
  if (!initiative) throw new Error(`the sample content has no initiative with where: ${kind}`);
  return [kind, initiative] as const;
});

describe.each(kinds)("where: %s", (kind, initiative) => {
  const label = whereLabelOf(initiative, placeBySlug, locale, locale);
  const line = whereLine(label);

  test("the entry page says the name, then a listed place's street and postcode", () => {
    const section = page(`/${locale}/initiatives/${initiative.slug}/`).querySelector(
      'section[aria-labelledby="where"]',
    );
    const fact = section?.querySelector("li");
    fact?.querySelectorAll(".sr-only").forEach((hidden) => hidden.remove());
    const text = squash(fact?.text ?? "");
    const directions = label.directions ? ` ${squash(label.directions.text)}` : "";
    expect(text).toBe(
      `${[label.name.text, label.address?.text].filter(Boolean).join(" ")}${directions}`,
    );
  });

  test("the poster says the same", () => {
    const doc = page(`/posters/${initiative.slug}/`);
    const fact = doc
      .querySelectorAll(".pe-fact")
      .find((li) => li.querySelector("strong")?.text === label.name.text);
    expect(fact, "a poster fact with the where name").toBeDefined();
    fact?.querySelectorAll(".sr-only, .pe-landmark").forEach((hidden) => hidden.remove());
    expect(squash(fact?.text ?? "")).toBe(line);
  });

  test("the calendar's LOCATION says the same", () => {
    const ics = read(`/calendar/${initiative.slug}.ics`).replace(/\r\n[ \t]/g, "");
    const location = /^LOCATION:(.*)\r$/m.exec(ics)?.[1]?.replace(/\\([,;\\])/g, "$1");
    expect(location).toBe(line);
  });

  test("the CSV says the same in its place, address and postcode columns", () => {
    const row = csv.find((r) => r["slug"] === initiative.slug)!;
    const cells = [row["place"], row["address"], row["postcode"]].map((c) => c?.replace(/^'/, ""));
    if (kind === "online" || kind === "phone") {
      // Online and by phone are the content's own keys, like every enumerated fact.
      expect(cells).toEqual([kind, "", ""]);
    } else {
      expect(cells.filter(Boolean).join(", ")).toBe(line);
    }
  });
});
