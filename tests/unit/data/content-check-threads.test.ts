import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { generateContent } from "../../../src/lib/bench/generate.ts";
import { checkContent } from "../../../src/lib/content/validate.ts";
import {
  checkContentInTwoThreads,
  foldersForTwoThreads,
} from "../../../src/data/content-check-threads.ts";

/** Two threads from this many folders on: fewer than the build's threshold, so the test stays quick. */
const fromFolders = 120;
import { repoRoot } from "../content/helpers.ts";

const siteYaml = readFileSync(path.join(repoRoot, "content/site.yaml"), "utf8");
const today = { today: "2026-11-25" };
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A generated content folder large enough for two threads (at `fromFolders`). */
function bigFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "buurtgids-threads-"));
  dirs.push(dir);
  // Four times the threshold: at 150 folders this thread sometimes checked them all
  // before the worker had started (its modules take about a second to load).
  const initiatives = fromFolders * 4;
  for (const file of generateContent({ seed: 5, initiatives, siteYaml })) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.text);
  }
  return dir;
}

describe("the content check in two threads", () => {
  test("gives exactly the one-thread result on a large valid folder", async () => {
    const dir = bigFolder();
    const one = checkContent(dir, today);
    let bySecondThread = 0;
    const two = await checkContentInTwoThreads(dir, today, {
      fromFolders,
      checked: (n) => (bySecondThread = n),
    });
    // Both threads took a share (the other starts later, so it takes fewer).
    expect(bySecondThread).toBeGreaterThan(0);
    expect(bySecondThread).toBeLessThan(two.stats.initiatives + two.stats.places);
    expect(one.problems).toEqual([]);
    expect(two).toEqual(one);
    // The same order of entries: page order (and the built site) depends on it.
    expect(two.guide?.initiatives.map((i) => i.slug)).toEqual(
      one.guide?.initiatives.map((i) => i.slug),
    );
  });

  test("finds the same problems, with file and line, wherever they are", async () => {
    const dir = bigFolder();
    const initiatives = path.join(dir, "initiatives");
    const names = readdirSync(initiatives).sort();
    // A broken field early, one late (likely the other thread's), and a stray file.
    for (const name of [names[1]!, names[names.length - 2]!]) {
      appendFileSync(path.join(initiatives, name, "index.mdx"), "\n<script>alert(1)</script>\n");
    }
    writeFileSync(path.join(initiatives, names[40]!, "notes.txt"), "loose file");
    const one = checkContent(dir, today);
    const two = await checkContentInTwoThreads(dir, today, { fromFolders });
    expect(one.guide).toBeUndefined();
    expect(one.problems.filter((p) => p.severity === "error").length).toBeGreaterThanOrEqual(2);
    expect(two).toEqual(one);
  });

  test("a small folder is checked in this thread alone, with the same result", async () => {
    const dir = path.join(repoRoot, "content");
    expect(await checkContentInTwoThreads(dir, today)).toEqual(checkContent(dir, today));
  });

  test("below the build's threshold the second thread is not started", async () => {
    const dir = bigFolder();
    let started = false;
    const two = await checkContentInTwoThreads(dir, today, { checked: () => (started = true) });
    expect(two.stats.initiatives + two.stats.places).toBeLessThan(foldersForTwoThreads);
    expect(started).toBe(false);
    expect(two).toEqual(checkContent(dir, today));
  });
});
