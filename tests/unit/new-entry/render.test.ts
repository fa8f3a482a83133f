/** Answers → index.mdx: the file reads back as the answers and passes the content check. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseFrontMatterFile } from "../../../src/lib/content/frontmatter.ts";
import type { NewEntryAnswers } from "../../../src/lib/new-entry/model.ts";
import { planNewEntry } from "../../../src/lib/new-entry/plan.ts";
import { renderEntry, yamlText } from "../../../src/lib/new-entry/render.ts";
import { check, tempContent } from "../content/helpers.ts";

const answers: NewEntryAnswers = {
  type: "group",
  title: "Praten: over geld",
  summary: "Samen praten over geld. Kom gewoon langs.",
  place: "de-brug",
  needs: ["money", "talk"],
  times: [
    { days: ["mo", "we"], from: "19:00", to: "21:00" },
    { days: ["sa"], from: "10:00", to: "11:30" },
  ],
  cost: 2.5,
  languages: ["nl", "ar"],
  phone: "06 12345678",
  womenOnly: true,
  walkIn: true,
  bringSomeone: false,
  children: false,
  wheelchair: true,
  hosts: [{ role: "peer-worker", organisation: "Stichting #1, Samen" }],
  body: "Je mag ook alleen luisteren.",
};

describe("yamlText", () => {
  test.each([
    "Breiclub",
    "Praten: over geld",
    "true",
    "12",
    "2026-01-01",
    "- lijst",
    "Stichting #1",
    'Zeg "hallo"',
    "[niet] een lijst",
    "Koffie ",
    "Café & thee",
  ])("%j reads back as the same text", (value) => {
    const parsed = parseFrontMatterFile(`---\nx: ${yamlText(value)}\n---\n`);
    expect(parsed.issues).toEqual([]);
    expect((parsed.data as { x: unknown }).x).toBe(value);
  });

  test("plain words stay without quotes, so the file looks like the templates", () => {
    expect(yamlText("Koffie en praten")).toBe("Koffie en praten");
    expect(yamlText("Praten: over geld")).toBe('"Praten: over geld"');
  });
});

describe("renderEntry", () => {
  test("writes every answer as the field the content contract names", () => {
    const text = renderEntry(answers, "2026-11-25");
    const data = parseFrontMatterFile(text).data as Record<string, unknown>;
    expect(data).toEqual({
      type: "group",
      title: "Praten: over geld",
      summary: "Samen praten over geld. Kom gewoon langs.",
      needs: ["money", "talk"],
      place: "de-brug",
      schedule: [
        { days: ["mo", "we"], from: "19:00", to: "21:00" },
        { days: ["sa"], from: "10:00", to: "11:30" },
      ],
      cost: 2.5,
      languages: ["nl", "ar"],
      womenOnly: true,
      walkIn: true,
      bringSomeone: false,
      children: false,
      wheelchair: true,
      hosts: [{ role: "peer-worker", organisation: "Stichting #1, Samen" }],
      contact: { phone: "06 12345678" },
      lastVerified: "2026-11-25",
    });
    expect(text).toContain('    from: "19:00"\n');
    expect(text).toContain("cost: 2.50\n");
    expect(text.endsWith("---\n\nJe mag ook alleen luisteren.\n")).toBe(true);
  });

  test("an address instead of a place, no phone, no body", () => {
    const { place: _place, phone: _phone, body: _body, ...rest } = answers;
    const text = renderEntry(
      { ...rest, address: "Parkweg 3, Lindenhof", cost: "free" },
      "2026-11-25",
    );
    const data = parseFrontMatterFile(text).data as Record<string, unknown>;
    expect(data["address"]).toBe("Parkweg 3, Lindenhof");
    expect(data).not.toHaveProperty("place");
    expect(data).not.toHaveProperty("contact");
    expect(data["cost"]).toBe("free");
    expect(text.endsWith("---\n")).toBe(true);
  });
});

describe("renderEntry is made by a YAML serializer", () => {
  const injection = "nl\nwomenOnly: true\n---\n{import('node:fs')}";

  test("a text can never become a field, a list or the end of the front matter", () => {
    // Even unchecked answers (checkAnswers refuses these first) stay the texts they are.
    const nasty = {
      ...answers,
      title: "Koffie\n---\n{import('node:fs')}",
      summary: "a: b\nwomenOnly: true",
      languages: [injection, "ar"],
      hosts: [{ role: "peer-worker" as const, organisation: "]\n- role: nurse" }],
    };
    const text = renderEntry(nasty, "2026-11-25");
    const parsed = parseFrontMatterFile(text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.body.trim()).toBe("Je mag ook alleen luisteren.");
    expect(parsed.data).toMatchObject({
      title: nasty.title,
      summary: nasty.summary,
      languages: [injection, "ar"],
      womenOnly: true,
      hosts: [{ role: "peer-worker", organisation: "]\n- role: nurse" }],
    });
    expect(text).toContain(`  - ${JSON.stringify(injection)}\n`);
    expect(text.split("\n").filter((line) => line === "---")).toHaveLength(2);
  });

  test("texts an older YAML reader would take for something else are quoted", () => {
    const text = renderEntry(
      {
        ...answers,
        languages: ["nl", "no"],
        hosts: [{ role: "volunteer", organisation: "yes" }],
        title: "2026-01-01",
      },
      "2026-11-25",
    );
    expect(text).toContain('languages: [nl, "no"]\n');
    expect(text).toContain('    organisation: "yes"\n');
    expect(text).toContain('title: "2026-01-01"\n');
    expect(text).toContain("lastVerified: 2026-11-25\n");
  });
});

describe("planNewEntry", () => {
  const context = {
    existingSlugs: ["koffie-en-praten"],
    today: "2026-11-25",
    locales: ["nl", "en"],
  };

  test("a planned entry written into a content folder passes the content check", () => {
    const plan = planNewEntry(answers, context);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.slug).toBe("praten-over-geld");
    expect(plan.file).toBe("initiatives/praten-over-geld/index.mdx");
    const dir = tempContent({ [plan.file]: plan.text });
    const result = check(dir);
    expect(result.problems).toEqual([]);
    expect(result.guide?.initiatives.map((i) => i.slug)).toContain("praten-over-geld");
    expect(fs.readFileSync(path.join(dir, plan.file), "utf8")).toBe(plan.text);
  });

  test("refuses a title whose folder exists", () => {
    const plan = planNewEntry({ ...answers, title: "Koffie en praten" }, context);
    expect(plan).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          field: "title",
          message: expect.stringContaining("initiatives/koffie-en-praten/ exists already"),
        }),
      ],
    });
  });

  test("refuses answers the content contract does not allow", () => {
    const plan = planNewEntry({ ...answers, needs: [], times: [] }, context);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    const fields = plan.problems.map((problem) => problem.field).join("\n");
    expect(fields).toMatch(/needs/);
    expect(fields).toMatch(/schedule/);
  });
});
