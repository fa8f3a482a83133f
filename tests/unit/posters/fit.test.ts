/**
 * Sizing a place poster at build time: text widths a little over the widest common
 * system font, words never broken, and the largest sizes at which everything fits.
 */
import { describe, expect, test } from "vitest";
import {
  bodySteps,
  nameStep,
  placePosterLayout,
  placeSheet,
  textWidth,
  wrappedLines,
  type PlacePosterText,
} from "../../../src/lib/posters/fit.ts";

describe("text widths", () => {
  // Measured in Chromium with DejaVu Sans (Debian's system-ui), in em per character.
  test.each([
    ["Gezondheidscentrum", 0.594, 0.664],
    ["ervaringsdeskundige", 0.55, 0.626],
    ["Wandelgroep Lindenpark", 0.568, 0.644],
    ["Путівник районом Лінденгоф", 0.596, 0.655],
    ["مركز الحي دي لينِده", 0.438, 0.512],
    ["WWWWWWWWWW", 0.989, 1.103],
    ["iiiiiiiiii", 0.278, 0.343],
    ["09:30–11:30", 0.569, 0.624],
  ])("%s is estimated no narrower than it prints", (text, regular, bold) => {
    const chars = [...text].length;
    expect(textWidth(text, 1)).toBeGreaterThanOrEqual(regular * chars);
    expect(textWidth(text, 1, true)).toBeGreaterThanOrEqual(bold * chars);
    // …and not so much wider that the poster gives away a size step for nothing.
    expect(textWidth(text, 1)).toBeLessThan(regular * chars * 1.25);
  });
});

describe("wrapping between words only", () => {
  test("greedy, as a browser wraps", () => {
    const one = textWidth("Samen koken en eten", 10);
    expect(wrappedLines("Samen koken en eten", one + 1, 10)).toBe(1);
    expect(wrappedLines("Samen koken en eten", one - 1, 10)).toBe(2);
    expect(wrappedLines("", 100, 10)).toBe(0);
  });

  test("a word wider than the line does not fit at all, unless it may break", () => {
    const word = textWidth("ervaringsdeskundige", 10);
    expect(wrappedLines("Inloop met een ervaringsdeskundige", word - 1, 10)).toBe(Infinity);
    expect(wrappedLines("ervaringsdeskundige", word / 2.5, 10, false, true)).toBe(3);
  });

  test("a name too long for the headline gets a smaller size, never a hyphen", () => {
    expect(nameStep("De Linde")).toBe(17);
    const long = nameStep("Gezondheidscentrum Lindenhof");
    expect(long).toBeLessThan(17);
    expect(textWidth("Gezondheidscentrum", long, true)).toBeLessThanOrEqual(placeSheet.width);
  });
});

const emptyDays = ["ma", "di", "wo", "do", "vr", "za", "zo"].map((name) => ({
  name,
  rows: [] as PlacePosterText["days"][number]["rows"],
}));
const poster = (rowsPerDay: number | number[], title = "Koffieochtend"): PlacePosterText => ({
  headline: { before: "Elke week in ", name: "Buurthuis De Linde", after: "" },
  subtitles: ["هذا الأسبوع في مركز الحي دي لينِده", "Her hafta De Linde Mahalle Evi yerinde"],
  period: "Geldig vanaf 1 dec 2026",
  days: emptyDays.map((day, index) => ({
    ...day,
    rows: Array.from(
      { length: Array.isArray(rowsPerDay) ? rowsPerDay[index]! : rowsPerDay },
      () => ({
        time: "09:30–11:30",
        title,
        notes: [],
      }),
    ),
  })),
  foot: {
    where: "Buurthuis De Linde, Lindenlaan 4, 7777 LA",
    landmark: "Naast de supermarkt op het Lindenplein",
    changes: "Dicht of anders? Scan de code.",
    url: "lindenhof.example.org/go/places/buurthuis-de-linde/",
  },
});

describe("the place poster's layout", () => {
  test("a quiet week is set large, with a large QR code", () => {
    const layout = placePosterLayout({ ...poster(0), days: emptyDays });
    expect(layout).toMatchObject({ body: bodySteps[0], qr: 72, dense: false });
  });

  test("a fuller week is set smaller, and still fits", () => {
    const sizes = [0, 1, 2].map((n) => placePosterLayout(poster(n)));
    for (const [index, layout] of sizes.entries()) {
      if (index > 0) expect(layout.body).toBeLessThanOrEqual(sizes[index - 1]!.body);
      expect(layout.dense).toBe(false);
      expect(layout.height).toBeLessThanOrEqual(placeSheet.height);
    }
    expect(sizes[2]!.body).toBeLessThan(sizes[0]!.body);
  });

  test("a week too full for the usual sizes is set dense, and still fits", () => {
    const layout = placePosterLayout(poster([3, 3, 3, 3, 2, 2, 2]));
    expect(layout).toMatchObject({ body: 7.2, qr: 46, dense: true });
    expect(layout.height).toBeLessThanOrEqual(placeSheet.height);
  });

  test("a week too full even for that takes the smallest sizes in two columns", () => {
    const layout = placePosterLayout(poster(6));
    expect(layout).toMatchObject({ body: 7.2, qr: 46, dense: true, columns: 2 });
  });

  test("long day names go above their rows when a gutter would leave too little room", () => {
    const arabic = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];
    const text = poster(1, "Spelletjesavond");
    const layout = placePosterLayout({
      ...text,
      days: text.days.map((day, index) => ({ ...day, name: arabic[index]! })),
    });
    expect(layout).toMatchObject({ columns: 2, dayNames: "above" });
  });

  test("a long word is never broken: the body gets smaller until it fits its line", () => {
    const plain = placePosterLayout(poster(1));
    const long = placePosterLayout(poster(1, "Inloop met een ervaringsdeskundige"));
    expect(long.body).toBeLessThanOrEqual(plain.body);
    expect(long.dense).toBe(false);
  });

  test("without a QR code the footer is text only, and leaves the week more room", () => {
    const text = poster([2, 2, 2, 2, 2, 2, 1]);
    const withCode = placePosterLayout(text);
    const without = placePosterLayout({ ...text, qr: false });
    expect(without.height).toBeLessThan(withCode.height);
    expect(without.body).toBeGreaterThanOrEqual(withCode.body);
  });

  test("the columns split the days, Monday side first", () => {
    const layout = placePosterLayout(poster(1));
    expect(layout.split).toBeGreaterThanOrEqual(3);
    expect(layout.split).toBeLessThanOrEqual(4);
  });
});
