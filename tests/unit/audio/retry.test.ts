/**
 * "not a WAV file (no RIFF/WAVE header)", once in 1,799 files under load: a file whose
 * WAV is broken is tried once more; if it fails again the build names the entry and
 * language in its one log line and makes the other files.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { audioSummary } from "../../../src/integrations/audio/build-audio.ts";
import { generateAll } from "../../../src/integrations/audio/synthesize.ts";
import { fakeSynthesiser, job, validWav } from "./fake-synthesiser.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "buurtgids-audio-retry-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const emptyPlan = { jobs: [], pairs: [], cached: 0, skipped: {} };

test("a truncated WAV the first time: tried again, made, nothing half-written", async () => {
  const cacheDir = path.join(scratch, "once");
  const synthesiser = fakeSynthesiser({
    // The first run of a/nl stops after 6 bytes of its header.
    wavFor: (j, attempt) => (j.slug === "a" && attempt === 1 ? validWav.subarray(0, 6) : validWav),
  });
  const result = await generateAll([job("a", "nl"), job("b", "nl")], cacheDir, { synthesiser });
  expect(synthesiser.spoken.filter((s) => s === "a/nl")).toHaveLength(2);
  expect(result.made).toBe(2);
  expect(result.failed).toEqual([]);
  expect(result.retried.map((r) => r.error)).toEqual(["not a WAV file (no RIFF/WAVE header)"]);
  expect(readdirSync(cacheDir).sort()).toEqual(["a-nl.opus", "b-nl.opus"]);
});

test("broken twice: reported with entry and language in one line, the rest is made", async () => {
  const cacheDir = path.join(scratch, "twice");
  const synthesiser = fakeSynthesiser({
    wavFor: (j) => (j.slug === "kapot" ? new Uint8Array(0) : validWav),
  });
  const jobs = [job("a", "nl"), job("kapot", "tr"), job("z", "nl")];
  const result = await generateAll(jobs, cacheDir, { synthesiser, concurrency: 1 });
  expect(synthesiser.spoken).toEqual(["a/nl", "kapot/tr", "kapot/tr", "z/nl"]);
  expect(result.made).toBe(2);
  expect(result.failed.map((f) => `${f.job.slug}/${f.job.locale}`)).toEqual(["kapot/tr"]);
  expect(existsSync(path.join(cacheDir, "kapot-tr.opus"))).toBe(false);
  expect(readdirSync(cacheDir).filter((f) => f.includes(".tmp"))).toEqual([]);

  const line = audioSummary({ plan: emptyPlan, result, budgetMs: 60_000 });
  expect(line).not.toContain("\n");
  expect(line).toContain("made 2");
  expect(line).toContain("1 failed twice (kapot tr: espeak-ng wrote no audio (0 bytes))");
});

test("an encoder that writes no Ogg file fails the file, not the build", async () => {
  const cacheDir = path.join(scratch, "encoder");
  const synthesiser = { ...fakeSynthesiser(), encode: async () => {} };
  const result = await generateAll([job("a", "nl")], cacheDir, { synthesiser });
  expect(result.made).toBe(0);
  expect(result.failed[0]?.error).toBe("the encoder wrote no Ogg file");
  expect(readdirSync(cacheDir)).toEqual([]);
});
