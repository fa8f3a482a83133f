import { describe, expect, test } from "vitest";
import {
  formatCosts,
  moduleOf,
  selfTimeByModule,
  type CpuProfile,
} from "../../../src/lib/bench/cpu-profile.ts";

const root = "/work/guide";
const frame = (url: string, functionName = "f") => ({ url, functionName });

/** A profile whose samples each last `micros` (a tick) and land on the given node ids. */
function profile(urls: string[], samples: number[], micros = 1000): CpuProfile {
  return {
    nodes: urls.map((url, index) => ({
      id: index + 1,
      callFrame: url.startsWith("(") ? frame("", url) : frame(url),
    })),
    samples,
    timeDeltas: samples.map(() => micros),
  };
}

describe("moduleOf", () => {
  test("names packages, scoped and nested, Node built-ins, our files and V8's own work", () => {
    expect(moduleOf("file:///work/guide/node_modules/vite/dist/node/chunk.js", "f")).toBe("vite");
    expect(moduleOf("file:///x/node_modules/a/node_modules/@astrojs/mdx/dist/i.js", "f")).toBe(
      "@astrojs/mdx",
    );
    expect(moduleOf("node:internal/fs/utils", "f")).toBe("node:internal");
    expect(moduleOf("file:///work/guide/src/lib/schedule/expand.ts", "f", { root })).toBe(
      "src/lib/schedule/expand.ts",
    );
    expect(moduleOf("", "(garbage collector)")).toBe("(garbage collector)");
  });

  test("with files, the file inside the package is named", () => {
    const url = "file:///work/guide/node_modules/@astrojs/mdx/dist/index.js?v=1";
    expect(moduleOf(url, "f", { files: true })).toBe("@astrojs/mdx/dist/index.js");
  });
});

describe("selfTimeByModule", () => {
  const vite = `file://${root}/node_modules/vite/dist/a.js`;
  const viteOther = `file://${root}/node_modules/vite/dist/b.js`;
  const ours = `file://${root}/src/pages/index.astro`;

  test("sums self time of a package's functions, most first, with its share", () => {
    const costs = selfTimeByModule([profile([vite, viteOther, ours], [1, 2, 1, 3])], { root });
    expect(costs).toEqual([
      { module: "vite", ms: 3, share: 0.75 },
      { module: "src/pages/index.astro", ms: 1, share: 0.25 },
    ]);
  });

  test("adds up several profiles (a build and its worker threads)", () => {
    const main = profile([ours, "(garbage collector)"], [1, 2, 2], 2000);
    const worker = profile([ours], [1]);
    const costs = selfTimeByModule([main, worker], { root });
    expect(costs.find((c) => c.module === "src/pages/index.astro")?.ms).toBe(3);
    expect(costs.find((c) => c.module === "(garbage collector)")?.ms).toBe(4);
  });

  test("the summary lists the top ones only, in seconds and percent", () => {
    const costs = selfTimeByModule([profile([vite, ours], [1, 1, 1, 2], 500_000)], { root });
    const lines = formatCosts(costs, 1).split("\n");
    expect(lines).toEqual([" 1.    1.5 s  75.0 %  vite"]);
  });
});
