/**
 * CONTRIBUTING.md and CONTRIBUTING.nl.md: every template a volunteer copies passes
 * the content check in a copy of the repository's own content/, every place they name
 * is a place in content/places/, the three ways to add an entry come easiest first
 * (the issue form, the web editor, the terminal), and the field tables name every
 * field of the content contract (src/lib/content/schema/), so the docs cannot fall
 * behind unnoticed.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { fieldNamesAt } from "../../src/lib/content/error-map.ts";
import { initiativeSchema, translationSchema } from "../../src/lib/content/schema/index.ts";
import { hostRoles, initiativeTypes, needs, weekdays } from "../../src/lib/facts.ts";
import { check, repoRoot, tempContent } from "./content/helpers.ts";

/** The repository's own content: the places the docs may name. */
const contentBase = path.join(repoRoot, "content");
const folders = (dir: string) =>
  fs
    .readdirSync(path.join(contentBase, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
const places = folders("places");
const initiatives = folders("initiatives");

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

  test("every template, written into a copy of content/, passes the check", () => {
    const edits = Object.fromEntries(
      templates.map((t) => [t.file.replace(/^content\//, ""), t.text]),
    );
    for (const t of templates) {
      // A new entry: its folder is not in content/ yet.
      expect(initiatives, t.file).not.toContain(t.file.split("/")[2]);
    }
    const dir = tempContent(edits, contentBase);
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

  test("every place it names is a place in content/places/", () => {
    const named = templates.flatMap((t) =>
      [...t.text.matchAll(/^place: (\S+)$/gm)].map((m) => m[1]!),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const place of named) expect([...places, "online", "phone"]).toContain(place);
    // Folder names in the text (`buurthuis-de-linde`): a place, an entry, or a template's.
    const known = new Set([
      ...places,
      ...initiatives,
      ...templates.map((t) => t.file.split("/")[2]!),
      ...hostRoles,
      "preview-site",
      "koffie-op-dinsdag",
    ]);
    const slugs = [...markdown.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)+)`/g)]
      .map((m) => m[1]!)
      .filter((slug) => !/^\d{4}-\d{2}-\d{2}$/.test(slug));
    expect(slugs.filter((slug) => !known.has(slug))).toEqual([]);
    expect(markdown).not.toMatch(/de-brug|rivierwijk/i);
  });

  test("shows the issue form first, the web editor second, the terminal last", () => {
    const headings = [...markdown.matchAll(/^## (.*)$/gm)].map((m) => m[1]!);
    const at = (pattern: RegExp) => headings.findIndex((h) => pattern.test(h));
    const form = at(/^1\. .*(Suggest an initiative|Een activiteit doorgeven)/);
    const web = at(/^2\. .*(GitHub website|website van GitHub)/);
    const terminal = at(/^3\. .*(own computer|eigen computer)/);
    expect(
      [form, web, terminal].every((i) => i >= 0),
      headings.join(" | "),
    ).toBe(true);
    expect(form).toBeLessThan(web);
    expect(web).toBeLessThan(terminal);
    const section = markdown.slice(markdown.indexOf(headings[terminal]!));
    expect(section).toContain("npm run new");
    expect(section).toContain("npm run from-issue");
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
  const dir = tempContent({ [template!.file.replace(/^content\//, "")]: broken }, contentBase);
  expect(check(dir).problems.map((p) => p.field)).toContain("schedule.0.from");
});
