// Prints the `run:` steps of jobs of a workflow, one per line (NUL-separated), so
// .ci/run can run a workflow's own steps: node .ci/workflow-steps.mjs <workflow> <job>…
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const [file, ...jobs] = process.argv.slice(2);
const workflow = parse(readFileSync(file, "utf8"));
const steps = [];
for (const name of jobs) {
  const job = workflow.jobs?.[name];
  if (!job) throw new Error(`${file} has no job ${name}`);
  for (const step of job.steps) if (typeof step.run === "string") steps.push(step.run.trim());
}
process.stdout.write(steps.join("\0"));
