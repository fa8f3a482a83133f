import { afterEach, describe, expect, test, vi } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import buildLog from "../../src/integrations/build-log.ts";
import { isPageLine, type LogEvent } from "../../src/lib/page-log-lines.ts";

const info = (label: string | null, message: string, newLine = true): LogEvent => ({
  label,
  level: "info",
  message,
  newLine,
});
const blue = (text: string) => `\u001b[34m${text}\u001b[39m`;
const dim = (text: string) => `\u001b[2m${text}\u001b[22m`;

/** Astro's two events per built page (core/build/generate.js), in colour and without. */
const pageEvents = [
  info(null, `  ${blue("├─")} ${dim("/en/initiatives/koffie/index.html")}`, false),
  info(null, "  └─ /go/koffie/index.html", false),
  info("SKIP_FORMAT", ` ${dim("(+14ms)")} `),
  info("SKIP_FORMAT", " \u001b[31m(+1.25s)\u001b[39m "),
  info("SKIP_FORMAT", " (cached)"),
];

/** Everything else a build says, which stays. */
const otherEvents: LogEvent[] = [
  info("build", "✓ Completed in 4.82s."),
  info("SKIP_FORMAT", "\n generating static routes "),
  info("SKIP_FORMAT", " (+3ms) (file not created, response body was empty)"),
  info("buurtgids:pagefind", "Search index: nl 32, en 32 pages"),
  { label: "buurtgids:audio", level: "warn", message: "espeak-ng is not installed", newLine: true },
  { label: null, level: "warn", message: "  ├─ /en/x/index.html", newLine: false },
  info(null, "  ├─ a line that ends", true),
];

describe("isPageLine", () => {
  test("knows Astro's per-page path and time lines", () => {
    for (const event of pageEvents) expect(isPageLine(event), event.message).toBe(true);
  });

  test("keeps every other line: summaries, warnings, a page Astro could not write", () => {
    for (const event of otherEvents) expect(isPageLine(event), event.message).toBe(false);
  });
});

describe("the build's log", () => {
  afterEach(() => vi.restoreAllMocks());

  test("writes what Astro's own log writes, without the per-page lines", () => {
    const written: string[] = [];
    const capture = (chunk: string | Uint8Array) => (written.push(String(chunk)), true);
    vi.spyOn(process.stdout, "write").mockImplementation(capture);
    vi.spyOn(process.stderr, "write").mockImplementation(capture);
    const log = buildLog();
    for (const event of [...pageEvents, ...otherEvents]) log.write(event);
    const text = written.join("");
    expect(text).not.toContain("/en/initiatives/koffie/");
    expect(text).not.toContain("(+14ms)");
    expect(text).toContain("Search index: nl 32, en 32 pages");
    expect(text).toContain("espeak-ng is not installed");
    expect(text).toContain("(file not created, response body was empty)");
    expect(written).toHaveLength(otherEvents.length);
  });

  test("is the logger astro.config.mjs names", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const config = readFileSync(path.join(root, "astro.config.mjs"), "utf8");
    const entrypoint = /logger:\s*\{\s*entrypoint:\s*"([^"]+)"/.exec(config)?.[1];
    expect(entrypoint && path.resolve(root, entrypoint)).toBe(
      path.join(root, "src/integrations/build-log.ts"),
    );
  });
});
