/**
 * A filled-in form → the answers of `npm run new` (answersFromForm) and → the texts for
 * the issue (fromIssue), without starting a process: the ways people fill in a form,
 * every answer mapped to the contract's field, and problems named by the question.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseIssueBody, readIssueForm } from "../../../src/lib/from-issue/form.ts";
import {
  answersFromForm,
  fromIssue,
  questionOf,
  type LocalizedForm,
} from "../../../src/lib/from-issue/index.ts";
import { readInventory } from "../../../src/lib/new-entry/inventory.ts";
import { hashFolder, repoRoot, tempContent } from "../content/helpers.ts";
import { githubBody, type FormAnswers } from "./github-body.ts";

const forms: LocalizedForm[] = (["nl", "en"] as const).map((locale) => ({
  locale,
  file: `suggest-initiative.${locale}.yml`,
  form: readIssueForm(
    fs.readFileSync(
      path.join(repoRoot, `.github/ISSUE_TEMPLATE/suggest-initiative.${locale}.yml`),
      "utf8",
    ),
  ),
}));
const [nl, en] = forms as [LocalizedForm, LocalizedForm];
const inventory = readInventory(path.join(repoRoot, "content"), new Date("2026-11-25T12:00:00Z"));
const site = {
  places: inventory.places,
  locales: inventory.locales,
  existingSlugs: inventory.initiativeSlugs,
};

/** A good Dutch form: an activity at Buurthuis De Linde on Tuesday morning. */
const base: FormAnswers = {
  name: "Breiclub op dinsdag",
  type: [1],
  summary: "Samen breien en haken. Kom gewoon langs.",
  needs: [5],
  place: [1],
  days: [1],
  from: "10:00",
  to: "12:00",
  often: [0],
  languages: [0],
  host1_role: [1],
  host2_role: [0],
  agree: [0],
};

function convert(answers: FormAnswers, form = nl) {
  const body = githubBody(form.form, answers);
  return answersFromForm(parseIssueBody(body, form.form), form.form, form.locale, site);
}

describe("answersFromForm", () => {
  test("a plain form becomes the answers of npm run new", () => {
    const result = convert(base);
    expect(result.problems).toEqual([]);
    expect(result.answers).toEqual({
      type: "activity",
      title: "Breiclub op dinsdag",
      summary: "Samen breien en haken. Kom gewoon langs.",
      needs: ["create"],
      place: "buurthuis-de-linde",
      times: [{ days: ["tu"], from: "10:00", to: "12:00" }],
      cost: "free",
      languages: ["nl"],
      womenOnly: false,
      walkIn: false,
      bringSomeone: false,
      children: false,
      wheelchair: false,
      hosts: [{ role: "volunteer" }],
    });
  });

  test("what people type: times with uur, a price with €, language names in Dutch", () => {
    const result = convert({
      ...base,
      from: "19.30 uur",
      to: "21u",
      cost: "€3",
      other_languages: "Koerdisch en Dari",
    });
    expect(result.problems).toEqual([]);
    expect(result.answers).toMatchObject({
      times: [{ days: ["tu"], from: "19:30", to: "21:00" }],
      cost: 3,
      languages: ["nl", "ku", "prs"],
    });
  });

  test("no language ticked: the form's language, and a note that says so", () => {
    const result = convert({ ...base, languages: [] }, en);
    expect(result.answers?.["languages"]).toEqual(["en"]);
    expect(result.notes).toEqual([
      { question: "languages", message: expect.stringContaining("We filled in English") },
    ]);
  });

  test("a listed place renamed since: matched by its name; an unknown one is refused", () => {
    const body = githubBody(nl.form, base).replace(
      "Buurthuis De Linde (Lindenlaan 4)",
      "Buurthuis De Linde (Lindenlaan 4a)",
    );
    const renamed = answersFromForm(parseIssueBody(body, nl.form), nl.form, "nl", site);
    expect(renamed.answers?.["place"]).toBe("buurthuis-de-linde");
    const gone = answersFromForm(
      parseIssueBody(body.replace("Buurthuis De Linde (", "Het Oude Buurthuis ("), nl.form),
      nl.form,
      "nl",
      site,
    );
    expect(gone.problems).toEqual([
      { question: "place", message: expect.stringMatching(/^"Het Oude Buurthuis .*" staat niet/) },
    ]);
  });

  test("an option that is not in the form is named, with the options it could be", () => {
    const body = githubBody(nl.form, base).replace("- [X] Iets maken", "- [X] Dansen");
    const result = answersFromForm(parseIssueBody(body, nl.form), nl.form, "nl", site);
    expect(result.problems).toContainEqual({
      question: "needs",
      message: expect.stringMatching(/^"Dansen" is geen van de antwoorden .*Mensen ontmoeten/),
    });
  });

  test("an organisation for a second host nobody named, and the agreement unticked", () => {
    const result = convert({ ...base, host2_organisation: "Wijkteam", agree: [] });
    expect(result.problems.map((p) => p.question).sort()).toEqual(["agree", "host2_role"]);
  });
});

test("questionOf: every answer of npm run new belongs to a question of the form", () => {
  const ids = new Set(nl.form.fields.map((f) => f.id));
  for (const field of [
    "title",
    "summary",
    "times.0.to",
    "times.0.weeks",
    "times.0.starting",
    "times.2.from",
    "languages.1",
    "womenOnly",
    "hosts.1.organisation",
    "hosts.0.role",
    "whatsapp",
    "email",
    "address",
    "body",
    "cost",
  ]) {
    expect(ids.has(questionOf(field)), `${field} → ${questionOf(field)}`).toBe(true);
  }
});

describe("fromIssue", () => {
  test("the volunteer's words cannot mention anyone in the comment", () => {
    const content = tempContent({}, path.join(repoRoot, "content"));
    const before = hashFolder(content);
    const result = fromIssue(
      githubBody(nl.form, { ...base, phone: "@beheerders bellen" }),
      forms,
      readInventory(content),
    );
    expect(result.ok).toBe(false);
    expect(result.comment).toContain('"@\u200bbeheerders bellen" is geen telefoonnummer');
    expect(result.comment).not.toMatch(/@beheerders/);
    expect(hashFolder(content)).toBe(before);
  });

  test("a problem only the content check finds is named by its question, in the form's language", () => {
    const content = tempContent({}, path.join(repoRoot, "content"));
    const result = fromIssue(
      githubBody(nl.form, { ...base, summary: "Een groep voor psychiatrische patiënten." }),
      forms,
      readInventory(content),
    );
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({
        question: "summary",
        label: "Vertel in één of twee korte zinnen wat het is",
        message: expect.stringMatching(/^De controle zegt: Korte beschrijving \(summary\): /),
      }),
    ]);
    // Said in Dutch, not the English words of the content check.
    expect(result.problems[0]?.message).not.toMatch(/\b(the|is a word|expected)\b/);
  });
});
