/**
 * Lists cut so no page is longer than about eight phone screens (360×740): the
 * pagination, the estimated page lengths, and the sample's need and place pages.
 */
import { describe, expect, test } from "vitest";
import {
  entryListPages,
  entryRowsPerPage,
  estimatedPageHeight,
  estimatedScreens,
  fullCardLimit,
  listDensity,
  maxPageHeight,
  maxRowsPerDay,
  maxScreens,
  minRowsPerDay,
  occurrenceRowsPerPage,
  pageLinks,
  pagePath,
  paginate,
  placeCardLimit,
  placeListPages,
  placeRowsOnPlacePage,
  rowsPerDay,
} from "../../../src/lib/guide/list-pages.ts";
import { loadGuide } from "../../../src/lib/content/validate.ts";
import { contentDir } from "../../../src/lib/content/content-dir.ts";
import { indexGuide } from "../../../src/lib/guide/index-guide.ts";
import { needs } from "../../../src/lib/facts.ts";
import { dayRowLimit, needPages, placePages } from "../../../src/lib/guide/list-routes.ts";

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("paginate", () => {
  test("cuts a list into full pages and a last, shorter one", () => {
    const pages = paginate(range(55), 24);
    expect(pages.map((p) => p.items.length)).toEqual([24, 24, 7]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(range(55));
  });

  test("an empty list is one empty page, a list of exactly one page is one page", () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [] }]);
    expect(paginate(range(10), 10)).toHaveLength(1);
    expect(paginate(range(11), 10)).toHaveLength(2);
  });

  test("the first page can be shorter (a place page has its own facts above the list)", () => {
    const pages = paginate(range(40), 24, 14);
    expect(pages.map((p) => p.items.length)).toEqual([14, 24, 2]);
    expect(pages.flatMap((p) => p.items)).toEqual(range(40));
  });

  test("refuses pages that hold nothing", () => {
    expect(() => paginate(range(3), 0)).toThrow(RangeError);
  });
});

test("page 1 is the list's own address, later pages a number after it", () => {
  expect(pagePath("needs/meet", 1)).toBe("needs/meet");
  expect(pagePath("needs/meet", 2)).toBe("needs/meet/2");
  expect(pagePath("week/2026-12-02/", 3)).toBe("week/2026-12-02/3");
});

test("page links: first, last and two either side, a gap only for two or more numbers", () => {
  expect(pageLinks(1, 1)).toEqual([1]);
  expect(pageLinks(1, 5)).toEqual([1, 2, 3, 4, 5]);
  expect(pageLinks(1, 24)).toEqual([1, 2, 3, "…", 24]);
  expect(pageLinks(12, 24)).toEqual([1, "…", 10, 11, 12, 13, 14, "…", 24]);
  expect(pageLinks(5, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, "…", 12]);
  expect(pageLinks(24, 24)).toEqual([1, "…", 22, 23, 24]);
});

describe("lengths", () => {
  test("cards only while the whole list fits one page, rows after that", () => {
    expect(listDensity(fullCardLimit)).toBe("cards");
    expect(listDensity(fullCardLimit + 1)).toBe("rows");
    expect(estimatedPageHeight({ cards: fullCardLimit })).toBeLessThanOrEqual(maxPageHeight);
    expect(estimatedPageHeight({ cards: fullCardLimit + 1 })).toBeGreaterThan(maxPageHeight);
  });

  test("a full page of rows is at most eight screens, one more row would not be", () => {
    expect(maxPageHeight).toBe(maxScreens * 740);
    expect(estimatedScreens({ initiativeRows: entryRowsPerPage })).toBeLessThanOrEqual(8);
    expect(estimatedPageHeight({ initiativeRows: entryRowsPerPage + 1 })).toBeGreaterThan(
      maxPageHeight,
    );
    expect(estimatedScreens({ occurrenceRows: occurrenceRowsPerPage })).toBeLessThanOrEqual(8);
  });

  test("a place page holds its facts and its first rows or cards within eight screens", () => {
    expect(
      estimatedScreens({ placeFacts: true, initiativeRows: placeRowsOnPlacePage }),
    ).toBeLessThanOrEqual(8);
    expect(estimatedScreens({ placeFacts: true, cards: placeCardLimit })).toBeLessThanOrEqual(8);
  });

  test("1,000 entries of one need: every page within eight screens, all of them listed", () => {
    const { density, pages } = entryListPages(range(1000));
    expect(density).toBe("rows");
    expect(pages).toHaveLength(Math.ceil(1000 / entryRowsPerPage));
    for (const page of pages) {
      expect(estimatedScreens({ initiativeRows: page.items.length })).toBeLessThanOrEqual(8);
    }
    expect(pages.flatMap((p) => p.items)).toEqual(range(1000));
  });

  test("a place with 100 entries: a short first page on the place page, then full pages", () => {
    const { density, pages } = placeListPages(range(100));
    expect(density).toBe("rows");
    expect(pages[0]!.items).toHaveLength(placeRowsOnPlacePage);
    expect(pages[1]!.items).toHaveLength(entryRowsPerPage);
    expect(pages.flatMap((p) => p.items)).toEqual(range(100));
  });
});

describe("rows per day on the week page", () => {
  const weekHeight = (counts: number[], limit: number) =>
    estimatedPageHeight({
      occurrenceRows: counts.reduce((sum, n) => sum + Math.min(n, limit), 0),
      days: counts.length,
      dayLinks: true,
    });

  test("a quiet neighbourhood shows every row of every day", () => {
    const counts = [1, 0, 2, 1, 0, 1, 1, 2, 0, 1, 1, 0, 2, 1];
    expect(rowsPerDay(counts)).toBe(maxRowsPerDay);
  });

  test("a city shows the same few rows each day, and any seven days fit eight screens", () => {
    const counts = [149, 156, 172, 146, 142, 201, 223, 142, 117, 139, 116, 109, 168, 185];
    const limit = rowsPerDay(counts);
    expect(limit).toBeGreaterThanOrEqual(minRowsPerDay);
    for (let first = 0; first + 7 <= counts.length; first++) {
      expect(weekHeight(counts.slice(first, first + 7), limit)).toBeLessThanOrEqual(maxPageHeight);
    }
  });

  test("the limit is the most that fits: one more row a day would not", () => {
    const counts = Array.from({ length: 14 }, () => 6);
    const limit = rowsPerDay(counts);
    expect(weekHeight(counts.slice(0, 7), limit)).toBeLessThanOrEqual(maxPageHeight);
    if (limit < maxRowsPerDay) {
      expect(weekHeight(counts.slice(0, 7), limit + 1)).toBeGreaterThan(maxPageHeight);
    }
  });
});

describe("the sample neighbourhood", () => {
  const guide = loadGuide(contentDir(), { today: "2026-12-02" });
  const index = indexGuide(
    guide.site,
    guide.places,
    guide.initiatives,
    new Date("2026-12-02T09:00:00+01:00"),
  );

  test.each(needs.filter((need) => index.byNeed.has(need)))(
    "the need page %s is at most eight phone screens long, and lists every entry",
    (need) => {
      const { density, pages } = needPages(index, need);
      for (const page of pages) {
        const parts =
          density === "cards"
            ? { cards: page.items.length }
            : { initiativeRows: page.items.length };
        expect(estimatedScreens(parts)).toBeLessThanOrEqual(maxScreens);
      }
      expect(pages.flatMap((p) => p.items)).toEqual(index.byNeed.get(need));
    },
  );

  test("the longest need list (meet, 15 entries) is one page of rows", () => {
    const { density, pages } = needPages(index, "meet");
    expect(index.byNeed.get("meet")).toHaveLength(15);
    expect(density).toBe("rows");
    expect(pages).toHaveLength(1);
  });

  test.each(guide.places.map((p) => p.slug))(
    "the place page %s with what's on is at most eight phone screens long",
    (slug) => {
      const { density, pages } = placePages(index, slug);
      const first = pages[0]!.items.length;
      const parts =
        density === "cards"
          ? { placeFacts: true, cards: first }
          : { placeFacts: true, initiativeRows: first };
      expect(estimatedScreens(parts)).toBeLessThanOrEqual(maxScreens);
    },
  );

  test("the week page at the sample fits eight screens with its rows per day", () => {
    const limit = dayRowLimit(index, "week");
    for (let first = 0; first + 7 <= index.days.length; first++) {
      const rows = index.days
        .slice(first, first + 7)
        .reduce((sum, date) => sum + Math.min(index.byDate.get(date)?.length ?? 0, limit), 0);
      expect(
        estimatedScreens({ occurrenceRows: rows, days: 7, dayLinks: true }),
      ).toBeLessThanOrEqual(maxScreens);
    }
  });
});
