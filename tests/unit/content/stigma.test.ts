/** The stigma lint on its own. */
import { describe, expect, test } from "vitest";
import { findStigmaWords, stigmaProblem, stigmaTerms } from "../../../src/lib/content/stigma.ts";

const words = (text: string, locale?: string, extraWords?: Record<string, string[]>) =>
  findStigmaWords(text, {
    ...(locale ? { locale } : {}),
    ...(extraWords ? { extraWords } : {}),
  }).map((m) => m.word);

describe("findStigmaWords", () => {
  test.each([
    ["Inloop voor GGZ-cliënten", "nl", ["ggz"]],
    ["Geestelijke Gezondheidszorg in de wijk", "nl", ["geestelijke gezondheidszorg"]],
    ["Een psychiatrische afdeling", "nl", ["psychiatrie"]],
    ["Voor patiënten en familie", "nl", ["patiënt"]],
    ["Voor patienten", "nl", ["patiënt"]],
    ["Praten over je stoornissen", "nl", ["stoornis"]],
    ["Voor psychisch zieken", "nl", ["psychisch ziek"]],
    ["Niet gestoord", "nl", ["gestoord"]],
    ["Living with mental illness", "en", ["mental illness"]],
    ["Mental health care nearby", "en", ["mental healthcare"]],
    ["Mental healthcare nearby", "en", ["mental healthcare"]],
    ["For PATIENTS", "en", ["patient"]],
    ["Psychiatric help", "en", ["psychiatric"]],
    ["Eating disorders", "en", ["disorder"]],
    ["For the mentally ill", "en", ["mentally ill"]],
    ["للمرضى النفسيين", "ar", ["مريض نفسي"]],
    ["الأمراض النفسية", "ar", ["مرض نفسي"]],
    ["Akıl hastaları için", "tr", ["akıl hastası"]],
    ["Psikiyatrik destek", "tr", ["psikiyatri"]],
    ["Dla pacjentów", "pl", ["pacjent"]],
    ["Dla chorych psychicznie", "pl", ["choroba psychiczna"]],
    ["Для пацієнтів", "uk", ["пацієнт"]],
    ["Психіатрична допомога", "uk", ["психіатрія"]],
  ])("%s (%s)", (text, locale, expected) => {
    expect(words(text, locale)).toEqual(expected);
  });

  test.each([
    ["Koffie en praten", "nl"],
    ["Inloop bij een ervaringsdeskundige", "nl"],
    ["A patiently brewed coffee", "en"],
    ["Psychology students welcome", "en"],
    ["Community deli", "en"],
    ["Psychisch welzijn", "nl"],
    ["قهوة وحديث", "ar"],
  ])("no match in %s", (text, locale) => {
    expect(words(text, locale)).toEqual([]);
  });

  test("every list is checked whatever the language", () => {
    expect(words("Koffie voor mensen met eating disorders", "nl")).toEqual(["disorder"]);
    expect(words("Samen sterk, patiënten welkom", "en")).toEqual(["patiënt"]);
  });

  test("a word that is harmless elsewhere only counts in its own language", () => {
    expect(words("Deli", "en")).toEqual([]);
    expect(words("Deli gibi", "tr")).toEqual(["deli"]);
  });

  test("a place in the text is reported once, by its own language first", () => {
    expect(findStigmaWords("For patients", { locale: "en" })).toEqual([
      expect.objectContaining({
        word: "patient",
        found: "patients",
        locale: "en",
      }),
    ]);
  });

  test("site words are added with inflections", () => {
    expect(words("Na de behandelingen", "nl", { nl: ["behandeling"] })).toEqual(["behandeling"]);
  });

  test("a page for professionals can allow words", () => {
    expect(
      findStigmaWords("Psychiatric nurse", {
        locale: "en",
        allow: ["psychiatric"],
      }),
    ).toEqual([]);
  });

  test("there are lists for every registered locale", () => {
    expect(Object.keys(stigmaTerms).sort()).toEqual(["ar", "en", "nl", "pl", "tr", "uk"]);
  });
});

describe("stigmaProblem", () => {
  test("names the word and suggests everyday words", () => {
    const [match] = findStigmaWords("Voor patiënten", { locale: "nl" });
    const problem = stigmaProblem(match!);
    expect(problem.message).toContain('"patiënten" (patiënt)');
    expect(problem.expected).toBe(
      "everyday words, such as bewoner (resident), bezoeker (visitor), deelnemer (participant)",
    );
    expect(problem.example).toBe("bewoner");
    const [ggz] = findStigmaWords("ggz", { locale: "nl" });
    expect(stigmaProblem(ggz!).expected).toContain(
      "steun (support), iemand om mee te praten (someone to talk to)",
    );
  });
});
