import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { generateContent, type GeneratedFile } from "../../../src/lib/bench/generate.ts";
import { checkContent } from "../../../src/lib/content/validate.ts";
import { repoRoot } from "../content/helpers.ts";

const siteYaml = readFileSync(path.join(repoRoot, "content/site.yaml"), "utf8");
const files = generateContent({ seed: 3, initiatives: 80, siteYaml });
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function write(generated: GeneratedFile[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "buurtgids-bench-"));
  dirs.push(dir);
  for (const file of generated) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.text);
  }
  return dir;
}

describe("generateContent", () => {
  test("the same seed gives the same folder; another seed another", () => {
    expect(generateContent({ seed: 3, initiatives: 80, siteYaml })).toEqual(files);
    const other = generateContent({ seed: 4, initiatives: 80, siteYaml });
    expect(other.map((f) => f.text)).not.toEqual(files.map((f) => f.text));
  });

  test("passes every content check, with N initiatives over N/10 places", () => {
    const { guide, problems } = checkContent(write(files), { today: "2026-11-25" });
    expect(problems).toEqual([]);
    expect(guide?.initiatives).toHaveLength(80);
    expect(guide?.places).toHaveLength(8);
    expect(files[0]).toEqual({ path: "site.yaml", text: siteYaml });
  });

  test("every schedule shape and every kind of where occurs", () => {
    const { guide } = checkContent(write(files), { today: "2026-11-25" });
    const initiatives = guide!.initiatives;
    const rules = initiatives.flatMap((i) => i.schedule);
    expect(rules.some((r) => r.weeks?.includes(1) && r.weeks.includes(3))).toBe(true);
    expect(rules.some((r) => r.weeks?.includes(-1))).toBe(true);
    expect(rules.some((r) => r.every === 2 && r.starting)).toBe(true);
    expect(rules.some((r) => r.validFrom && r.validUntil)).toBe(true);
    expect(rules.some((r) => r.days.length > 1)).toBe(true);
    expect(initiatives.some((i) => i.schedule.length > 1)).toBe(true);
    expect(rules.some((r) => r.days.includes("sa") || r.days.includes("su"))).toBe(true);
    expect(initiatives.some((i) => i.place === "online")).toBe(true);
    expect(initiatives.some((i) => i.place === "phone")).toBe(true);
    expect(initiatives.some((i) => i.address)).toBe(true);
    expect(initiatives.some((i) => i.womenOnly)).toBe(true);
    expect(initiatives.some((i) => i.closed.length > 0)).toBe(true);
  });

  test("half the initiatives are translated into every other locale of the site", () => {
    const { guide } = checkContent(write(files), { today: "2026-11-25" });
    const others = guide!.site.locales.filter((l) => l !== guide!.site.defaultLocale);
    const full = guide!.initiatives.filter((i) => others.every((l) => i.text[l]));
    const none = guide!.initiatives.filter((i) => others.every((l) => !i.text[l]));
    expect(full).toHaveLength(40);
    expect(none).toHaveLength(40);
  });
});
