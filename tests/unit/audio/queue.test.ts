/**
 * Audio never blocks a deploy: a time budget per build, files made in a fair order
 * (never had audio first, then the longest waiting), and a ledger in the cache so the
 * next build goes on where this one stopped. A fake clock: each file takes a minute.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { audioSummary } from "../../../src/integrations/audio/build-audio.ts";
import { generateAll } from "../../../src/integrations/audio/synthesize.ts";
import type { AudioJob } from "../../../src/lib/audio/plan.ts";
import {
  audioBudgetMs,
  formatLedger,
  nextLedger,
  orderJobs,
  parseLedger,
  type AudioLedger,
} from "../../../src/lib/audio/queue.ts";
import { fakeSynthesiser, job } from "./fake-synthesiser.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "buurtgids-audio-queue-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const locales = ["nl", "en", "tr"];
const ids = (jobs: readonly AudioJob[]) => jobs.map((j) => `${j.slug}/${j.locale}`);
const night = (n: number) => new Date(Date.UTC(2026, 0, n, 2));
const minute = 60_000;

describe("audioBudgetMs", () => {
  test("ten minutes unless site.yaml says otherwise; 0 makes none", () => {
    expect(audioBudgetMs({})).toBe(10 * minute);
    expect(audioBudgetMs({ generatedAudioMinutes: 0 })).toBe(0);
    expect(audioBudgetMs({ generatedAudioMinutes: 1.5 })).toBe(90_000);
  });
});

describe("orderJobs", () => {
  const jobs = [job("b", "en"), job("b", "nl"), job("a", "tr"), job("a", "nl")];

  test("with an empty ledger: by entry, then the site's locale order", () => {
    expect(ids(orderJobs(jobs, {}, night(1), locales))).toEqual(["a/nl", "a/tr", "b/nl", "b/en"]);
  });

  test("never had audio before a changed text; the longest waiting first", () => {
    const ledger: AudioLedger = {
      "a/nl": { hadAudio: true, waitingSince: "2025-12-01T02:00:00.000Z" },
      "b/en": { waitingSince: night(2).toISOString() },
      "b/nl": { waitingSince: night(1).toISOString() },
    };
    // a/tr is not in the ledger: it starts waiting now (night 3).
    expect(ids(orderJobs(jobs, ledger, night(3), locales))).toEqual([
      "b/nl",
      "b/en",
      "a/tr",
      "a/nl",
    ]);
  });

  test("the same input gives the same order, whatever order it came in", () => {
    const ledger: AudioLedger = { "b/en": { waitingSince: night(1).toISOString() } };
    const once = ids(orderJobs(jobs, ledger, night(2), locales));
    expect(ids(orderJobs([...jobs].reverse(), ledger, night(2), locales))).toEqual(once);
  });
});

describe("nextLedger", () => {
  test("made files have had audio; waiting ones keep their time, new ones start now", () => {
    const previous: AudioLedger = {
      "a/nl": { waitingSince: night(1).toISOString() },
      "b/nl": { hadAudio: true },
      "gone/nl": { waitingSince: night(1).toISOString() },
    };
    const next = nextLedger(
      previous,
      [
        { slug: "a", locale: "nl", cached: false },
        // Its text changed: it had audio, and waits from now.
        { slug: "b", locale: "nl", cached: false },
        { slug: "c", locale: "nl", cached: true },
        { slug: "d", locale: "nl", cached: false },
      ],
      night(2),
    );
    expect(next).toEqual({
      "a/nl": { waitingSince: night(1).toISOString() },
      "b/nl": { hadAudio: true, waitingSince: night(2).toISOString() },
      "c/nl": { hadAudio: true },
      "d/nl": { waitingSince: night(2).toISOString() },
    });
  });

  test("the ledger file reads back; an unreadable one is empty", () => {
    const ledger: AudioLedger = { "z/nl": { hadAudio: true }, "a/en": { waitingSince: "x" } };
    expect(parseLedger(formatLedger(ledger))).toEqual(ledger);
    expect(formatLedger(ledger).indexOf("a/en")).toBeLessThan(formatLedger(ledger).indexOf("z/"));
    expect(parseLedger("{ not json")).toEqual({});
    expect(parseLedger(undefined)).toEqual({});
    expect(parseLedger('{"pairs": [1]}')).toEqual({});
  });
});

describe("a city in a few nights", () => {
  /** One build: order, make within the budget, write down what still waits. */
  async function build(
    cacheDir: string,
    jobs: AudioJob[],
    ledger: AudioLedger,
    now: Date,
    budgetMs: number,
  ) {
    const pending = jobs.filter((j) => !existsSync(path.join(cacheDir, j.cacheFile)));
    const synthesiser = fakeSynthesiser({ msPerFile: minute });
    const result = await generateAll(orderJobs(pending, ledger, now, locales), cacheDir, {
      synthesiser,
      clock: synthesiser.clock,
      concurrency: 1,
      budgetMs,
    });
    const pairs = jobs.map((j) => ({
      ...j,
      cached: existsSync(path.join(cacheDir, j.cacheFile)),
    }));
    return { result, made: synthesiser.spoken, ledger: nextLedger(ledger, pairs, now) };
  }

  test("a 3-minute budget makes 3 files a night, and the next night goes on", async () => {
    const cacheDir = path.join(scratch, "city");
    const city = ["a", "b", "c", "d"].flatMap((slug) => [job(slug, "nl"), job(slug, "en")]);

    const first = await build(cacheDir, city, {}, night(1), 3 * minute);
    expect(first.made).toEqual(["a/nl", "a/en", "b/nl"]);
    expect(first.result.made).toBe(3);
    expect(ids(first.result.left)).toEqual(["b/en", "c/nl", "c/en", "d/nl", "d/en"]);

    // Night 2: entry "aa" is new, and a/nl's text changed (a new file, it had audio).
    const changed = { ...job("a", "nl"), key: "a-nl-2", cacheFile: "a-nl-2.opus" };
    const city2 = [changed, job("aa", "nl"), ...city.filter((j) => j.key !== "a-nl")];
    const second = await build(cacheDir, city2, first.ledger, night(2), 3 * minute);
    // Those left last night come first, then the new entry; the changed text waits.
    expect(second.made).toEqual(["b/en", "c/nl", "c/en"]);
    expect(ids(second.result.left)).toEqual(["d/nl", "d/en", "aa/nl", "a/nl"]);

    const third = await build(cacheDir, city2, second.ledger, night(3), 3 * minute);
    expect(third.made).toEqual(["d/nl", "d/en", "aa/nl"]);
    const fourth = await build(cacheDir, city2, third.ledger, night(4), 3 * minute);
    expect(fourth.made).toEqual(["a/nl"]);
    expect(fourth.result.left).toEqual([]);
    expect(Object.values(fourth.ledger).every((s) => s.hadAudio && !s.waitingSince)).toBe(true);
  });

  test("a budget of 0 makes nothing and leaves everything, in order", async () => {
    const synthesiser = fakeSynthesiser({ msPerFile: minute });
    const jobs = [job("a", "nl"), job("b", "nl")];
    const result = await generateAll(jobs, path.join(scratch, "off"), {
      synthesiser,
      clock: synthesiser.clock,
      budgetMs: 0,
    });
    expect(result.made).toBe(0);
    expect(synthesiser.spoken).toEqual([]);
    expect(ids(result.left)).toEqual(["a/nl", "b/nl"]);
  });

  test("a file under way when the budget runs out is finished, none is started after", async () => {
    const synthesiser = fakeSynthesiser({ msPerFile: minute });
    const jobs = [job("a", "nl"), job("b", "nl"), job("c", "nl")];
    const result = await generateAll(jobs, path.join(scratch, "overrun"), {
      synthesiser,
      clock: synthesiser.clock,
      budgetMs: 90_000,
      concurrency: 1,
    });
    expect(synthesiser.spoken).toEqual(["a/nl", "b/nl"]);
    expect(result.made).toBe(2);
    expect(ids(result.left)).toEqual(["c/nl"]);
  });
});

describe("the build's one line", () => {
  const plan = { jobs: [], pairs: [], cached: 1200, skipped: {} };
  const result = { made: 32, retried: [], failed: [], left: Array(1433).fill(job("a", "nl")) };

  test("says how many files are left, why, and what readers get until then", () => {
    expect(audioSummary({ plan, result, budgetMs: 10 * minute })).toBe(
      "Read-aloud audio: made 32, 1,200 from the cache, 1,433 files left for a later build " +
        "(the 10-minute budget ran out; until then those entries offer the phone's own voice)",
    );
  });

  test("with a budget of 0 it says making audio is off", () => {
    const off = { made: 0, retried: [], failed: [], left: [job("a", "nl")] };
    expect(audioSummary({ plan, result: off, budgetMs: 0 })).toBe(
      "Read-aloud audio: making audio is off (site.yaml generatedAudioMinutes: 0), " +
        "1,200 from the cache, 1 file not made (those entries offer the phone's own voice)",
    );
  });
});
