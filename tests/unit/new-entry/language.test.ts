/**
 * `npm run new` in the volunteer's language, driven as a volunteer would: the real CLI
 * on a copy of tests/fixtures/content-good, in a Dutch terminal (`LANG=nl_NL.UTF-8`)
 * or with `--lang nl`, and in English. A wrong answer writes nothing and is named by
 * its question in Dutch, never by the word in the file (`summary`) or jargon.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { hashFolder, repoRoot, tempContent } from "../content/helpers.ts";
import { breiclubAnswers, cliEnv, drive, keys, newCli, runWithAnswers } from "./drive.ts";

const goodContent = path.join(repoRoot, "tests/fixtures/content-good");
const dutch = "nl_NL.UTF-8";

const answers = breiclubAnswers;

const longSummary =
  "Samen breien en haken in de grote zaal van het buurthuis met koffie en thee " +
  "en koekjes en een praatje met de buren die ook graag breien of haken of iets " +
  "anders willen leren.";

/** What an answers file with a summary of 34 words does to a fresh copy of content-good. */
function refusedSummary(options: Parameters<typeof runWithAnswers>[2]) {
  const content = tempContent({}, goodContent);
  const before = hashFolder(content);
  const result = runWithAnswers(content, { ...answers, summary: longSummary }, options);
  return { ...result, written: hashFolder(content) !== before, content };
}

/** No words a Dutch volunteer cannot read. */
function expectNoJargon(output: string): void {
  expect(output).not.toMatch(/front ?matter|\bslug\b|schema|yaml|\bfield\b/i);
}

describe("npm run new --answers, in Dutch", { timeout: 120_000 }, () => {
  test("a summary of 34 words (LANG=nl_NL.UTF-8): nothing is written, and it says why in Dutch", () => {
    expect(longSummary.split(" ")).toHaveLength(34);
    const result = refusedSummary({ locale: dutch });
    expect(result.status).toBe(1);
    expect(result.written).toBe(false);
    expect(fs.existsSync(path.join(result.content, "initiatives/breiclub"))).toBe(false);
    expect(result.output).toContain("Er is niets opgeslagen:");
    expect(result.output).toMatch(
      /Korte beschrijving \(summary\): maak de korte beschrijving korter/,
    );
    expect(result.output).toContain("34 woorden");
    expect(result.output).not.toContain("summary:");
    expect(result.output).not.toContain("Nothing was written");
    expectNoJargon(result.output);
  });

  test("--lang nl speaks Dutch in an English terminal too", () => {
    const result = refusedSummary({ args: ["--lang", "nl"] });
    expect(result.status).toBe(1);
    expect(result.written).toBe(false);
    expect(result.output).toContain("Er is niets opgeslagen:");
    expect(result.output).toContain("Korte beschrijving (summary)");
    expect(result.output).not.toContain("Nothing was written");
  });

  test("the same in English: the answer named as in the file", () => {
    const result = refusedSummary({ locale: dutch, args: ["--lang", "en"] });
    expect(result.status).toBe(1);
    expect(result.written).toBe(false);
    expect(result.output).toContain("Nothing was written:");
    expect(result.output).toMatch(/summary: the summary has 34 words: make it shorter/);
    expect(result.output).not.toContain("Er is niets opgeslagen");
  });

  test("wrong answers are each named by their question in Dutch", () => {
    const content = tempContent({}, goodContent);
    const before = hashFolder(content);
    const wrong = { ...answers, needs: ["dancing"], cost: "veel", titel: "Breiclub" };
    const result = runWithAnswers(content, wrong, { locale: dutch });
    expect(result.status).toBe(1);
    expect(hashFolder(content)).toBe(before);
    expect(result.output).toMatch(/Waarvoor \(needs\): "dancing" mag hier niet/);
    expect(result.output).toMatch(/Kosten \(cost\): "veel" klopt niet\. Schrijf free \(gratis\)/);
    expect(result.output).toContain('titel: is geen vraag van npm run new. Bedoel je "title"?');
    expectNoJargon(result.output);
  });

  test("good answers write the entry and say where, and what comes next, in Dutch", () => {
    const content = tempContent({}, goodContent);
    const result = runWithAnswers(content, answers, { locale: dutch });
    expect(result.status, result.output).toBe(0);
    expect(fs.existsSync(path.join(content, "initiatives/breiclub/index.mdx"))).toBe(true);
    expect(result.stdout).toMatch(/^Opgeslagen: .*initiatives\/breiclub\/index\.mdx$/m);
    expect(result.stdout).toContain("Wat je nu doet:");
    expect(result.stdout).toContain("2. Doe `npm run check`.");
    expect(result.stdout).not.toMatch(/Written|Next:/);
    expectNoJargon(result.output);
  });
});

describe("npm run new, its questions in Dutch", () => {
  test("a title that exists is refused in Dutch; Ctrl+C stops in Dutch and writes nothing", async () => {
    const content = tempContent();
    const before = hashFolder(content);
    const result = await drive(
      process.execPath,
      [newCli],
      [
        { waitFor: "Wat voor soort activiteit is het?", type: keys.enter },
        { waitFor: "Titel (kort, in het Nederlands)", type: `Koffie en praten${keys.enter}` },
        { waitFor: "er is al een activiteit initiatives/koffie-en-praten/", type: "\u0003" },
      ],
      { cwd: repoRoot, env: cliEnv(content, dutch), timeoutMs: 60_000 },
    );
    expect(result.output).toContain("Een nieuwe activiteit voor de gids");
    expect(result.output).toContain("Gestopt. Er is niets opgeslagen.");
    expect(result.output).toContain("Kies met ↑/↓ en druk op Enter");
    expect(result.output).not.toMatch(/What kind of entry|Nothing was written|to navigate/);
    expect(result.status).toBe(1);
    expect(hashFolder(content)).toBe(before);
  }, 120_000);

  test("--help in Dutch says what it does without jargon", () => {
    const result = runWithAnswers(tempContent({}, goodContent), answers, {
      args: ["--help"],
      locale: dutch,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Stelt een paar vragen en schrijft een nieuwe activiteit");
    expectNoJargon(result.stdout);
  });
});
