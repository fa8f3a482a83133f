/**
 * `node src/cli/generate-content.ts --initiatives 1000 --out DIR [--seed 1]`: writes a
 * synthetic content folder (see src/lib/bench/generate.ts) for benchmarks and scale
 * tests, with the site.yaml of the content folder (BUURTGIDS_CONTENT or ./content).
 * DIR is emptied first.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentDir } from "../lib/content/content-dir.ts";
import { generateContent } from "../lib/bench/generate.ts";

const { values } = parseArgs({
  options: {
    initiatives: { type: "string", default: "1000" },
    out: { type: "string" },
    seed: { type: "string", default: "1" },
  },
});
const count = Number(values.initiatives);
if (!values.out || !Number.isInteger(count) || count < 1) {
  console.error("Usage: node src/cli/generate-content.ts --initiatives 1000 --out DIR [--seed 1]");
  process.exit(1);
}
const out = path.resolve(values.out);
const siteYaml = readFileSync(path.join(contentDir(), "site.yaml"), "utf8");
const files = generateContent({ seed: Number(values.seed), initiatives: count, siteYaml });
rmSync(out, { recursive: true, force: true });
for (const file of files) {
  const target = path.join(out, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.text);
}
console.log(`Wrote ${files.length} files for ${count} initiatives to ${out}`);
