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

/** One table: a column per run; time also as a ratio to the first run (the baseline). */
export function formatTable(result: BenchResult): string {
  const [baseline] = result.runs;
  const kinds = [...new Set(result.runs.flatMap((r) => Object.keys(r.firstLoad)))];
  const rows: [string, ...string[]][] = [
    ["", ...result.runs.map((r) => r.label)],
    ["initiatives", ...result.runs.map((r) => String(r.initiatives))],
    ["pages built", ...result.runs.map((r) => String(r.pages))],
    ["build seconds", ...result.runs.map((r) => r.seconds.toFixed(1))],
    ["seconds per 1,000 pages", ...result.runs.map((r) => secondsPerThousandPages(r).toFixed(1))],
    [
      "time × baseline",
      ...result.runs.map((r) => (baseline ? (r.seconds / baseline.seconds).toFixed(2) : "–")),
    ],
    ["peak memory (RSS, whole build)", ...result.runs.map((r) => mib(r.peakRss))],
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
