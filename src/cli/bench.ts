/**
 * `npm run bench -- --initiatives N [--seed 1] [--json] [--no-baseline] [--no-browser]`
 *
 * Generates a synthetic neighbourhood (src/lib/bench/generate.ts) into a temporary
 * content folder, builds it (with the sample neighbourhood built first in the same
 * run as a time baseline) and prints one table: pages, seconds, peak memory of the
 * whole build, Pagefind index size and first-load bytes per page kind. Read-aloud
 * audio generation is left out: it is cached per entry and would dominate the time.
 * `--audio` measures that instead: cold audio of the content folder (or, with
 * `--initiatives`, of the synthetic neighbourhood), seconds per file (bench/audio.ts).
 */
import { spawn } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { contentDir } from "../lib/content/content-dir.ts";
import { generateContent } from "../lib/bench/generate.ts";
import { firstLoad } from "../lib/budgets/first-load.ts";
import { watchPeakRss } from "./bench/process-rss.ts";
import { formatTable, type BenchResult, type BuildFigures } from "../lib/bench/report.ts";
import { serveStatic } from "./bench/static-server.ts";
import { benchAudio, formatAudioBench, writeFiles } from "./bench/audio.ts";

const { values } = parseArgs({
  options: {
    initiatives: { type: "string" },
    seed: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
    "no-baseline": { type: "boolean", default: false },
    "no-browser": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    audio: { type: "boolean", default: false },
  },
});
const count = Number(values.initiatives ?? "100");
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1) {
  console.error("Usage: npm run bench -- --initiatives 1000 [--seed 1] [--json]");
  process.exit(1);
}
const root = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), "buurtgids-bench-"));

if (values.audio) {
  try {
    let content = contentDir();
    const relative = path.relative(root, content);
    let label = relative && !relative.startsWith("..") ? relative : content;
    if (values.initiatives !== undefined) {
      content = path.join(work, "generated");
      const siteYaml = readFileSync(path.join(contentDir(), "site.yaml"), "utf8");
      writeFiles(content, generateContent({ seed, initiatives: count, siteYaml }));
      label = `synthetic, seed ${seed}`;
    }
    const result = await benchAudio({ label, content });
    console.log(values.json ? JSON.stringify(result, null, 2) : formatAudioBench(result));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
}
const log = (message: string) => {
  if (!values.json) console.error(message);
};

/** The site.yaml of the sample, without generated audio (see the header). */
function siteYamlWithoutAudio(): string {
  const text = readFileSync(path.join(contentDir(), "site.yaml"), "utf8");
  return `${text.replace(/^generatedAudio:.*$/m, "")}\ngeneratedAudio: []\n`;
}

function writeContent(dir: string, files: { path: string; text: string }[]): void {
  for (const file of files) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function build(content: string, outDir: string): Promise<{ seconds: number; peakRss?: number }> {
  // Inside the project, so Astro's temporary files stay apart from other builds' `.astro/`.
  const cacheDir = path.join(work, `cache-${path.basename(outDir)}`);
  const script = `import { build } from "astro";
    await build({ root: process.cwd(), outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(cacheDir)}, logLevel: "error" });`;
  const started = performance.now();
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    cwd: root,
    env: { ...process.env, BUURTGIDS_CONTENT: content, ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const memory = watchPeakRss(child.pid ?? 0);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const peakRss = memory.stop();
      if (code !== 0) reject(new Error(`astro build exited with ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakRss });
    });
  });
}

/**
 * The page with the largest first load. Pages are ranked by their HTML alone (fast
 * gzip); the heaviest few are then measured in full with `firstLoad`.
 */
function heaviestPage(
  outDir: string,
  files: string[],
  read: (urlPath: string) => Buffer | undefined,
): { path: string; bytes: number } | undefined {
  const ranked = files
    .filter((f) => f.endsWith(".html"))
    .map((file) => ({ file, html: gzipSync(readFileSync(file), { level: 1 }).length }))
    .sort((a, b) => b.html - a.html)
    .slice(0, 5);
  const measured = ranked.map(({ file }) => {
    const route = `/${path.relative(outDir, path.dirname(file)).split(path.sep).join("/")}/`;
    return {
      path: route.replace(/^\/\/$/, "/"),
      bytes: firstLoad(readFileSync(file, "utf8"), route, read).total,
    };
  });
  return measured.sort((a, b) => b.bytes - a.bytes)[0];
}

function firstSlug(dir: string): string {
  return readdirSync(dir).sort()[0] ?? "";
}

/** Bytes a browser downloads (compressed) for the first query on the search page. */
async function searchAfterQuery(outDir: string): Promise<number | undefined> {
  if (values["no-browser"]) return undefined;
  const { chromium } = await import("playwright-core");
  const server = await serveStatic(outDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    let bytes = 0;
    cdp.on("Network.loadingFinished", (event) => {
      bytes += event.encodedDataLength;
    });
    await page.goto(`${server.url}/nl/search/`);
    await page.waitForLoadState("networkidle");
    await page.getByRole("searchbox").fill("koffie");
    await page.locator("[data-search-results] li").first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measure(label: string, content: string, initiatives: number): Promise<BuildFigures> {
  const outDir = path.join(root, `.bench-dist-${path.basename(work)}-${label}`);
  log(`Building ${label} (${initiatives} initiatives)…`);
  try {
    const { seconds, peakRss } = await build(content, outDir);
    const all = filesUnder(outDir);
    const read = (urlPath: string) => {
      const file = path.join(outDir, decodeURIComponent(urlPath));
      try {
        return readFileSync(file);
      } catch {
        return undefined;
      }
    };
    const load = (route: string) => {
      try {
        return firstLoad(readFileSync(path.join(outDir, route, "index.html"), "utf8"), route, read)
          .total;
      } catch {
        return undefined;
      }
    };
    const initiative = firstSlug(path.join(content, "initiatives"));
    const heaviest = heaviestPage(outDir, all, read);
    const place = firstSlug(path.join(content, "places"));
    return {
      label,
      initiatives,
      pages: all.filter((f) => f.endsWith(".html")).length,
      seconds,
      peakRss,
      pagefindBytes: all
        .filter((f) => f.includes(`${path.sep}pagefind${path.sep}`))
        .reduce((sum, f) => sum + statSync(f).size, 0),
      firstLoad: {
        home: load("/nl/"),
        initiative: load(`/nl/initiatives/${initiative}/`),
        place: load(`/nl/places/${place}/`),
        week: load("/nl/week/"),
        "search (before a query)": load("/nl/search/"),
        "search (page + first query, browser)": await searchAfterQuery(outDir),
        poster: load(`/posters/${initiative}/`),
      },
      ...(heaviest ? { heaviestPage: heaviest } : {}),
    };
  } finally {
    if (!values.keep) rmSync(outDir, { recursive: true, force: true });
  }
}

try {
  const runs: BuildFigures[] = [];
  const siteYaml = siteYamlWithoutAudio();
  if (!values["no-baseline"]) {
    const sample = path.join(work, "sample");
    writeContent(sample, []);
    for (const file of filesUnder(contentDir())) {
      const relative = path.relative(contentDir(), file);
      const target = path.join(sample, relative);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, relative === "site.yaml" ? siteYaml : readFileSync(file));
    }
    const initiatives = readdirSync(path.join(sample, "initiatives")).length;
    runs.push(await measure("baseline (sample)", sample, initiatives));
  }
  const generated = path.join(work, "generated");
  writeContent(generated, generateContent({ seed, initiatives: count, siteYaml }));
  runs.push(await measure(`N = ${count}`, generated, count));
  const result: BenchResult = { seed, runs };
  console.log(values.json ? JSON.stringify(result, null, 2) : formatTable(result));
} finally {
  rmSync(work, { recursive: true, force: true });
}
