/**
 * The "suggest an initiative" forms (.github/ISSUE_TEMPLATE/suggest-initiative.<locale>.yml):
 * one per language, the same questions in the same order, and every fixed list the
 * contract has (type, needs, days, facts, roles, places, languages) offered as
 * dropdowns or checkboxes whose options are, in order, the site's own words for those
 * values, so `npm run from-issue` reads each chosen option as the right value. The
 * place list is the places in content/places/, plus online, by phone and elsewhere.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { readIssueForm, type IssueForm } from "../../../src/lib/from-issue/form.ts";
import {
  expectedOptions,
  formLocales,
  listQuestions,
  optionValues,
  type FormLocale,
} from "../../../src/lib/from-issue/options.ts";
import { readInventory } from "../../../src/lib/new-entry/inventory.ts";
import { repoRoot } from "../content/helpers.ts";

const templates = path.join(repoRoot, ".github/ISSUE_TEMPLATE");
const formText = (locale: FormLocale) =>
  fs.readFileSync(path.join(templates, `suggest-initiative.${locale}.yml`), "utf8");
const forms = Object.fromEntries(
  formLocales.map((locale) => [locale, readIssueForm(formText(locale))]),
) as Record<FormLocale, IssueForm>;

const inventory = readInventory(path.join(repoRoot, "content"));
const site = { places: inventory.places, locales: inventory.locales };

/** The questions every form has, in this order, with these types. */
const questions = [
  ["name", "input"],
  ["type", "dropdown"],
  ["summary", "input"],
  ["needs", "checkboxes"],
  ["place", "dropdown"],
  ["address", "input"],
  ["directions", "input"],
  ["days", "checkboxes"],
  ["from", "input"],
  ["to", "input"],
  ["often", "dropdown"],
  ["weeks", "checkboxes"],
  ["starting", "input"],
  ["more_times", "textarea"],
  ["cost", "input"],
  ["languages", "checkboxes"],
  ["other_languages", "input"],
  ["facts", "checkboxes"],
  ["host1_role", "dropdown"],
  ["host1_organisation", "input"],
  ["host2_role", "dropdown"],
  ["host2_organisation", "input"],
  ["phone", "input"],
  ["email", "input"],
  ["contact_facts", "checkboxes"],
  ["body", "textarea"],
  ["agree", "checkboxes"],
] as const;

test("there is a form per language: suggest-initiative.nl.yml and suggest-initiative.en.yml", () => {
  const files = fs.readdirSync(templates).filter((f) => f.startsWith("suggest-initiative"));
  expect(files.sort()).toEqual(formLocales.map((l) => `suggest-initiative.${l}.yml`).sort());
});

describe.each(formLocales)("the %s form", (locale) => {
  const form = forms[locale];

  test("asks the questions in the agreed order, each with a label of its own", () => {
    expect(form.fields.map((f) => [f.id, f.type])).toEqual(
      questions.map(([id, type]) => [id, type]),
    );
    const labels = form.fields.map((f) => f.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.every((label) => label.length > 3 && !label.includes("\n"))).toBe(true);
  });

  test("requires what the contract requires", () => {
    const required = form.fields.filter((f) => f.required).map((f) => f.id);
    expect(required.sort()).toEqual(
      ["from", "host1_role", "name", "often", "place", "summary", "to", "type"].sort(),
    );
  });

  test.each(listQuestions)(
    "%s: the options are the site's words for the values, in order",
    (id) => {
      const field = form.fields.find((f) => f.id === id)!;
      const expected = expectedOptions(id, locale, site);
      // On a mismatch, the YAML lines to paste:
      const lines = expected
        .map((o) =>
          field.type === "checkboxes"
            ? `        - label: ${JSON.stringify(o)}`
            : `        - ${JSON.stringify(o)}`,
        )
        .join("\n");
      expect(
        field.options,
        `${id} in suggest-initiative.${locale}.yml should be:\n${lines}`,
      ).toEqual(expected);
      if (id in optionValues) {
        expect(field.options).toHaveLength(optionValues[id as keyof typeof optionValues].length);
      }
    },
  );

  test("the place list is every place in content/places/, then online, by phone, somewhere else", () => {
    const folders = fs
      .readdirSync(path.join(repoRoot, "content/places"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(inventory.places.map((p) => p.slug).sort()).toEqual(folders.sort());
    const options = form.fields.find((f) => f.id === "place")!.options;
    expect(options).toHaveLength(folders.length + 3);
    for (const place of inventory.places) {
      expect(options.some((o) => o.startsWith(place.title))).toBe(true);
    }
  });

  test("the agreement is a required tick", () => {
    const data = (
      parse(formText(locale)) as {
        body: { id?: string; attributes: { options?: { required?: boolean }[] } }[];
      }
    ).body;
    const agree = data.find((b) => b.id === "agree")!;
    expect(agree.attributes.options?.every((o) => o.required === true)).toBe(true);
  });
});

test("both forms offer the same number of options for every list", () => {
  for (const id of listQuestions) {
    const counts = formLocales.map((l) => forms[l].fields.find((f) => f.id === id)!.options.length);
    expect(new Set(counts).size, id).toBe(1);
  }
});
