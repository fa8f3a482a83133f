/**
 * `node src/cli/bench/profile-summary.ts DIR [--top 10]`: the top self-time costs, by
 * package or project file, of the CPU profiles in DIR (written by
 * `npm run bench -- --profile DIR`; a build's worker threads write their own profiles,
 * which are summed in), and the top files inside packages. See src/lib/bench/cpu-profile.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatCosts, selfTimeByModule, type CpuProfile } from "../../lib/bench/cpu-profile.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "10" } },
});
const dir = positionals[0];
if (!dir) {
  console.error("Usage: node src/cli/bench/profile-summary.ts DIR [--top 10]");
  process.exit(1);
}
const profiles = readdirSync(dir)
  .filter((name) => name.endsWith(".cpuprofile"))
  .map((name) => JSON.parse(readFileSync(path.join(dir, name), "utf8")) as CpuProfile);
const root = process.cwd();
const costs = selfTimeByModule(profiles, { root });
const seconds = costs.reduce((sum, c) => sum + c.ms, 0) / 1000;
console.log(
  `${profiles.length} profile(s), ${seconds.toFixed(1)} s sampled\n\nBy package or file:`,
);
console.log(formatCosts(costs, Number(values.top)));
console.log("\nBy file, inside packages too:");
console.log(formatCosts(selfTimeByModule(profiles, { root, files: true }), Number(values.top)));
