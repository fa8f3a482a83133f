import { describe, expect, test } from "vitest";
import {
  formatTable,
  benchJson,
  median,
  secondsPerThousandPages,
} from "../../../src/lib/bench/report.ts";

const run = (label: string, pages: number, seconds: number) => ({
  label,
  initiatives: pages / 10,
  pages,
  seconds,
  peakRss: 512 * 1024 * 1024,
  pagefindBytes: 2048,
  firstLoad: { home: 10 * 1024 },
});

test("time is given per 1,000 pages and as a ratio to the baseline run", () => {
  expect(secondsPerThousandPages(run("x", 500, 10))).toBe(20);
  const table = formatTable({ seed: 1, runs: [run("baseline", 200, 8), run("N = 100", 1000, 20)] });
  const ratio = table.split("\n").find((line) => line.includes("time × baseline"));
  expect(ratio).toContain("1.00");
  expect(ratio).toContain("2.50");
  expect(table).toContain("512 MB");
  expect(table).toContain("10.0 KB");
});

test("the heaviest page is named with its size, and a run without one shows a dash", () => {
  const heavy = {
    ...run("N = 1000", 2000, 30),
    heaviestPage: { path: "/nl/week/", bytes: 51_200 },
  };
  const table = formatTable({ seed: 1, runs: [run("baseline", 200, 8), heavy] });
  const line = table.split("\n").find((l) => l.includes("heaviest page"));
  expect(line).toContain("50.0 KB /nl/week/");
  expect(line).toMatch(/\| +– \|/);
});

describe("the Starlight comparison", () => {
  const starlight = { pages: 6007, seconds: 40, secondsEach: [40], peakRss: 900 * 1024 * 1024 };
  const compared = { ...run("N = 1000", 8000, 20), starlight };
  const table = formatTable({ seed: 1, runs: [run("baseline", 200, 8), compared] });
  const row = (label: string) => table.split("\n").find((line) => line.startsWith(`| ${label} `));

  test("shows Starlight's pages, seconds and memory beside ours, and the ratio of the same run", () => {
    expect(row("Starlight pages")).toMatch(/\| +– \| +6007 \|$/);
    expect(row("Starlight seconds")).toMatch(/\| +– \| +40\.0 \|$/);
    expect(row("Starlight peak memory")).toMatch(/\| +– \| +900 MB \|$/);
    expect(row("time ÷ Starlight (same run)")).toMatch(/\| +– \| +0\.50 \|$/);
  });

  test("repeated builds show each time, and the ratio is that of the medians", () => {
    const repeated = {
      ...run("N = 300", 2400, median([30, 20, 25])),
      secondsEach: [30, 20, 25],
      starlight: { ...starlight, seconds: median([24, 26]), secondsEach: [24, 26] },
    };
    const lines = formatTable({ seed: 1, runs: [repeated] }).split("\n");
    expect(lines.find((l) => l.startsWith("| build seconds"))).toContain(
      "25.0 (30.0 / 20.0 / 25.0)",
    );
    expect(lines.find((l) => l.startsWith("| Starlight seconds"))).toContain("25.0 (24.0 / 26.0)");
    expect(lines.find((l) => l.startsWith("| time ÷ Starlight"))).toContain("1.00");
  });

  test("--json carries the same figures, the ratio included", () => {
    const json = JSON.parse(benchJson({ seed: 1, runs: [run("baseline", 200, 8), compared] }));
    expect(json.runs[1].starlight).toEqual(starlight);
    expect(json.runs[1].timeToStarlight).toBe(0.5);
    expect(json.runs[0]).not.toHaveProperty("timeToStarlight");
  });
});
