/**
 * CONTRIBUTING.md and CONTRIBUTING.nl.md: every template a volunteer copies passes
 * the content check, and the field tables name every field of the content contract
 * (src/lib/content/schema/), so the docs cannot fall behind the schema unnoticed.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { fieldNamesAt } from "../../src/lib/content/error-map.ts";
import { initiativeSchema, translationSchema } from "../../src/lib/content/schema/index.ts";
import { hostRoles, initiativeTypes, needs, weekdays } from "../../src/lib/facts.ts";
import { check, repoRoot, tempContent } from "./content/helpers.ts";

const docs = ["CONTRIBUTING.md", "CONTRIBUTING.nl.md"];

interface Template {
  file: string;
  text: string;
}

/** Code blocks written as ```mdx title="content/…" … ```. */
function templatesOf(markdown: string): Template[] {
  return [...markdown.matchAll(/^```mdx title="([^"]+)"\n([\s\S]*?)^```$/gm)].map((m) => ({
    file: m[1]!,
    text: m[2]!,
  }));
}

const read = (doc: string) => fs.readFileSync(path.join(repoRoot, doc), "utf8");

describe.each(docs)("%s", (doc) => {
  const markdown = read(doc);
  const templates = templatesOf(markdown);

  test("has a template per type and a translation", () => {
    const types = templates
      .map((t) => /^type: (\w+)$/m.exec(t.text)?.[1])
      .filter((type): type is string => type !== undefined);
    expect(types.sort()).toEqual([...initiativeTypes].sort());
    expect(templates.some((t) => /\/(en|ar|tr|pl|uk)\.mdx$/.test(t.file))).toBe(true);
    for (const t of templates) expect(t.file).toMatch(/^content\/initiatives\/[a-z0-9-]+\//);
  });

  test("every template, written into a copy of the example content, passes the check", () => {
    const edits = Object.fromEntries(
      templates.map((t) => [t.file.replace(/^content\//, ""), t.text]),
    );
    const dir = tempContent(edits);
    const result = check(dir);
    expect(result.problems).toEqual([]);
    const slugs = result.guide?.initiatives.map((i) => i.slug) ?? [];
    for (const t of templates) {
      const slug = t.file.split("/")[2]!;
      expect(slugs, t.file).toContain(slug);
    }
    const translated = templates.find((t) => !t.file.endsWith("/index.mdx"))!;
    const [, , slug, file] = translated.file.split("/");
    const locale = file!.replace(/\.mdx$/, "");
    expect(result.guide?.initiatives.find((i) => i.slug === slug)?.text[locale]).toBeDefined();
  });

  test("the templates are the same in both languages of the docs", () => {
    expect(templatesOf(read(docs[0]!))).toEqual(templates);
  });

  test("the field table names every field of an initiative", () => {
    const schema = initiativeSchema({ today: "2026-11-25", locales: ["nl"] });
    const fields = [
      ...fieldNamesAt(schema, []),
      ...fieldNamesAt(schema, ["schedule", 0]),
      ...fieldNamesAt(schema, ["closed", 0]),
      ...fieldNamesAt(schema, ["hosts", 0]),
      ...fieldNamesAt(schema, ["contact"]),
      ...fieldNamesAt(translationSchema(), []),
    ];
    expect(fields.length).toBeGreaterThan(30);
    // Written as `field`, `field: value` or `- field: value` in the tables.
    const named = (field: string) => new RegExp(`\`(- )?${field}(:[^\`]*)?\``).test(markdown);
    const missing = fields.filter((field) => !named(field));
    expect(missing).toEqual([]);
  });

  test("every enumerated value is spelled out", () => {
    const values = [...initiativeTypes, ...needs, ...hostRoles, ...weekdays];
    expect(values.filter((value) => !markdown.includes(`\`${value}\``))).toEqual([]);
  });

  test("it says how to add a translation and an audio recording, and what happens next", () => {
    expect(markdown).toContain("audio: { nl: ./nl.opus }");
    expect(markdown).toContain("Add file");
    expect(markdown).toContain("Create new file");
    expect(markdown).toContain("Create pull request");
    expect(markdown).toContain("preview-site");
  });
});

test("a broken template would be caught", () => {
  const [template] = templatesOf(read("CONTRIBUTING.md"));
  const broken = template!.text.replace(/from: "19:30"/, 'from: "7.30pm"');
  expect(broken).not.toBe(template!.text);
  const dir = tempContent({ [template!.file.replace(/^content\//, "")]: broken });
  expect(check(dir).problems.map((p) => p.field)).toContain("schedule.0.from");
});
