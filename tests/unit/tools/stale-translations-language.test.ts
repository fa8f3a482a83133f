/**
 * `npm run stale` and `npm run translations` speak the volunteer's language too:
 * Dutch from `LANG=nl_NL.UTF-8` (or `--lang nl`), English otherwise. The
 * translations run in a temporary git repository, so an outdated translation shows.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { goodFixture, repoRoot, tempContent } from "../content/helpers.ts";

function run(
  cli: "stale" | "translations",
  content: string,
  args: string[],
  languageEnv: Record<string, string>,
  cwd = repoRoot,
) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) delete env[name];
  const result = spawnSync(process.execPath, [path.join(repoRoot, `src/cli/${cli}.ts`), ...args], {
    cwd,
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

describe("npm run stale", () => {
  test("in Dutch: the heading, days, the mark and the count", () => {
    const { status, output } = run("stale", goodFixture, [], { LANG: "nl_NL.UTF-8" });
    expect(status).toBe(0);
    const lines = output.trim().split("\n");
    expect(lines[0]).toBe(
      "Alles op volgorde van de laatste controle, de oudste eerst (vandaag is het 2026-11-25; na 6 maanden staat op de pagina dat het misschien niet meer klopt):",
    );
    expect(lines[1]).toBe(
      "  71 dagen  2026-09-15  tests/fixtures/content-good/initiatives/moestuin/index.mdx  Moestuin De Wortel",
    );
    expect(lines.at(-1)).toBe("0 van de 4 zijn al meer dan 6 maanden niet nagekeken.");
  }, 60_000);

  test("in English with --lang en", () => {
    const { output } = run("stale", goodFixture, ["--lang", "en"], { LANG: "nl_NL.UTF-8" });
    expect(output).toContain("Entries by last check, oldest first (today is 2026-11-25;");
    expect(output).toContain("  71 days  2026-09-15  ");
  }, 60_000);

  test("content with errors: the problems in Dutch, and what to do", () => {
    const dir = tempContent(
      { "initiatives/moestuin/index.mdx": (old) => old.replace("days: [sa]", "days: [zat]") },
      goodFixture,
    );
    const { status, output } = run("stale", dir, [], { LANG: "nl_NL.UTF-8" });
    expect(status).toBe(1);
    expect(output).toContain("Er klopt iets niet in de inhoud:");
    expect(output).toContain(':8  Wanneer, regel 1, dag 1  "zat" mag hier niet');
    expect(output).toContain("Doe eerst `npm run check` en verbeter wat daar staat.");
    expect(output).not.toMatch(/schedule\.0|The content has problems/);
  }, 60_000);
});

describe("npm run translations", () => {
  let repo = "";
  let content = "";
  const git = (...args: string[]) =>
    execFileSync(
      "git",
      [
        "-c",
        "user.name=Test",
        "-c",
        "user.email=test@example.org",
        "-c",
        "commit.gpgsign=false",
        ...args,
      ],
      { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );

  beforeAll(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), "buurtgids-git-"));
    content = path.join(repo, "content");
    fs.cpSync(goodFixture, content, { recursive: true });
    git("init", "--quiet");
    git("add", "-A");
    git("commit", "--quiet", "-m", "Content");
    const file = path.join(content, "places/buurthuis/index.mdx");
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, "utf8")
        .replace("title: Buurthuis Het Anker", "title: Buurthuis Het Nieuwe Anker")
        .replace("directions: Naast de bakker.", "directions: Tegenover de bakker."),
    );
    git("commit", "--quiet", "-am", "A new name and the door moved");
  });

  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

  test("in Dutch: languages by their Dutch names, fields as CONTRIBUTING.nl names them", () => {
    const { status, output } = run("translations", content, [], { LANG: "nl_NL.UTF-8" }, repo);
    expect(status).toBe(0);
    expect(output).toContain("Vertalingen van content/ (standaardtaal: Nederlands, nl)");
    expect(output).toMatch(/^en {2}Engels: 0 bijgewerkt, 1 verouderd, 3 ontbreken$/m);
    expect(output).toMatch(
      /^ {2}verouderd {2}content\/places\/buurthuis\/en\.mdx {2}titel en herkenningspunt in het Nederlands veranderd na commit [0-9a-f]{7}, de laatste verandering van deze vertaling: werk hem bij$/m,
    );
    expect(output).toMatch(/^ {2}ontbreekt {2}content\/initiatives\/moestuin\/en\.mdx$/m);
    expect(output).toMatch(/^ar {2}Arabisch: /m);
    expect(output).not.toMatch(/outdated|missing|directions|title/);
  }, 60_000);

  test("in English otherwise", () => {
    const { output } = run("translations", content, [], { LANG: "C.UTF-8" }, repo);
    expect(output).toMatch(/^en {2}English: 0 up to date, 1 outdated, 3 missing$/m);
    expect(output).toMatch(
      /^ {2}outdated {2}content\/places\/buurthuis\/en\.mdx {2}the Dutch title and directions changed after commit/m,
    );
  }, 60_000);

  test("without git history, in Dutch, says why", () => {
    const plain = tempContent({}, goodFixture);
    const { output } = run("translations", plain, ["--lang", "nl"], {}, os.tmpdir());
    expect(output).toContain(
      "Verouderde vertalingen kunnen niet gevonden worden: de map met de inhoud",
    );
    expect(output).toContain("staat niet in een git-repository");
    expect(output).toMatch(/^en {2}Engels: 1 vertaald, 3 ontbreken$/m);
  }, 60_000);
});
