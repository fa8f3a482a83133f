/** The benchmark's result and its one table, for people (`formatTable`) or machines (JSON). */

export interface BuildFigures {
  label: string;
  initiatives: number;
  pages: number;
  seconds: number;
  /** Peak RSS of the whole build process tree, bytes (undefined where it cannot be read). */
  peakRss: number | undefined;
  /** Bytes of dist/pagefind (the search index and its code). */
  pagefindBytes: number;
  /** First-load gzip bytes per page kind. */
  firstLoad: Record<string, number | undefined>;
  /** The page with the largest first load (gzip), and that size. */
  heaviestPage?: { path: string; bytes: number };
  /** Each build's seconds when built more than once (`seconds` is their median). */
  secondsEach?: number[];
  /** The same entries built by Starlight in the same run (see starlight-site.ts). */
  starlight?: StarlightFigures;
}

export interface StarlightFigures {
  pages: number;
  /** Median of `secondsEach`. */
  seconds: number;
  secondsEach: number[];
  peakRss: number | undefined;
}

export interface BenchResult {
  seed: number;
  runs: BuildFigures[];
}

const kib = (bytes: number | undefined) =>
  bytes === undefined ? "–" : `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes: number | undefined) =>
  bytes === undefined ? "–" : `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Seconds per 1,000 pages: comparable across sizes. */
export function secondsPerThousandPages(run: BuildFigures): number {
  return run.pages === 0 ? 0 : (run.seconds / run.pages) * 1000;
}

/** The middle value (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Our time as a share of Starlight's, from builds of the same run; undefined without one. */
export function ratioToStarlight(run: BuildFigures): number | undefined {
  return run.starlight ? run.seconds / run.starlight.seconds : undefined;
}

/** The result for machines (`--json`): the figures, with the ratio to Starlight per run. */
export function benchJson(result: BenchResult): string {
  const runs = result.runs.map((run) => {
    const ratio = ratioToStarlight(run);
    return ratio === undefined ? run : { ...run, timeToStarlight: ratio };
  });
  return JSON.stringify({ ...result, runs }, null, 2);
}

const seconds = (run: { seconds: number; secondsEach?: number[] }) =>
  run.secondsEach && run.secondsEach.length > 1
    ? `${run.seconds.toFixed(1)} (${run.secondsEach.map((s) => s.toFixed(1)).join(" / ")})`
    : run.seconds.toFixed(1);

/**
 * One table: a column per run; time also as a ratio to the first run (the baseline)
 * and, where Starlight built the same entries in the same run, to Starlight.
 */
export function formatTable(result: BenchResult): string {
  const [baseline] = result.runs;
  const kinds = [...new Set(result.runs.flatMap((r) => Object.keys(r.firstLoad)))];
  const rows: [string, ...string[]][] = [
    ["", ...result.runs.map((r) => r.label)],
    ["initiatives", ...result.runs.map((r) => String(r.initiatives))],
    ["pages built", ...result.runs.map((r) => String(r.pages))],
    ["build seconds", ...result.runs.map(seconds)],
    ["seconds per 1,000 pages", ...result.runs.map((r) => secondsPerThousandPages(r).toFixed(1))],
    [
      "time × baseline",
      ...result.runs.map((r) => (baseline ? (r.seconds / baseline.seconds).toFixed(2) : "–")),
    ],
    ["peak memory (RSS, whole build)", ...result.runs.map((r) => mib(r.peakRss))],
    ["Starlight pages", ...result.runs.map((r) => r.starlight?.pages.toString() ?? "–")],
    ["Starlight seconds", ...result.runs.map((r) => (r.starlight ? seconds(r.starlight) : "–"))],
    ["Starlight peak memory", ...result.runs.map((r) => mib(r.starlight?.peakRss))],
    [
      "time ÷ Starlight (same run)",
      ...result.runs.map((r) => ratioToStarlight(r)?.toFixed(2) ?? "–"),
    ],
    ["Pagefind index size", ...result.runs.map((r) => kib(r.pagefindBytes))],
    ...kinds.map((kind): [string, ...string[]] => [
      `first load, ${kind} (gzip)`,
      ...result.runs.map((r) => kib(r.firstLoad[kind])),
    ]),
    [
      "heaviest page, first load (gzip)",
      ...result.runs.map((r) =>
        r.heaviestPage ? `${kib(r.heaviestPage.bytes)} ${r.heaviestPage.path}` : "–",
      ),
    ],
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? "").length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join(" | ")} |`;
  const [head, ...body] = rows;
  return [
    line(head!),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...body.map(line),
  ].join("\n");
}
