/**
 * `npm run check` speaks the volunteer's language: the real CLI on a copy of the
 * good fixture with a broken entry (a wrong day, a missing title, a summary far too
 * long, bad YAML), in Dutch from `LANG=nl_NL.UTF-8` and in English from `--lang en`.
 * Dutch names fields the way CONTRIBUTING.nl.md does and never says "front matter",
 * a dotted path such as `schedule.0.days.0`, or the names of the readability scores.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { goodFixture, repoRoot, replace, tempContent } from "../content/helpers.ts";

const moestuin = "initiatives/moestuin/index.mdx";
const telefooncirkel = "initiatives/telefooncirkel/index.mdx";

/** A summary of one 34-word sentence: too long as a summary and as a sentence. */
const longSummary =
  "Elke zaterdag werken we samen in de moestuin achter de school en daarna drinken we koffie met iedereen die mee heeft geholpen, ook als je nog nooit iets van planten of groente hebt geweten.";

function brokenContent(): string {
  return tempContent(
    {
      [moestuin]: (old) =>
        replace(
          "days: [sa]",
          "days: [zat]",
        )(
          replace(
            "summary: Samen tuinieren in de buurtmoestuin. Je hoeft niets te weten van planten.",
            `summary: ${longSummary}`,
          )(replace("title: Moestuin De Wortel\n", "")(old)),
        ),
      [telefooncirkel]: replace("needs: [talk]", "needs: [talk"),
    },
    goodFixture,
  );
}

/** The CLI with only the language variables given here (none inherited). */
function runCheck(content: string, args: string[] = [], languageEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"]) delete env[name];
  const result = spawnSync(process.execPath, ["src/cli/check.ts", ...args], {
    cwd: repoRoot,
    env: {
      ...env,
      ...languageEnv,
      BUURTGIDS_CONTENT: content,
      BUURTGIDS_NOW: "2026-11-25T12:00:00+01:00",
    },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function shown(dir: string, file: string): string {
  return path.relative(repoRoot, path.join(dir, file)).split(path.sep).join("/");
}

describe("npm run check in Dutch and English", () => {
  const dir = brokenContent();

  test("LANG=nl_NL.UTF-8: Dutch, fields as CONTRIBUTING.nl names them, file:line kept", () => {
    const { status, output } = runCheck(dir, [], { LANG: "nl_NL.UTF-8" });
    expect(status).toBe(1);
    const lines = output.split("\n");
    const m = shown(dir, moestuin);
    const t = shown(dir, telefooncirkel);
    expect(lines).toContain(
      `${m}:7  Wanneer, regel 1, dag 1  "zat" mag hier niet (verwacht: een van mo (maandag), tu (dinsdag), we (woensdag), th (donderdag), fr (vrijdag), sa (zaterdag), su (zondag), bijvoorbeeld [tu, th])`,
    );
    expect(output).toContain(`${m}:1  Titel (title)  ontbreekt (verwacht: een korte titel`);
    expect(output).toContain(
      `${m}:3  Korte beschrijving (summary)  maak de korte beschrijving korter: die heeft 34 woorden, het doel is hoogstens 20.`,
    );
    expect(output).toContain(
      `${m}:3  Korte beschrijving (summary)  maak deze zin korter: "Elke zaterdag werken we samen …" heeft 34 woorden, het doel is hoogstens 15`,
    );
    // The readability warning: what to do first, the score last, in brackets, named plainly.
    expect(output).toMatch(
      /summary\)  waarschuwing: gebruik kortere woorden: [\d,]+ lettergrepen per woord, .*\(leesbaarheid: -?\d+\) \(verwacht: leesbaarheid 60 of hoger/,
    );
    expect(output).toContain(`${t}:6  De feiten bovenaan het bestand  het inspringen klopt niet`);
    expect(output).toContain("5 fouten, 2 waarschuwingen in 2 bestanden");
    expect(output).toContain("Verbeter de regels hierboven");
    expect(output).not.toMatch(/front matter/i);
    expect(output).not.toMatch(/schedule\.\d|\.\d+\.|days\.\d/);
    expect(output).not.toMatch(/Flesch|LIX/);
    expect(output).not.toMatch(/\b(is missing|expected|warning|error)\b/);
  }, 60_000);

  test("LC_ALL wins over LANG, and a locale the tools do not speak means English", () => {
    expect(runCheck(dir, [], { LC_ALL: "nl_BE.UTF-8", LANG: "en_GB.UTF-8" }).output).toContain(
      "5 fouten",
    );
    expect(runCheck(dir, [], { LC_MESSAGES: "nl_NL.UTF-8" }).output).toContain("5 fouten");
    expect(runCheck(dir, [], { LC_ALL: "C.UTF-8", LANG: "nl_NL.UTF-8" }).output).toContain(
      "5 errors, 2 warnings in 2 files",
    );
    expect(runCheck(dir, [], { LANG: "fr_FR.UTF-8" }).output).toContain("5 errors");
  }, 120_000);

  test("--lang en: the same problems in English, with the field path kept", () => {
    const { status, output } = runCheck(dir, ["--lang", "en"], { LANG: "nl_NL.UTF-8" });
    expect(status).toBe(1);
    const m = shown(dir, moestuin);
    expect(output).toContain(
      `${m}:7  schedule.0.days.0 (schedule, rule 1, day 1)  "zat" is not allowed here (expected one of mo, tu, we, th, fr, sa, su, e.g. [tu, th])`,
    );
    expect(output).toContain(`${m}:1  title  is missing (expected a short title`);
    expect(output).toContain(`${m}:3  summary  the summary has 34 words: make it shorter`);
    expect(output).toContain(
      `${shown(dir, telefooncirkel)}:6  front matter  the indentation is off`,
    );
    expect(output).toContain("5 errors, 2 warnings in 2 files");
    expect(output).toContain("Fix the lines above");
    expect(output).not.toContain("fouten");
  }, 60_000);

  test("--lang=nl with --format github: Dutch annotations on the right lines", () => {
    const { status, output } = runCheck(dir, ["--format", "github", "--lang=nl"]);
    expect(status).toBe(1);
    const m = shown(dir, moestuin);
    expect(output).toContain(
      `::error file=${m},line=7,title=Wanneer%2C regel 1%2C dag 1::"zat" mag hier niet (verwacht: `,
    );
    expect(output).toContain(
      `::warning file=${m},line=3,title=Korte beschrijving (summary)::gebruik kortere woorden:`,
    );
    expect(output).toContain("5 fouten, 2 waarschuwingen in 2 bestanden");
    expect(output).not.toMatch(/front matter|schedule\.0|Flesch|LIX/);
  }, 60_000);

  test("--format github in English keeps the field path as the title", () => {
    const { output } = runCheck(dir, ["--format=github"]);
    expect(output).toContain(
      `::error file=${shown(dir, moestuin)},line=7,title=schedule.0.days.0::"zat" is not allowed here`,
    );
    expect(output).toContain("5 errors, 2 warnings in 2 files");
  }, 60_000);

  test("good content: the summary line and the poster warning in Dutch", () => {
    const { status, output } = runCheck(goodFixture, [], { LANG: "nl_NL.UTF-8" });
    expect(status).toBe(0);
    expect(output).toContain(
      "Webadres van de gids (siteUrl)  waarschuwing: voor QR-codes op papier is het webadres van de gids nodig",
    );
    expect(output).toContain("Alles is in orde: 1 plek, 3 activiteiten, 2 vertalingen");
  }, 60_000);
});
