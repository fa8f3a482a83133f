/**
 * The content loader takes the guide the content gate checked, and checks again only
 * when the folder changed since (an edit in `astro dev`).
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, expect, test, vi } from "vitest";
import { checkedGuide } from "../../../src/data/checked-guide.ts";
import { checkContentOnce } from "../../../src/data/content-check.ts";
import { koffie, replace, tempContent, today } from "../content/helpers.ts";

afterEach(() => {
  vi.unstubAllEnvs();
});

test("the loader gets the very guide the gate checked, not a second check of it", async () => {
  vi.stubEnv("BUURTGIDS_NOW", `${today}T12:00:00Z`);
  const dir = tempContent();
  const gate = checkContentOnce(dir);
  expect(gate.guide).toBeDefined();
  expect(await checkedGuide(dir)).toBe(gate.guide);
});

test("after an edit the loader gets the folder checked again, mistakes and all", async () => {
  vi.stubEnv("BUURTGIDS_NOW", `${today}T12:00:00Z`);
  const dir = tempContent();
  const before = await checkedGuide(dir);
  const file = path.join(dir, koffie);
  const text = fs.readFileSync(file, "utf8");
  fs.writeFileSync(file, replace('to: "12:00"', 'to: "12:30"')(text));
  const after = await checkedGuide(dir);
  expect(after).not.toBe(before);
  const slug = (guide: typeof after) => guide.initiatives.find((i) => file.includes(i.slug));
  expect(JSON.stringify(slug(after))).toContain("12:30");
  fs.writeFileSync(file, replace('to: "12:00"', 'to: "9:30"')(text));
  await expect(checkedGuide(dir)).rejects.toThrow(/schedule\.0\.to/);
});
