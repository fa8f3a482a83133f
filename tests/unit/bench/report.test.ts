import { expect, test } from "vitest";
import { formatTable, secondsPerThousandPages } from "../../src/lib/bench/report.ts";

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
