/**
 * `npm run new -- --answers f.json` with answers the questions would refuse: the
 * real CLI, run on a temporary copy of `content/`. A wrong answer writes nothing
 * (no folder, no file), names the answer in one line, and exits with 1; a good
 * answers file still writes an entry that passes the content check.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkContent } from "../../../src/lib/content/validate.ts";
import { hashFolder, repoRoot, tempContent } from "../content/helpers.ts";
import { cliEnv as env, drive, keys, newCli as cli, runWithAnswers as runWith } from "./drive.ts";

/** The repository's own content folder, copied for each test. */
const contentBase = path.join(repoRoot, "content");

const good = {
  type: "activity",
  title: "Breiclub op woensdag",
  summary: "Samen breien en haken. Kom gewoon langs.",
  address: "Parkweg 3, Lindenhof",
  needs: ["create", "meet"],
  times: [{ days: ["we"], from: "14:00", to: "16:00" }],
  cost: "free",
  languages: ["nl", "tr"],
  walkIn: true,
  hostRole: "volunteer",
  body: "Neem je eigen wol mee.",
};
const slug = "breiclub-op-woensdag";

/** Runs the CLI with `data` and checks that it refused and left the folder as it was. */
function expectRefused(data: unknown): string {
  const content = tempContent({}, contentBase);
  const before = hashFolder(content);
  const initiativesBefore = fs.readdirSync(path.join(content, "initiatives")).sort();
  const result = runWith(content, data);
  expect(result.status, result.stdout + result.stderr).toBe(1);
  expect(result.stdout).not.toContain("Written:");
  expect(hashFolder(content)).toBe(before);
  expect(fs.readdirSync(path.join(content, "initiatives")).sort()).toEqual(initiativesBefore);
  expect(fs.existsSync(path.join(content, "initiatives", slug))).toBe(false);
  return result.stderr;
}

describe("npm run new --answers with untrusted answers", () => {
  test(
    "a language with a line break that would add front matter and code writes nothing",
    { timeout: 120_000 },
    () => {
      const output = expectRefused({
        ...good,
        languages: ["nl\nwomenOnly: true\n---\n{import('node:fs')}"],
      });
      const lines = output.trim().split("\n");
      expect(lines).toContain(
        '  languages: "nl\\nwomen…" must be a language code like nl, ar, tr or pt-BR, on one line',
      );
      expect(output).not.toContain("import(");
    },
  );

  test("a title with a line break writes nothing", { timeout: 120_000 }, () => {
    const output = expectRefused({ ...good, title: "Breiclub\nwomenOnly: true" });
    expect(output).toMatch(/^ {2}title: "Breiclub\\nwomen…" must be .*, on one line$/m);
  });

  test(
    "control and text-direction characters are named, never printed",
    { timeout: 120_000 },
    () => {
      const output = expectRefused({
        ...good,
        summary: "Samen \u202ebreien.",
        hostOrganisation: "Stichting\u001b[2J",
      });
      expect(output).toMatch(/^ {2}summary: "Samen \\u202ebreie…" must be .*text-direction/m);
      expect(output).toMatch(
        /^ {2}hostOrganisation: "Stichting\\u001b\[2J" must be .*without control characters$/m,
      );
      expect(output).not.toMatch(/[\u001b\u202e]/);
    },
  );

  test(
    "a file the content check would refuse is not written (body code, reserved folder)",
    { timeout: 120_000 },
    () => {
      expect(expectRefused({ ...good, body: "Kom {process.exit(1)} langs" })).toMatch(
        /^ {2}body: this text cannot be used/m,
      );
      // Only the real content check knows "all" is reserved: the rendered file goes through it.
      expect(expectRefused({ ...good, title: "All" })).toMatch(/^ {2}title: "all" is reserved/m);
    },
  );

  test(
    "a good answers file still writes an entry that passes the content check",
    { timeout: 120_000 },
    () => {
      const content = tempContent({}, contentBase);
      const errorsBefore = checkContent(content).problems.filter((p) => p.severity === "error");
      const result = runWith(content, good);
      expect(result.status, result.stdout + result.stderr).toBe(0);
      const file = path.join(content, "initiatives", slug, "index.mdx");
      expect(fs.readFileSync(file, "utf8")).toContain("languages: [nl, tr]\n");
      const after = checkContent(content).problems;
      expect(after.filter((p) => p.file.startsWith(`initiatives/${slug}/`))).toEqual([]);
      expect(after.filter((p) => p.severity === "error")).toEqual(errorsBefore);
    },
  );
});

describe("the questions use the same check", () => {
  test(
    "a title with a text-direction override is refused as it is typed",
    { timeout: 120_000 },
    async () => {
      const content = tempContent({}, contentBase);
      const before = hashFolder(content);
      const result = await drive(
        process.execPath,
        [cli],
        [
          { waitFor: "What kind of entry", type: keys.enter },
          { waitFor: "Title", type: "Brei\u202eclub" + keys.enter },
          { waitFor: '"Brei\\u202eclub" must be a short title', type: "\u0003" },
        ],
        { cwd: repoRoot, env: env(content), timeoutMs: 60_000 },
      );
      expect(result.output.replace(/\s+/g, " ")).toContain(
        "without hidden text-direction characters",
      );
      expect(result.output).toContain("Nothing was written");
      expect(result.status).toBe(1);
      expect(hashFolder(content)).toBe(before);
    },
  );
});
