/**
 * `npm run from-issue` as the workflow runs it: the real CLI on the filled-in forms
 * in tests/fixtures/issues/ (issue bodies as GitHub writes them, CRLF and all), each
 * against a temporary copy of the repository's content/, then the real content check
 * (`npm run check`) on that folder. A form with wrong answers writes nothing, and says
 * why in the language of the form; an entry that exists is never overwritten.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseFrontMatterFile } from "../../../src/lib/content/frontmatter.ts";
import { hashFolder, repoRoot, tempContent } from "../content/helpers.ts";

const cli = path.join(repoRoot, "src/cli/from-issue.ts");
const fixtures = path.join(repoRoot, "tests/fixtures/issues");
const contentBase = path.join(repoRoot, "content");
/** A fixed day, so lastVerified does not depend on the clock. */
const now = "2026-11-25T12:00:00+01:00";

function env(content: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    BUURTGIDS_CONTENT: content,
    BUURTGIDS_NOW: now,
    FORCE_COLOR: "0",
    ...extra,
  };
}

function fromIssue(content: string, args: string[], extra: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: repoRoot,
    env: env(content, extra),
    encoding: "utf8",
    timeout: 60_000,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: result.stdout + result.stderr,
  };
}

function npmCheck(content: string) {
  const result = spawnSync("npm", ["run", "-s", "check"], {
    cwd: repoRoot,
    env: env(content),
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const frontMatter = (content: string, slug: string) =>
  parseFrontMatterFile(fs.readFileSync(path.join(content, `initiatives/${slug}/index.mdx`), "utf8"))
    .data as Record<string, unknown>;

/** The good fixtures and the entry each must become. */
const good: [file: string, slug: string, expected: Record<string, unknown>][] = [
  [
    "nl-koffie-in-het-hoekje.md",
    "koffie-in-het-hoekje",
    {
      type: "activity",
      title: "Koffie in het Hoekje",
      needs: ["meet", "talk"],
      place: "buurtkamer-het-hoekje",
      schedule: [{ days: ["tu", "th"], from: "10:00", to: "11:30" }],
      cost: "free",
      languages: ["nl", "tr"],
      walkIn: true,
      bringSomeone: true,
      wheelchair: true,
      womenOnly: false,
      hosts: [{ role: "volunteer", organisation: "Bewonersgroep Lindenhof" }],
      contact: { phone: "06 12345678" },
      lastVerified: "2026-11-25",
    },
  ],
  [
    "en-knitting-club-new-place.md",
    "knitting-club-de-vonk",
    {
      address: "Parkweg 3, community centre De Vonk",
      directions: "Next to the playground",
      schedule: [{ days: ["we"], from: "14:00", to: "16:00" }],
      cost: 2.5,
      languages: ["nl", "en", "so", "ti"],
      children: true,
      contact: { email: "knitting@example.org" },
    },
  ],
  [
    "nl-vrouwen-samen-sterk.md",
    "vrouwen-samen-sterk",
    {
      type: "group",
      womenOnly: true,
      schedule: [{ days: ["we"], weeks: [1, 3], from: "19:00", to: "21:00" }],
      hosts: [
        { role: "resident", organisation: "Vrouwennetwerk Lindenhof" },
        { role: "peer-worker", organisation: "Stichting Samen Verder" },
      ],
      contact: { phone: "06 11223344", whatsapp: true },
    },
  ],
  [
    "en-money-talk-last-thursday.md",
    "money-worries-evening",
    {
      type: "dropin",
      place: "gezondheidscentrum-lindenhof",
      schedule: [{ days: ["th"], weeks: [-1], from: "19:30", to: "21:00" }],
      hosts: [
        { role: "peer-worker", organisation: "Stichting Samen Verder" },
        { role: "social-worker", organisation: "Wijkteam Lindenhof" },
      ],
      contact: {
        phone: "+31 6 99887766",
        whatsapp: true,
        email: "geld@example.org",
        afterHours: true,
      },
    },
  ],
  [
    "nl-wandelen-om-de-week.md",
    "wandelen-rond-de-moestuin",
    {
      place: "moestuin-lindenhof",
      schedule: [
        { days: ["sa"], every: 2, starting: "2026-09-05", from: "10:00", to: "11:30" },
        { days: ["we"], from: "14:00", to: "15:00" },
        { days: ["fr"], from: "09:30", to: "10:30" },
      ],
      cost: "free",
    },
  ],
  [
    "nl-telefooncirkel.md",
    "belcirkel-in-de-avond",
    { place: "phone", contact: { phone: "0800 1234", afterHours: true } },
  ],
];

describe("filled-in forms become entries that pass npm run check", () => {
  test(
    "every good form, one after the other into one folder; then the content check passes",
    { timeout: 300_000 },
    () => {
      const content = tempContent({}, contentBase);
      for (const [file, slug, expected] of good) {
        const run = fromIssue(content, [path.join(fixtures, file), "--issue", "12"]);
        expect(run.status, run.output).toBe(0);
        expect(run.stdout).toContain(`initiatives/${slug}/index.mdx`);
        expect(frontMatter(content, slug), file).toMatchObject(expected);
      }
      const check = npmCheck(content);
      expect(check.output).toMatch(/All content is fine/);
      expect(check.status).toBe(0);
    },
  );

  test(
    "the comment is in the form's language and says what the check found",
    { timeout: 120_000 },
    () => {
      const content = tempContent({}, contentBase);
      const nl = fromIssue(content, [path.join(fixtures, "nl-vrouwen-samen-sterk.md")]);
      expect(nl.stdout).toContain("### Er staat een voorstel klaar");
      expect(nl.stdout).toMatch(/De controle (vond niets|merkt nog iets op)/);
      const en = fromIssue(content, [path.join(fixtures, "en-knitting-club-new-place.md")]);
      expect(en.stdout).toContain("### A proposal is ready");
      expect(en.stdout).toMatch(/The check (found nothing|still notes)/);
      // English texts in a Dutch guide: the comment says someone translates them.
      expect(en.stdout).toContain("The texts are in English. The guide writes them in Dutch first");
    },
  );

  test(
    "the same form twice: the second run writes nothing and overwrites nothing",
    { timeout: 120_000 },
    () => {
      const content = tempContent({}, contentBase);
      const form = path.join(fixtures, "nl-koffie-in-het-hoekje.md");
      expect(fromIssue(content, [form]).status).toBe(0);
      const before = hashFolder(content);
      const again = fromIssue(content, [form]);
      expect(again.status).toBe(1);
      expect(again.output).toContain(
        "Er staat al iets met deze naam in de gids (initiatives/koffie-in-het-hoekje/)",
      );
      expect(hashFolder(content)).toBe(before);
    },
  );
});

describe("forms with wrong answers write nothing and say why, in the form's language", () => {
  const cases: [file: string, language: "nl" | "en", reasons: RegExp[]][] = [
    [
      "nl-fout-tijd-en-lange-zin.md",
      "nl",
      [
        /\*\*Vertel in één of twee korte zinnen wat het is\*\*: Dit zijn 38 woorden\. Maak het korter/,
        /\*\*Op welke dagen\?\*\*: Deze vraag is nog niet beantwoord\./,
        /\*\*Hoe laat begint het\?\*\*: "half acht" is geen tijd die we kunnen lezen/,
        /\*\*Wat kost het\?\*\*: "een paar euro" kunnen we niet lezen als prijs/,
      ],
    ],
    [
      "en-new-place-without-address.md",
      "en",
      [
        /\*\*The address of the other place\*\*: You chose "somewhere else"\. Write the address too/,
        /\*\*What time does it end\?\*\*: The end \(13:00\) must be later than the start \(14:00\)/,
        /\*\*Which weeks of the month\?\*\*: You chose "only some weeks of the month"/,
        /\*\*Any other languages\?\*\*: We do not know "Klingonese" as a language/,
        /\*\*Phone number for questions\*\*: "call Ahmed" is not a phone number/,
      ],
    ],
    [
      "nl-bestaat-al.md",
      "nl",
      [
        /\*\*Hoe heet het\?\*\*: Er staat al iets met deze naam in de gids \(initiatives\/koffieochtend\/\)/,
      ],
    ],
    [
      "geen-formulier.md",
      "nl",
      [/Dit lijkt geen ingevuld formulier/, /This does not look like a filled-in form/],
    ],
  ];

  test.each(cases)("%s", { timeout: 120_000 }, (file, language, reasons) => {
    const content = tempContent({}, contentBase);
    const before = hashFolder(content);
    const run = fromIssue(content, [path.join(fixtures, file)]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    for (const reason of reasons) expect(run.stderr).toMatch(reason);
    expect(hashFolder(content)).toBe(before);
    if (file !== "geen-formulier.md") {
      // Only the form's language: no message of the other one.
      const other = language === "nl" ? /Thank you|You chose|must be/ : /Dank je|Je koos|moet/;
      expect(run.stderr).not.toMatch(other);
    }
  });

  test("a summary of 34 words is refused in the form's words", { timeout: 60_000 }, () => {
    const content = tempContent({}, contentBase);
    const summary = Array.from({ length: 34 }, (_, i) => (i % 5 === 4 ? "koffie." : "samen")).join(
      " ",
    );
    const body = fs
      .readFileSync(path.join(fixtures, "nl-koffie-in-het-hoekje.md"), "utf8")
      .replace("Samen koffie drinken en een praatje maken. Je hoeft niets mee te nemen.", summary);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "buurtgids-issue-")), "issue.md");
    fs.writeFileSync(file, body);
    const before = hashFolder(content);
    const run = fromIssue(content, [file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Dit zijn 34 woorden. Maak het korter: hoogstens 30 woorden");
    expect(hashFolder(content)).toBe(before);
  });
});

describe("npm run from-issue -- --github (the workflow)", () => {
  test(
    "reads the issue from the event file and names the texts in GITHUB_OUTPUT",
    { timeout: 120_000 },
    () => {
      const content = tempContent({}, contentBase);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "buurtgids-event-"));
      const event = path.join(dir, "event.json");
      const output = path.join(dir, "output");
      fs.writeFileSync(
        event,
        JSON.stringify({
          action: "opened",
          issue: {
            number: 42,
            html_url: "https://example.org/issues/42",
            body: fs.readFileSync(path.join(fixtures, "nl-vrouwen-samen-sterk.md"), "utf8"),
          },
        }),
      );
      const run = fromIssue(content, ["--github"], {
        GITHUB_EVENT_PATH: event,
        GITHUB_OUTPUT: output,
        RUNNER_TEMP: dir,
      });
      expect(run.status, run.output).toBe(0);
      const outputs = Object.fromEntries(
        [
          ...fs
            .readFileSync(output, "utf8")
            .matchAll(/^([\w-]+)(?:=(.*)|<<(\S+)\n([\s\S]*?)\n\3)$/gm),
        ].map((m) => [m[1]!, m[2] ?? m[4]!]),
      );
      expect(outputs).toMatchObject({
        written: "true",
        locale: "nl",
        branch: "suggestion/issue-42",
        title: "Nieuw in de gids: Vrouwen samen sterk (#42)",
      });
      expect(outputs["commit-message"]).toContain("Closes #42");
      const prBody = fs.readFileSync(outputs["pull-request-file"]!, "utf8");
      expect(prBody).toContain("Closes #42");
      expect(prBody).toContain("initiatives/vrouwen-samen-sterk/index.mdx");
      expect(prBody).toMatch(/^- \[ \] /m);
      expect(fs.readFileSync(outputs["comment-file"]!, "utf8")).toContain(
        "### Er staat een voorstel klaar",
      );
    },
  );

  test("a wrong form: written=false, and the comment says why", { timeout: 120_000 }, () => {
    const content = tempContent({}, contentBase);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "buurtgids-event-"));
    const event = path.join(dir, "event.json");
    const output = path.join(dir, "output");
    fs.writeFileSync(
      event,
      JSON.stringify({
        issue: {
          number: 7,
          body: fs.readFileSync(path.join(fixtures, "en-new-place-without-address.md"), "utf8"),
        },
      }),
    );
    const run = fromIssue(content, ["--github"], {
      GITHUB_EVENT_PATH: event,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: dir,
    });
    expect(run.status).toBe(1);
    const text = fs.readFileSync(output, "utf8");
    expect(text).toMatch(/^written=false$/m);
    expect(text).toMatch(/^locale=en$/m);
    const comment = fs.readFileSync(/^comment-file=(.*)$/m.exec(text)![1]!, "utf8");
    expect(comment).toContain("### No proposal yet");
    expect(comment).toContain("Klingonese");
  });
});
