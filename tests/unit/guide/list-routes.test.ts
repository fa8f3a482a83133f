/**
 * The list pages a guide gets (lib/guide/list-routes.ts): the day pages behind the
 * week and evenings-and-weekends pages, the later pages of long lists, and the same
 * paths for the sitemap. On the sample and on 300 generated entries (the lengths at
 * 1,000 are measured in a real build: tests/e2e/lists-scale.spec.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { loadGuide } from "../../../src/lib/content/validate.ts";
import { contentDir } from "../../../src/lib/content/content-dir.ts";
import { indexGuide } from "../../../src/lib/guide/index-guide.ts";
import { generateContent } from "../../../src/lib/bench/generate.ts";
import {
  dayItems,
  dayPageParams,
  dayPages,
  dayRowLimit,
  extraListPaths,
  hasDayPage,
  needPages,
  placePages,
} from "../../../src/lib/guide/list-routes.ts";
import {
  daysBuilt,
  entryRowsPerPage,
  estimatedScreens,
  maxScreens,
  occurrenceRowsPerPage,
} from "../../../src/lib/guide/list-pages.ts";
import { isEvening, weekdayOf } from "../../../src/lib/schedule/index.ts";
import { needs } from "../../../src/lib/facts.ts";

const now = new Date("2026-12-02T09:00:00+01:00");

function indexOf(dir: string) {
  const guide = loadGuide(dir, { today: "2026-12-02" });
  return indexGuide(guide.site, guide.places, guide.initiatives, now);
}

describe("the sample", () => {
  const index = indexOf(contentDir());

  test("the week pages are built for two weeks of days from today", () => {
    expect(index.days).toHaveLength(daysBuilt);
    expect(index.days[0]).toBe(index.today);
    expect(index.days.at(-1)).toBe("2026-12-15");
  });

  test("evenings and weekends: what starts at 18:00 or later, all of Saturday and Sunday", () => {
    for (const date of index.days) {
      const weekend = ["sa", "su"].includes(weekdayOf(date));
      const items = dayItems(index, "evenings-weekends", date);
      expect(items).toEqual(
        (index.byDate.get(date) ?? []).filter((item) => weekend || isEvening(item.occurrence)),
      );
    }
  });

  test("every built day of the week has its own page; nothing outside the built days does", () => {
    for (const date of index.days) expect(hasDayPage(index, "week", date)).toBe(true);
    expect(hasDayPage(index, "week", "2026-12-16")).toBe(false);
    expect(hasDayPage(index, "week", "2026-12-01")).toBe(false);
  });

  test("an evening has its own page only when it has more than the page shows", () => {
    const limit = dayRowLimit(index, "evenings-weekends");
    for (const date of index.days) {
      expect(hasDayPage(index, "evenings-weekends", date)).toBe(
        dayItems(index, "evenings-weekends", date).length > limit,
      );
    }
  });

  test("the sitemap's extra paths are the routes' pages", () => {
    const paths = extraListPaths(index);
    expect(paths.filter((p) => p.startsWith("week/"))).toEqual(
      dayPageParams(index, "week").map(({ date, page }) =>
        page ? `week/${date}/${page}` : `week/${date}`,
      ),
    );
    expect(paths).toContain(`week/${index.today}`);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe("300 generated entries", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "buurtgids-lists-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const siteYaml = readFileSync(path.join(contentDir(), "site.yaml"), "utf8");
  for (const file of generateContent({ seed: 1, initiatives: 300, siteYaml })) {
    mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    writeFileSync(path.join(dir, file.path), file.text);
  }
  const index = indexOf(dir);

  test("a busy day is cut into pages of rows within eight screens, all of it listed", () => {
    for (const date of index.days) {
      const pages = dayPages(index, "week", date);
      const all = index.byDate.get(date) ?? [];
      expect(pages).toHaveLength(Math.max(1, Math.ceil(all.length / occurrenceRowsPerPage)));
      expect(pages.flatMap((p) => p.items)).toEqual(all);
      for (const page of pages) {
        expect(estimatedScreens({ occurrenceRows: page.items.length })).toBeLessThanOrEqual(
          maxScreens,
        );
      }
    }
  });

  test("the week page shows the same few rows a day and fits eight screens", () => {
    const limit = dayRowLimit(index, "week");
    for (let first = 0; first + 7 <= index.days.length; first++) {
      const shown = index.days.slice(first, first + 7);
      const rows = shown.reduce(
        (sum, date) => sum + Math.min(index.byDate.get(date)?.length ?? 0, limit),
        0,
      );
      expect(
        estimatedScreens({ occurrenceRows: rows, days: 7, dayLinks: true }),
      ).toBeLessThanOrEqual(maxScreens);
    }
  });

  test("every need page is rows within eight screens, every entry on one of them", () => {
    for (const need of needs) {
      const { density, pages } = needPages(index, need);
      const all = index.byNeed.get(need) ?? [];
      if (all.length > entryRowsPerPage) expect(density).toBe("rows");
      expect(pages.flatMap((p) => p.items)).toEqual(all);
      for (const page of pages) {
        expect(
          estimatedScreens(
            density === "rows"
              ? { initiativeRows: page.items.length }
              : { cards: page.items.length },
          ),
        ).toBeLessThanOrEqual(maxScreens);
      }
    }
  });

  test("every place lists all its entries over its pages; later pages are in the sitemap", () => {
    const paths = extraListPaths(index);
    for (const place of index.places) {
      const { pages } = placePages(index, place.slug);
      expect(pages.flatMap((p) => p.items)).toEqual(index.byPlace.get(place.slug) ?? []);
      expect(paths.filter((p) => p.startsWith(`places/${place.slug}/`))).toEqual(
        pages.slice(1).map((page) => `places/${place.slug}/${page.number}`),
      );
    }
    const meet = needPages(index, "meet").pages;
    expect(meet.length).toBeGreaterThan(1);
    expect(paths).toContain(`needs/meet/${meet.length}`);
    expect(paths).not.toContain("needs/meet/1");
  });
});
