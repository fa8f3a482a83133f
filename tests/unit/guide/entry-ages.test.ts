/** `npm run stale`: entries by the age of their last check, oldest first. */
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { entriesByAge, formatEntryAges } from "../../../src/lib/guide/entry-ages.ts";
import { check, koffie, repoRoot, replace, tempContent } from "../content/helpers.ts";

describe("entriesByAge", () => {
  test("oldest first, places and initiatives together, stale ones marked", () => {
    const dir = tempContent({
      [koffie]: replace("lastVerified: 2026-11-02", "lastVerified: 2026-01-10"),
    });
    const guide = check(dir).guide!;
    const ages = entriesByAge(guide, "2026-11-25");
    expect(ages).toHaveLength(guide.places.length + guide.initiatives.length);
    expect(ages[0]).toMatchObject({
      kind: "initiative",
      slug: "koffie-en-praten",
      file: koffie,
      lastVerified: "2026-01-10",
      days: 319,
      stale: true,
    });
    const dates = ages.map((a) => a.lastVerified);
    expect(dates).toEqual([...dates].sort());
    expect(ages.filter((a) => a.stale).map((a) => a.slug)).toEqual(["koffie-en-praten"]);
  });

  test("one line per entry with days, date, file and title", () => {
    const text = formatEntryAges(
      [
        {
          kind: "initiative",
          slug: "a",
          title: "Oud",
          file: "initiatives/a/index.mdx",
          lastVerified: "2026-03-01",
          days: 269,
          stale: true,
        },
        {
          kind: "place",
          slug: "b",
          title: "Nieuw",
          file: "places/b/index.mdx",
          lastVerified: "2026-11-18",
          days: 7,
          stale: false,
        },
      ],
      "2026-11-25",
      (file) => `content/${file}`,
    );
    const lines = text.split("\n");
    expect(lines[1]).toBe(
      "  269 days  2026-03-01  content/initiatives/a/index.mdx  Oud  MAY BE OUT OF DATE",
    );
    expect(lines[2]).toBe("    7 days  2026-11-18  content/places/b/index.mdx  Nieuw");
    expect(lines[3]).toBe("1 of 2 entries not checked for more than 6 months.");
  });
});

test("npm run stale lists the sample's oldest entry first", { timeout: 120_000 }, () => {
  const result = spawnSync("npm", ["run", "-s", "stale"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      BUURTGIDS_CONTENT: "content",
      BUURTGIDS_NOW: "2026-11-25T12:00:00+01:00",
    },
    encoding: "utf8",
    timeout: 100_000,
  });
  expect(result.status, result.stderr).toBe(0);
  const lines = result.stdout.trim().split("\n");
  expect(lines[0]).toContain("today is 2026-11-25");
  expect(lines[1]).toMatch(
    /^\s+269 days {2}2026-03-01 {2}content\/initiatives\/inloop-gezondheidscentrum\/index\.mdx {2}.+ {2}MAY BE OUT OF DATE$/,
  );
  const days = lines.slice(1, -1).map((line) => Number(/^\s*(\d+) days/.exec(line)?.[1]));
  expect(days.length).toBeGreaterThan(20);
  expect(days).toEqual([...days].sort((a, b) => b - a));
});
