/**
 * Reading an issue body against its form: our parser (src/lib/from-issue/form.ts)
 * agrees with GitHub's own @github/issue-parser on every filled-in form in
 * tests/fixtures/issues/, and is stricter where a volunteer's text could be taken for
 * a question; the way people write times, dates, days and languages is read right.
 */
import fs from "node:fs";
import path from "node:path";
import { parseIssue } from "@github/issue-parser";
import { describe, expect, test } from "vitest";
import {
  noResponse,
  parseIssueBody,
  readIssueForm,
  type IssueForm,
} from "../../../src/lib/from-issue/form.ts";
import { readDate, readDay, readLanguage, readTime } from "../../../src/lib/from-issue/index.ts";
import { recogniseForm } from "../../../src/lib/from-issue/index.ts";
import { repoRoot } from "../content/helpers.ts";
import { githubBody } from "./github-body.ts";

const yamlOf = (locale: string) =>
  fs.readFileSync(
    path.join(repoRoot, `.github/ISSUE_TEMPLATE/suggest-initiative.${locale}.yml`),
    "utf8",
  );
const forms = {
  nl: { locale: "nl" as const, file: "nl", yaml: yamlOf("nl"), form: readIssueForm(yamlOf("nl")) },
  en: { locale: "en" as const, file: "en", yaml: yamlOf("en"), form: readIssueForm(yamlOf("en")) },
};
const fixtures = path.join(repoRoot, "tests/fixtures/issues");
const fixtureFiles = fs
  .readdirSync(fixtures)
  .filter((f) => f.endsWith(".md") && /^(nl|en)-/.test(f));

describe.each(fixtureFiles)("%s", (file) => {
  const body = fs.readFileSync(path.join(fixtures, file), "utf8");
  const locale = file.slice(0, 2) as "nl" | "en";
  const { form, yaml } = forms[locale];

  test("is recognised as the form in its language", () => {
    expect(recogniseForm(body, Object.values(forms))?.form.locale).toBe(locale);
  });

  test("is read the same as by GitHub's @github/issue-parser", () => {
    const ours = parseIssueBody(body, form);
    expect(ours.missing).toEqual([]);
    const theirs = parseIssue(body, yaml) as Record<string, unknown>;
    for (const field of form.fields) {
      const mine = ours.answers.get(field.id)!;
      const github = theirs[field.id];
      if (mine.type === "text") {
        expect(mine.text, field.id).toBe(github);
      } else if (field.type === "dropdown") {
        // GitHub's parser splits every dropdown answer at ", "; ours keeps one option whole.
        expect(mine.selected.join(", "), field.id).toBe((github as string[]).join(", "));
      } else {
        expect(mine, field.id).toEqual({ type: "choices", ...(github as object) });
      }
    }
  });
});

describe("parseIssueBody", () => {
  const form: IssueForm = forms.nl.form;

  test("a volunteer's own ### heading stays in the answer; a question's label does not", () => {
    const body = githubBody(form, {
      name: "Breiclub",
      body: "### Wat we doen\n\nBreien.\n\n### Hoe heet het?\n\nNog een kopje.",
    });
    const parsed = parseIssueBody(body, form);
    const text = parsed.answers.get("body");
    // "Hoe heet het?" is the label of an earlier question, so it is text here too.
    expect(text).toEqual({
      type: "text",
      text: "### Wat we doen\n\nBreien.\n\n### Hoe heet het?\n\nNog een kopje.",
    });
    expect(parsed.answers.get("name")).toEqual({ type: "text", text: "Breiclub" });
  });

  test(`${noResponse} and an empty answer are no answer; lower-case [x] is ticked`, () => {
    const body = githubBody(form, { name: "Breiclub", needs: [0, 2] }).replace(
      "- [X] Ervaringen delen",
      "- [x] Ervaringen delen",
    );
    const parsed = parseIssueBody(body.replace(/\n/g, "\r\n"), form);
    expect(parsed.answers.get("address")).toEqual({ type: "text", text: undefined });
    expect(parsed.answers.get("place")).toEqual({ type: "choices", selected: [], unselected: [] });
    const needs = parsed.answers.get("needs");
    expect(needs?.type === "choices" && needs.selected).toEqual([
      "Mensen ontmoeten",
      "Ervaringen delen",
    ]);
  });

  test("a body with none of the questions is not a form", () => {
    expect(
      recogniseForm("Hallo, er is een breiclub op dinsdag.", Object.values(forms)),
    ).toBeUndefined();
    expect(recogniseForm("### Hoe heet het?\n\nBreiclub", Object.values(forms))).toBeUndefined();
  });
});

describe("reading what people type", () => {
  test.each([
    ["10:00", "10:00"],
    ["9.30", "09:30"],
    ["19u30", "19:30"],
    ["10 uur", "10:00"],
    ["10", "10:00"],
    ["7pm", "19:00"],
    ["7.30 p.m.", "19:30"],
    ["12 am", "00:00"],
    ["half acht", undefined],
    ["25:00", undefined],
    ["10:75", undefined],
  ])("time %j → %j", (text, time) => {
    expect(readTime(text)).toBe(time);
  });

  test.each([
    ["2026-09-05", "2026-09-05"],
    ["5-9-2026", "2026-09-05"],
    ["05/09/2026", "2026-09-05"],
    ["31-2-2026", undefined],
    ["volgende week", undefined],
  ])("date %j → %j", (text, date) => {
    expect(readDate(text)).toBe(date);
  });

  test.each([
    ["zaterdag", "sa"],
    ["Zaterdagen", "sa"],
    ["za.", "sa"],
    ["Saturday", "sa"],
    ["sat", "sa"],
    ["do", "th"],
    ["woensdagmiddag", undefined],
  ])("day %j → %j", (word, day) => {
    expect(readDay(word)).toBe(day);
  });

  test.each([
    ["Somalisch", "so"],
    ["Somali", "so"],
    ["Tigrinya", "ti"],
    ["Dari", "prs"],
    ["so", "so"],
    ["pt-BR", "pt-BR"],
    ["Klingonees", undefined],
    ["xx", undefined],
  ])("language %j → %j", (text, code) => {
    expect(readLanguage(text)).toBe(code);
  });
});
