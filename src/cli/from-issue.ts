/**
 * `npm run from-issue`: turns a filled-in "suggest an initiative" issue form into a
 * new `initiatives/<slug>/index.mdx` in the content folder (BUURTGIDS_CONTENT or
 * ./content), through the same checked path as `npm run new`. Never overwrites.
 *
 *     npm run from-issue -- issue.md              # the issue body, as GitHub shows it
 *     npm run from-issue -- issue.md --issue 12   # … from issue #12
 *     npm run from-issue -- --github              # in a workflow: the issue of the event
 *
 * The body is read against the forms in .github/ISSUE_TEMPLATE/suggest-initiative.*.yml
 * (one per language). Every message is in the language of the form that was filled in.
 * Exit 0 when the entry was written, 1 when nothing was written (the reasons printed).
 *
 * With `--github` (the workflow .github/workflows/from-issue.yml) the issue comes from
 * the event file GITHUB_EVENT_PATH, and the texts for the comment and the pull
 * request are written to files named in GITHUB_OUTPUT, so no issue text ever passes
 * through a shell.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { contentDir } from "../lib/content/content-dir.ts";
import {
  fromIssue,
  isFormLocale,
  readIssueForm,
  type FromIssueResult,
  type IssueRef,
  type LocalizedForm,
} from "../lib/from-issue/index.ts";
import { readInventory } from "../lib/new-entry/inventory.ts";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const templateDir = path.join(repoRoot, ".github/ISSUE_TEMPLATE");
const formFile = /^suggest-initiative\.([a-z]{2,3})\.ya?ml$/;

/** The suggestion forms, one per language (`suggest-initiative.<locale>.yml`). */
function readForms(): LocalizedForm[] {
  const forms: LocalizedForm[] = [];
  for (const file of fs.readdirSync(templateDir).sort()) {
    const locale = formFile.exec(file)?.[1];
    if (!locale || !isFormLocale(locale)) continue;
    forms.push({
      locale,
      file: `.github/ISSUE_TEMPLATE/${file}`,
      form: readIssueForm(fs.readFileSync(path.join(templateDir, file), "utf8")),
    });
  }
  if (!forms.length) throw new Error(`no suggest-initiative.<language>.yml in ${templateDir}`);
  return forms;
}

/** The issue of a GitHub Actions event (`issues`): its body, number and address. */
function issueOfEvent(): { body: string; issue: IssueRef } {
  const file = process.env["GITHUB_EVENT_PATH"];
  if (!file) throw new Error("--github needs GITHUB_EVENT_PATH (it is set in GitHub Actions)");
  const event = JSON.parse(fs.readFileSync(file, "utf8")) as {
    issue?: { body?: string | null; number?: number; html_url?: string };
  };
  if (!event.issue) throw new Error(`${file} is not the event of an issue`);
  return {
    body: event.issue.body ?? "",
    issue: {
      ...(typeof event.issue.number === "number" ? { number: event.issue.number } : {}),
      ...(event.issue.html_url ? { url: event.issue.html_url } : {}),
    },
  };
}

/** Writes the texts for the workflow's next steps, and names them in GITHUB_OUTPUT. */
function writeGithubOutputs(result: FromIssueResult, issue: IssueRef): void {
  const dir = fs.mkdtempSync(
    path.join(process.env["RUNNER_TEMP"] ?? os.tmpdir(), `from-issue-${issue.number ?? "x"}-`),
  );
  const comment = path.join(dir, "comment.md");
  fs.writeFileSync(comment, `${result.comment}\n`);
  const outputs: Record<string, string> = {
    written: String(result.ok),
    locale: result.locale,
    "comment-file": comment,
  };
  if (result.ok && result.pullRequest) {
    const body = path.join(dir, "pull-request.md");
    fs.writeFileSync(body, `${result.pullRequest.body}\n`);
    Object.assign(outputs, {
      file: result.file!,
      branch: result.pullRequest.branch,
      "pull-request-file": body,
    });
    // Titles are the volunteer's text: one line, through files and outputs only.
    fs.writeFileSync(path.join(dir, "title.txt"), result.pullRequest.title);
    outputs["title"] = result.pullRequest.title.replace(/[\r\n]+/g, " ");
    outputs["commit-message"] = result.pullRequest.commitMessage;
  }
  const target = process.env["GITHUB_OUTPUT"];
  const lines = Object.entries(outputs).map(([key, value]) => {
    // Multi-line values with a delimiter that cannot be in the value.
    const delimiter = `EOF_${Math.random().toString(36).slice(2)}`;
    return value.includes("\n")
      ? `${key}<<${delimiter}\n${value}\n${delimiter}`
      : `${key}=${value}`;
  });
  if (target) fs.appendFileSync(target, `${lines.join("\n")}\n`);
  else console.log(lines.join("\n"));
}

function main(argv: string[]): number {
  if (argv.includes("--help") || argv.includes("-h") || argv.length === 0) {
    console.log(
      [
        "npm run from-issue -- <issue body file> [--issue <number>]",
        "npm run from-issue -- --github",
        "Writes a new initiatives/<slug>/index.mdx from a filled-in suggestion form.",
      ].join("\n"),
    );
    return argv.length === 0 ? 1 : 0;
  }
  const github = argv.includes("--github");
  let body: string;
  let issue: IssueRef = {};
  if (github) {
    ({ body, issue } = issueOfEvent());
  } else {
    const file = argv.find((arg, index) => !arg.startsWith("--") && argv[index - 1] !== "--issue");
    if (!file) throw new Error("name the file with the issue body");
    body = fs.readFileSync(file, "utf8");
    const at = argv.indexOf("--issue");
    if (at >= 0) issue = { number: Number(argv[at + 1]) };
  }
  const inventory = readInventory(contentDir());
  const shownRoot = path.relative(process.cwd(), inventory.root).split(path.sep).join("/") || ".";
  const result = fromIssue(body, readForms(), inventory, issue, shownRoot);
  if (github) writeGithubOutputs(result, issue);
  if (result.ok) {
    console.log(`Written: ${result.file}`);
    console.log(result.comment);
    return 0;
  }
  console.error(result.comment);
  return 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(
    `npm run from-issue failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
