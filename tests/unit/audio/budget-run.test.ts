/**
 * The time budget with the real espeak-ng and opusenc, on the small fixture guide and
 * an empty temporary cache: a tiny budget makes one file a run and says in one line
 * how many are left; the next run, with the same cache, makes the next one; a run
 * without a limit finishes the rest. (CI installs the tools; elsewhere this needs them.)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import {
  audioSummary,
  buildGeneratedAudio,
  ledgerFile,
} from "../../../src/integrations/audio/build-audio.ts";
import { loadGuide } from "../../../src/lib/content/validate.ts";
import { parseLedger } from "../../../src/lib/audio/queue.ts";

const installed = (command: string, arg: string) => spawnSync(command, [arg]).status === 0;
const hasTools = installed("espeak-ng", "--version") && installed("opusenc", "--version");

const guide = loadGuide(path.resolve("tests/fixtures/content-good"));
const cacheDir = mkdtempSync(path.join(tmpdir(), "buurtgids-audio-budget-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const opusFiles = () => readdirSync(cacheDir).filter((f) => f.endsWith(".opus"));
const now = new Date("2026-03-02T02:00:00Z");
// One file a run: the budget is over as soon as the first file is under way.
const tiny = { cacheDir, now, budgetMs: 1, concurrency: 1 };

describe.skipIf(!hasTools && !process.env.CI)("a build with a tiny audio budget", () => {
  test("makes one file, says how many are left, and the next run goes on", async () => {
    const first = await buildGeneratedAudio(guide, tiny);
    const total = first.plan.jobs.length;
    expect(total).toBeGreaterThan(2);
    expect(first.result.made).toBe(1);
    expect(first.result.left).toHaveLength(total - 1);
    expect(opusFiles()).toHaveLength(1);
    const line = audioSummary(first);
    expect(line).not.toContain("\n");
    expect(line).toContain(`made 1, 0 from the cache, ${total - 1} files left for a later build`);
    expect(line).toContain("phone's own voice");
    // The ledger remembers who waits, and since when.
    const ledger = parseLedger(readFileSync(path.join(cacheDir, ledgerFile), "utf8"));
    expect(Object.values(ledger).filter((s) => s.waitingSince === now.toISOString())).toHaveLength(
      total - 1,
    );

    const second = await buildGeneratedAudio(guide, {
      ...tiny,
      now: new Date("2026-03-03T02:00Z"),
    });
    expect(second.plan.cached).toBe(1);
    expect(second.result.made).toBe(1);
    // It made the file the first run would have made next.
    expect(opusFiles()).toContain(first.result.left[0]!.cacheFile);
    expect(audioSummary(second)).toContain(`${total - 2} files left`);

    const rest = await buildGeneratedAudio(guide, { cacheDir, now, budgetMs: Infinity });
    expect(rest.result.made).toBe(total - 2);
    expect(rest.result.left).toEqual([]);
    expect(rest.result.failed).toEqual([]);
    expect(opusFiles()).toHaveLength(total);
    expect(audioSummary(rest)).not.toContain("left");
    for (const file of opusFiles()) {
      const bytes = readFileSync(path.join(cacheDir, file));
      expect(bytes.subarray(0, 4).toString()).toBe("OggS");
    }
  }, 120_000);

  test("a budget of 0 makes nothing and says so", async () => {
    const off = mkdtempSync(path.join(tmpdir(), "buurtgids-audio-off-"));
    try {
      const report = await buildGeneratedAudio(guide, { cacheDir: off, now, budgetMs: 0 });
      expect(report.result.made).toBe(0);
      expect(readdirSync(off).filter((f) => f.endsWith(".opus"))).toEqual([]);
      expect(audioSummary(report)).toMatch(
        /^Read-aloud audio: making audio is off \(site.yaml generatedAudioMinutes: 0\), 0 from the cache, \d+ files not made/,
      );
    } finally {
      rmSync(off, { recursive: true, force: true });
    }
  });
});
