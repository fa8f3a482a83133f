/**
 * `npm run bench -- --initiatives N [--seed 1] [--json] [--no-baseline] [--no-browser]
 *   [--no-starlight] [--repeat R] [--profile DIR]`
 *
 * Generates a synthetic neighbourhood (src/lib/bench/generate.ts) into a temporary
 * content folder, builds it (with the sample neighbourhood built first in the same
 * run as a time baseline) and prints one table: pages, seconds, peak memory of the
 * whole build, Pagefind index size and first-load bytes per page kind. In the same
 * run Starlight builds the same entries as docs pages (bench/starlight.ts), so the
 * ratio to Starlight is measured, not remembered; with `--repeat R` both are built R
 * times, in turns (ours first, then Starlight first, …), and medians are compared.
 * `--profile DIR` writes a CPU profile of each of our builds into DIR.
 * Read-aloud audio generation is left out: it is cached per entry and would dominate
 * the time. `--audio` measures that instead: cold audio of the content folder (or,
 * with `--initiatives`, of the synthetic neighbourhood), seconds per file (bench/audio.ts).
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { contentDir } from "../lib/content/content-dir.ts";
import { generateContent } from "../lib/bench/generate.ts";
import { scriptEnvironment } from "../lib/bench/script-environment.ts";
import { firstLoad } from "../lib/budgets/first-load.ts";
import {
  benchJson,
  formatTable,
  median,
  type BenchResult,
  type BuildFigures,
  type StarlightFigures,
} from "../lib/bench/report.ts";
import { serveStatic } from "./bench/static-server.ts";
import { benchAudio, formatAudioBench } from "./bench/audio.ts";
import { filesUnder, writeFiles } from "./bench/files.ts";
import { timedAstroBuild, type BuildTiming } from "./bench/timed-build.ts";
import {
  buildStarlight,
  ensureStarlightInstalled,
  removeStarlightSite,
  writeStarlightSite,
} from "./bench/starlight.ts";

const { values } = parseArgs({
  options: {
    initiatives: { type: "string" },
    seed: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
    "no-baseline": { type: "boolean", default: false },
    "no-browser": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    audio: { type: "boolean", default: false },
    "no-starlight": { type: "boolean", default: false },
    repeat: { type: "string", default: "1" },
    profile: { type: "string" },
  },
});
const count = Number(values.initiatives ?? "100");
const seed = Number(values.seed);
const rounds = Number(values.repeat);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(rounds) || rounds < 1) {
  console.error("Usage: npm run bench -- --initiatives 1000 [--seed 1] [--repeat 1] [--json]");
  process.exit(1);
}
const root = process.cwd();

/**
 * What `npm run build` sets (package.json), for our builds and Starlight's alike: the
 * deploy builds that way, and the ratio then compares the two builds, not settings.
 */
const buildEnvironment = scriptEnvironment(
  (
    JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    }
  ).scripts.build ?? "",
);
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
const settings = Object.entries(buildEnvironment).map(([name, value]) => `${name}=${value}`);
log(`Every build with ${settings.join(" ") || "no settings"} (package.json's build script).`);

/** The site.yaml of the sample, without generated audio (see the header). */
function siteYamlWithoutAudio(): string {
  const text = readFileSync(path.join(contentDir(), "site.yaml"), "utf8");
  return `${text.replace(/^generatedAudio:.*$/m, "")}\ngeneratedAudio: []\n`;
}

const profileDir = values.profile ? path.resolve(values.profile) : undefined;
if (profileDir) mkdirSync(profileDir, { recursive: true });

/**
 * Folders of built sites, removed only when the bench is done. Every build goes into a
 * folder of its own, with a cache of its own (each build is cold, as a deploy from a
 * fresh clone), and nothing is deleted between builds: on a file system without a
 * journal (ext4 here) the files created just after thousands were deleted take far
 * longer to create (`perf`: ext4's `recently_deleted`, some 6 s more for one build of
 * 300 entries), which measured the deleting, not the build.
 */
const removeAtTheEnd: string[] = [];

function build(content: string, outDir: string): Promise<BuildTiming> {
  // Inside the project, so Astro's temporary files stay apart from other builds' `.astro/`.
  return timedAstroBuild({
    cwd: root,
    outDir,
    cacheDir: path.join(work, "cache", path.relative(root, outDir)),
    env: { ...buildEnvironment, BUURTGIDS_CONTENT: content },
    ...(profileDir ? { profileDir } : {}),
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

const peak = (timings: readonly BuildTiming[]) => {
  const known = timings.flatMap((t) => (t.peakRss === undefined ? [] : [t.peakRss]));
  return known.length > 0 ? Math.max(...known) : undefined;
};

/**
 * Builds `content` and, given a Starlight site of the same entries, that too: `rounds`
 * times, in turns, so neither side always builds on a warmer or busier machine. The
 * page figures are those of our last build.
 */
async function measure(
  label: string,
  content: string,
  initiatives: number,
  starlightDir?: string,
): Promise<BuildFigures> {
  const outDirs = path.join(root, `.bench-dist-${path.basename(work)}-${label}`);
  removeAtTheEnd.push(outDirs);
  const ours: BuildTiming[] = [];
  const theirs: (BuildTiming & { pages: number })[] = [];
  let outDir = "";
  const buildOurs = async (round: number) => {
    log(`Building ${label} (${initiatives} initiatives)…`);
    outDir = path.join(outDirs, `round-${round}`);
    ours.push(await build(content, outDir));
  };
  const buildTheirs = async (dir: string, round: number) => {
    log(`Building ${label} with Starlight…`);
    theirs.push(await buildStarlight(dir, round, buildEnvironment));
  };
  for (let round = 0; round < (starlightDir ? rounds : 1); round++) {
    const turn = [() => buildOurs(round)];
    if (starlightDir) turn.push(() => buildTheirs(starlightDir, round));
    for (const step of round % 2 === 0 ? turn : turn.reverse()) await step();
  }
  const seconds = median(ours.map((t) => t.seconds));
  const peakRss = peak(ours);
  const starlight: StarlightFigures | undefined =
    theirs.length > 0
      ? {
          pages: theirs.at(-1)!.pages,
          seconds: median(theirs.map((t) => t.seconds)),
          secondsEach: theirs.map((t) => t.seconds),
          peakRss: peak(theirs),
        }
      : undefined;
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
    ...(ours.length > 1 ? { secondsEach: ours.map((t) => t.seconds) } : {}),
    ...(starlight ? { starlight } : {}),
  };
}

try {
  const runs: BuildFigures[] = [];
  const siteYaml = siteYamlWithoutAudio();
  if (!values["no-baseline"]) {
    const sample = path.join(work, "sample");
    mkdirSync(sample, { recursive: true });
    for (const file of filesUnder(contentDir())) {
      const relative = path.relative(contentDir(), file);
      const target = path.join(sample, relative);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, relative === "site.yaml" ? siteYaml : readFileSync(file));
    }
    const initiatives = readdirSync(path.join(sample, "initiatives")).length;
    spawnSync("sync", { stdio: "ignore" });
    runs.push(await measure("baseline (sample)", sample, initiatives));
  }
  const generated = path.join(work, "generated");
  const files = generateContent({ seed, initiatives: count, siteYaml });
  writeFiles(generated, files);
  let starlightDir: string | undefined;
  if (!values["no-starlight"]) {
    ensureStarlightInstalled(root);
    starlightDir = writeStarlightSite(root, files);
  }
  // The thousands of files just written are flushed to disk now, not during the first
  // build (which was the slowest of every run, ours or Starlight's, whichever came first).
  spawnSync("sync", { stdio: "ignore" });
  try {
    runs.push(await measure(`N = ${count}`, generated, count, starlightDir));
  } finally {
    if (starlightDir) removeStarlightSite(starlightDir);
  }
  const result: BenchResult = { seed, runs };
  console.log(values.json ? benchJson(result) : formatTable(result));
} finally {
  if (!values.keep) for (const dir of removeAtTheEnd) rmSync(dir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
