/**
 * `npm run new` as a volunteer uses it: the real CLI, its questions answered key by
 * key through a pipe (clack reads keypresses from stdin) and, where util-linux
 * `script` exists, in a real pseudo-terminal. Each run writes into a copy of the
 * shared example content; then `npm run check` must pass on that folder.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseFrontMatterFile } from "../../../src/lib/content/frontmatter.ts";
import { hashFolder, repoRoot, tempContent } from "../content/helpers.ts";
import {
  breiclubAnswers,
  cliEnv as env,
  drive,
  keys,
  newCli as cli,
  runWithAnswers as runWith,
  type Step,
} from "./drive.ts";

const { enter, down, space } = keys;
const backspace = "\u007f";
const newFile = "initiatives/praatgroep-op-vrijdag/index.mdx";

/** The shared example lists its places by folder name: bibliotheek-rivierwijk, de-brug. */
function answerSteps(firstTitle?: string): Step[] {
  const title: Step[] = firstTitle
    ? [
        { waitFor: "Title", type: firstTitle + enter },
        {
          waitFor: "there is already an entry initiatives/koffie-en-praten/",
          type: backspace.repeat(firstTitle.length) + "Praatgroep op vrijdag" + enter,
        },
      ]
    : [{ waitFor: "Title", type: "Praatgroep op vrijdag" + enter }];
  return [
    { waitFor: "What kind of entry", type: enter }, // group
    ...title,
    { waitFor: "Summary", type: "Samen praten over wat je meemaakt." + enter },
    { waitFor: "Where is it?", type: down + enter }, // de-brug
    { waitFor: "What is it for?", type: down + space + down + space + enter }, // talk, share
    { waitFor: "Which days?", type: down.repeat(4) + space + enter }, // fr
    { waitFor: "From what time?", type: "19.00" + enter },
    { waitFor: "Until what time?", type: "18:00" + enter },
    {
      waitFor: 'is before from "19:00"',
      type: backspace.repeat(5) + "21:00" + enter,
    },
    { waitFor: "How often?", type: down + enter }, // some weeks of the month
    { waitFor: "Which Friday of the month?", type: space + down.repeat(4) + space + enter }, // first, last
    { waitFor: "another day or time", type: "y" },
    { waitFor: "Which days (another time)?", type: down.repeat(5) + space + enter }, // sa
    { waitFor: "From what time?", type: "10:00" + enter },
    { waitFor: "Until what time?", type: "12:00" + enter },
    { waitFor: "How often?", type: enter }, // every week
    { waitFor: "another day or time", type: "n" },
    { waitFor: "What does it cost?", type: enter }, // free
    { waitFor: "Which languages", type: down + space + enter }, // nl (preselected) + en
    { waitFor: "Other languages?", type: "so" + enter },
    { waitFor: "Who do people meet", type: enter }, // peer-worker
    { waitFor: "From which organisation", type: "Stichting Samen Verder" + enter },
    { waitFor: "someone else there too", type: "y" },
    { waitFor: "Who else do people meet", type: down + enter }, // volunteer
    { waitFor: "From which organisation", type: "Bewonersgroep Rivierwijk" + enter },
    { waitFor: "someone else there too", type: "n" },
    { waitFor: "just walk in", type: "y" },
    { waitFor: "bring someone along", type: "y" },
    { waitFor: "Only for women?", type: "n" },
    { waitFor: "children welcome", type: "n" },
    { waitFor: "in a wheelchair", type: "y" },
    { waitFor: "Phone number", type: "06 11112222" + enter },
    { waitFor: "WhatsApp", type: "y" },
    { waitFor: "Email address", type: enter },
    { waitFor: "evening or at the weekend", type: "y" },
    { waitFor: "What to expect", type: "Je mag ook alleen luisteren." + enter },
  ];
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

function expectTheNewEntry(content: string): void {
  const text = fs.readFileSync(path.join(content, newFile), "utf8");
  const data = parseFrontMatterFile(text).data as Record<string, unknown>;
  expect(data).toMatchObject({
    type: "group",
    title: "Praatgroep op vrijdag",
    summary: "Samen praten over wat je meemaakt.",
    place: "de-brug",
    needs: ["talk", "share"],
    schedule: [
      { days: ["fr"], from: "19:00", to: "21:00", weeks: [1, -1] },
      { days: ["sa"], from: "10:00", to: "12:00" },
    ],
    cost: "free",
    languages: ["nl", "en", "so"],
    womenOnly: false,
    walkIn: true,
    bringSomeone: true,
    children: false,
    wheelchair: true,
    hosts: [
      { role: "peer-worker", organisation: "Stichting Samen Verder" },
      { role: "volunteer", organisation: "Bewonersgroep Rivierwijk" },
    ],
    contact: { phone: "06 11112222", whatsapp: true, afterHours: true },
  });
  expect(text).toMatch(/\n---\n\nJe mag ook alleen luisteren\.\n$/);
  const check = npmCheck(content);
  expect(check.output).toContain("All content is fine: 2 places, 5 initiatives");
  expect(check.status).toBe(0);
}

const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

describe("npm run new, interactive", () => {
  test("answered through a pipe, it writes an entry that passes npm run check", async () => {
    const content = tempContent();
    // Refusals on the way: a title that exists, an end time before the start.
    const result = await drive(process.execPath, [cli], answerSteps("Koffie en praten"), {
      cwd: repoRoot,
      env: env(content),
      timeoutMs: 120_000,
    });
    expect(result.output).toContain(`Written: `);
    expect(result.status, result.output).toBe(0);
    expectTheNewEntry(content);
  }, 180_000);

  test.skipIf(!hasScript)(
    "answered in a pseudo-terminal (util-linux script), it writes the same entry",
    async () => {
      const content = tempContent();
      const result = await drive(
        "script",
        // A pty made by `script` from a pipe has no size: give it one, or clack wraps at 1 column.
        ["-qfec", `stty cols 120 rows 40; ${process.execPath} ${cli}`, "/dev/null"],
        answerSteps(),
        { cwd: repoRoot, env: env(content), timeoutMs: 120_000 },
      );
      expect(result.status, result.output).toBe(0);
      expectTheNewEntry(content);
    },
    180_000,
  );

  test("Ctrl+C at the first question writes nothing", async () => {
    const content = tempContent();
    const before = hashFolder(content);
    const result = await drive(
      process.execPath,
      [cli],
      [{ waitFor: "What kind of entry", type: "\u0003" }],
      { cwd: repoRoot, env: env(content) },
    );
    expect(result.output).toContain("Nothing was written");
    expect(result.status).toBe(1);
    expect(hashFolder(content)).toBe(before);
  }, 120_000);
});

describe("npm run new --answers", () => {
  const answers = breiclubAnswers;

  test("writes the entry, and never overwrites it on a second run", { timeout: 180_000 }, () => {
    const content = tempContent();
    const first = runWith(content, answers);
    expect(first.status, first.output).toBe(0);
    const file = path.join(content, "initiatives/breiclub/index.mdx");
    expect(fs.readFileSync(file, "utf8")).toContain("address: Parkweg 3, Rivierwijk\n");
    expect(npmCheck(content).status).toBe(0);

    const before = hashFolder(content);
    const second = runWith(content, { ...answers, summary: "Iets anders." });
    expect(second.status).toBe(1);
    expect(second.output).toContain("Nothing was written");
    expect(second.output).toContain("title: there is already an entry initiatives/breiclub/");
    expect(hashFolder(content)).toBe(before);
  });

  test("a summary of 34 words writes nothing and says why", { timeout: 120_000 }, () => {
    const content = tempContent();
    const before = hashFolder(content);
    const summary =
      "Samen breien en haken in de grote zaal van het buurthuis met koffie en thee " +
      "en koekjes en een praatje met de buren die ook graag breien of haken of iets " +
      "anders willen leren.";
    expect(summary.split(" ")).toHaveLength(34);
    const result = runWith(content, { ...answers, summary });
    expect(result.status).toBe(1);
    expect(result.output).toContain("Nothing was written");
    expect(result.output).toMatch(/summary: the summary has 34 words: make it shorter/);
    expect(hashFolder(content)).toBe(before);
  });

  test("wrong answers are named and nothing is written", { timeout: 120_000 }, () => {
    const content = tempContent();
    const before = hashFolder(content);
    const result = runWith(content, { ...answers, needs: ["dancing"], cost: "a lot" });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/needs: "dancing" is not allowed here/);
    expect(result.output).toMatch(/cost: "a lot" must be free, or an amount/);
    expect(hashFolder(content)).toBe(before);
  });
});
