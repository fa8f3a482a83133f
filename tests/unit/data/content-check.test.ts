/**
 * The build checks the content folder once, though three parts of it (the gate, the
 * content loader, read-aloud audio) ask for it; an edit to any file, or another
 * day, is checked again.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { checkContentOnce, loadGuideOnce } from "../../../src/data/content-check.ts";
import { koffie, replace, tempContent, today } from "../content/helpers.ts";

test("asking twice for the same folder returns the same check", () => {
  const dir = tempContent();
  const first = checkContentOnce(dir, { today });
  expect(first.guide).toBeDefined();
  expect(checkContentOnce(dir, { today })).toBe(first);
  expect(loadGuideOnce(dir, { today })).toBe(first.guide);
});

test("an edited file is checked again, and its mistake is reported", () => {
  const dir = tempContent();
  const before = checkContentOnce(dir, { today });
  const file = path.join(dir, koffie);
  fs.writeFileSync(file, replace('to: "12:00"', 'to: "9:30"')(fs.readFileSync(file, "utf8")));
  const after = checkContentOnce(dir, { today });
  expect(after).not.toBe(before);
  expect(after.guide).toBeUndefined();
  expect(after.problems.map((p) => p.field)).toContain("schedule.0.to");
  expect(() => loadGuideOnce(dir, { today })).toThrow(/schedule\.0\.to/);
});

test("a new file is checked again", () => {
  const dir = tempContent();
  const before = checkContentOnce(dir, { today });
  fs.writeFileSync(path.join(dir, "initiatives", "stray.txt"), "not content");
  expect(checkContentOnce(dir, { today })).not.toBe(before);
});

test("another pinned now is checked again: today is part of the check", () => {
  const dir = tempContent();
  const pinned = process.env.BUURTGIDS_NOW;
  try {
    process.env.BUURTGIDS_NOW = "2026-11-25T12:00:00Z";
    const before = checkContentOnce(dir);
    expect(checkContentOnce(dir)).toBe(before);
    process.env.BUURTGIDS_NOW = "2026-11-26T12:00:00Z";
    expect(checkContentOnce(dir)).not.toBe(before);
  } finally {
    if (pinned === undefined) delete process.env.BUURTGIDS_NOW;
    else process.env.BUURTGIDS_NOW = pinned;
  }
});
