/**
 * How large a place poster can set its week so that it fills the sheet and nothing
 * is cut off, worked out at build time (the page must print right before any script
 * runs, and inline styles are not allowed): the body size, the QR code's size and,
 * for a name with a word too long for the headline, a smaller name. CSS applies the
 * steps (`data-body`, `data-qr-size`, `data-name` in styles/poster.css).
 *
 * Sizes are in poster units (`--u`: 1 mm on A4, √2 mm on A3, so A3 is the A4 poster
 * enlarged and one layout fits both). Text widths are estimated from character
 * classes a little wider than DejaVu Sans, the widest common system sans-serif
 * (Linux); other system fonts are narrower, so a layout that fits here fits there.
 * Words are never broken: a size at which a word does not fit its line is not used.
 */

import { splitPoint } from "./week.ts";

/** The sheet inside its margins, in poster units (A4 210 × 296 mm, 6 mm margins). */
export const placeSheet = { width: 198, height: 284, gap: 2.5 } as const;

/** Body sizes to try, largest first; 7.2 units is 20 pt on A4, the smallest allowed. */
export const bodySteps = [14, 13, 12, 11, 10, 9, 8, 7.2] as const;
/** QR code sizes (quiet zone included), largest first: at least 46 mm on A4. */
export const qrSteps = [72, 60, 46] as const;
/** Headline sizes for the place's name: 17 units is 48 pt on A4. */
export const nameSteps = [17, 15.5, 14, 12.5, 11] as const;

export type BodyStep = (typeof bodySteps)[number];
export type QrStep = (typeof qrSteps)[number];
export type NameStep = (typeof nameSteps)[number];

/** The headline's size in poster units. */
export const titleSize = 17;

/** Width of one character in em, by class, a little over DejaVu Sans (regular). */
function charClassEm(ch: string): number {
  if (/\s/.test(ch)) return 0.32;
  if (/[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/.test(ch)) return 0.5;
  if (/[iljI.,:;'!|]/.test(ch)) return 0.31;
  if (/[ftr()[\]/-]/.test(ch)) return 0.42;
  if (/[mMW]/.test(ch)) return 1.0;
  if (/[wæœ]/.test(ch)) return 0.84;
  if (/[A-Z]/.test(ch)) return 0.78;
  if (/[0-9]/.test(ch)) return 0.65;
  if (/[a-z]/.test(ch)) return 0.63;
  // Letters with accents, Cyrillic, symbols: a little wider than plain Latin.
  return 0.68;
}

/*
 * A place poster tries up to a hundred sizes and shapes, each measuring the same
 * words again: widths in em are worked out once per character and once per text
 * (a width at any size is the em width times the size).
 */
const charEms = new Map<string, number>();
const textEms = new Map<string, number>();
const textWordEms = new Map<string, number[]>();

function charEm(ch: string): number {
  let em = charEms.get(ch);
  if (em === undefined) charEms.set(ch, (em = charClassEm(ch)));
  return em;
}

/** Width of `text` in em at the regular weight. */
function emWidth(text: string): number {
  let em = textEms.get(text);
  if (em === undefined) {
    em = 0;
    for (const ch of text) em += charEm(ch);
    textEms.set(text, em);
  }
  return em;
}

/** The em widths of the words of `text` (split at white space). */
function wordEms(text: string): number[] {
  let ems = textWordEms.get(text);
  if (ems === undefined) {
    ems = text.split(/\s+/).filter(Boolean).map(emWidth);
    textWordEms.set(text, ems);
  }
  return ems;
}

/** Bold is about an eighth wider than regular. */
const boldFactor = 1.13;

/** Estimated width of `text` at `size` (poster units), bold about an eighth wider. */
export function textWidth(text: string, size: number, bold = false): number {
  return emWidth(text) * size * (bold ? boldFactor : 1);
}

/**
 * Lines `text` takes in `width` at `size`, wrapped between words only (greedy, as
 * browsers do); Infinity when a word is wider than the line, unless `breakLong`
 * (the CSS last resort, `overflow-wrap: break-word`: such a word takes whole lines).
 */
export function wrappedLines(
  text: string,
  width: number,
  size: number,
  bold = false,
  breakLong = false,
): number {
  const words = wordEms(text);
  if (words.length === 0) return 0;
  const factor = bold ? boldFactor : 1;
  // The same products as textWidth (same order), so a line that just fits still does.
  const space = textWidth(" ", size, bold);
  let lines = 1;
  let used = 0;
  for (const em of words) {
    const w = em * size * factor;
    if (w > width) {
      if (!breakLong) return Infinity;
      lines += (used === 0 ? 0 : 1) + Math.ceil(w / width) - 1;
      used = width;
      continue;
    }
    if (used === 0) used = w;
    else if (used + space + w <= width) used += space + w;
    else {
      lines++;
      used = w;
    }
  }
  return lines;
}

/** The largest name size at which every word of `name` fits the headline's width. */
export function nameStep(name: string, width: number = placeSheet.width): NameStep {
  return (
    nameSteps.find((size) => wrappedLines(name, width, size, true) !== Infinity) ??
    nameSteps[nameSteps.length - 1]!
  );
}

/** What a place poster holds, as text, for estimating its height. */
export interface PlacePosterText {
  /** The headline with the name, e.g. "Every week at De Linde". */
  headline: { before: string; name: string; after: string };
  /** The headline in the other poster languages. */
  subtitles: string[];
  /** "Valid from …": one line of small print. */
  period: string;
  /** The seven days in order, each its short name and rows. */
  days: { name: string; rows: { time: string; title: string; notes: string[] }[] }[];
  /** The footer beside the QR code: the place line, the landmark, "closed or changed?" and the link. */
  foot: { where: string; landmark?: string | undefined; changes: string; url: string };
  /** False when the poster has no QR code (no public address): the footer is text only. */
  qr?: boolean;
}

/** Day names in a gutter beside the rows, or above them (long names, narrow columns). */
export type DayNames = "beside" | "above";

export interface PlacePosterLayout {
  /** The week in one column (a quiet week, set large) or two. */
  columns: 1 | 2;
  dayNames: DayNames;
  body: BodyStep;
  qr: QrStep;
  name: NameStep;
  /** Days in the first column. */
  split: number;
  /**
   * A week too full for the usual sizes: tighter spacing, the smallest QR code, and
   * the footer gives up its "closed or changed?" sentence.
   */
  dense: boolean;
  /** Estimated height of everything at these sizes, in poster units. */
  height: number;
}

/** Measures of the place poster's CSS, in units or in `em` of the body size. */
const css = {
  subtitleLine: 1.15,
  subtitleMax: 10, // the other languages' headlines grow up to this size
  footMax: 8, // the footer's text grows up to this size
  subtitleGap: 1.5,
  period: 7.2,
  periodLine: 1.2,
  columnGap: 4,
  gutterGap: 0.4, // em
  dayBorder: 0.8,
  dayLine: 1.2,
  time: 1.15, // em of the body size
  timeLine: 1.1,
  icon: 1.1, // em
  iconGap: 0.3, // em
  footGap: 5,
  footIcon: 1.25, // em
  footIconGap: 0.35, // em
  footTextGap: 2,
  fine: 4.6,
  fineLine: 1.2,
  headLine: 1.02,
  headPad: 0.12, // em
} as const;

/** Spacing in the week, in em: as usual, and tightened for a dense week (`.pp-dense`). */
const spacing = {
  usual: { dayPadding: 0.17, rowGap: 0.15, textLine: 1.15 },
  dense: { dayPadding: 0.06, rowGap: 0.04, textLine: 1.08 },
} as const;

interface Shape {
  columns: 1 | 2;
  dayNames: DayNames;
  dense: boolean;
  breakLong?: boolean;
}

/** Height of one day at body size `b` in a column `width` wide, or Infinity. */
function dayHeight(
  day: PlacePosterText["days"][number],
  b: number,
  gutter: number,
  width: number,
  shape: Shape,
): number {
  const { dayPadding, rowGap, textLine } = shape.dense ? spacing.dense : spacing.usual;
  const breakLong = shape.breakLong ?? false;
  const text = shape.dayNames === "above" ? width : width - gutter - css.gutterGap * b;
  const line = b * textLine;
  let rows = 0;
  for (const [index, row] of day.rows.entries()) {
    const timeWidth = css.icon * b + css.iconGap * b + textWidth(row.time, css.time * b, true);
    if (timeWidth > text && !breakLong) return Infinity;
    const lines = [row.title, ...row.notes].reduce(
      (sum, part) => sum + wrappedLines(part, text, b, false, breakLong),
      0,
    );
    rows += (index > 0 ? rowGap * b : 0) + css.time * b * css.timeLine + lines * line;
  }
  const name = b * css.dayLine;
  // An empty day has a "—" on the line of its name (beside) or below it (above).
  const content = shape.dayNames === "above" ? name + Math.max(name, rows) : Math.max(name, rows);
  return content + 2 * dayPadding * b + css.dayBorder;
}

/** Height of everything but the week and the footer: headline, subtitles, period. */
function headHeight(text: PlacePosterText, b: number, name: NameStep): number {
  const { width } = placeSheet;
  const { before, after } = text.headline;
  // The name in its own size, the words around it in the headline's: counted apart
  // (a little more than the browser needs, never less).
  const titleLines =
    wrappedLines(before, width, titleSize, true) +
    wrappedLines(text.headline.name, width, name, true) +
    wrappedLines(after, width, titleSize, true);
  const title = titleLines * titleSize * css.headLine + css.headPad * titleSize;
  const size = Math.min(b, css.subtitleMax);
  const subtitles = text.subtitles.reduce(
    (sum, line) =>
      sum + css.subtitleGap + wrappedLines(line, width, size, true) * size * css.subtitleLine,
    0,
  );
  const period = text.period
    ? css.subtitleGap + wrappedLines(text.period, width, css.period) * css.period * css.periodLine
    : 0;
  return title + subtitles + period;
}

/** Height of the footer: the QR code beside the place, landmark and link. */
function footHeight(text: PlacePosterText, body: number, step: number, dense: boolean): number {
  const qr = text.qr === false ? 0 : step;
  const b = Math.min(body, css.footMax);
  const width = placeSheet.width - qr - css.footGap - (css.footIcon + css.footIconGap) * b;
  const line = b * spacing.usual.textLine;
  const where =
    wrappedLines(text.foot.where, width, b, true, true) * line +
    (text.foot.landmark ? wrappedLines(text.foot.landmark, width, b, false, true) * line : 0);
  const changes =
    (dense || qr === 0 ? 0 : wrappedLines(text.foot.changes, width, b, false, true) * line) +
    Math.ceil(textWidth(text.foot.url, css.fine) / width + 0.01) * css.fine * css.fineLine +
    1.5;
  return Math.max(qr, where + css.footTextGap + changes);
}

/**
 * The week's height at body size `b` in one column or two balanced ones, and where
 * it splits (7: one column).
 */
function weekHeight(
  text: PlacePosterText,
  b: number,
  shape: Shape,
): { split: number; height: number } {
  const column = shape.columns === 1 ? placeSheet.width : (placeSheet.width - css.columnGap) / 2;
  const gutter = Math.max(0, ...text.days.map((d) => textWidth(d.name, b, true)));
  const heights = text.days.map((day) => dayHeight(day, b, gutter, column, shape));
  if (!heights.every(Number.isFinite)) return { split: 0, height: Infinity };
  const sum = (list: number[]) => list.reduce((a, h) => a + h, 0);
  if (shape.columns === 1) return { split: heights.length, height: sum(heights) };
  const split = splitPoint(heights);
  return { split, height: Math.max(sum(heights.slice(0, split)), sum(heights.slice(split))) };
}

/** One column before two; day names beside the rows before above them. */
const usualShapes: readonly Shape[] = [
  { columns: 1, dayNames: "beside", dense: false },
  { columns: 1, dayNames: "above", dense: false },
  { columns: 2, dayNames: "beside", dense: false },
  { columns: 2, dayNames: "above", dense: false },
];

/**
 * The largest body size (then one column before two, day names beside before above,
 * then the largest QR code) at which the whole place poster fits its sheet, with a
 * little room to spare. A week too full for that is set `dense` at the smallest
 * sizes; one too full even for that, in two columns where a word longer than its
 * line wraps inside itself (the CSS last resort) rather than being cut off.
 */
export function placePosterLayout(text: PlacePosterText): PlacePosterLayout {
  const name = nameStep(text.headline.name);
  const room = placeSheet.height - 2 * placeSheet.gap - 4;
  // The week does not depend on the QR code's size: measured once per size and shape.
  const weeks = new Map<string, { split: number; height: number }>();
  const attempt = (body: BodyStep, shape: Shape, qr: QrStep) => {
    const key = `${body} ${shape.columns} ${shape.dayNames} ${shape.dense} ${shape.breakLong}`;
    let week = weeks.get(key);
    if (!week) weeks.set(key, (week = weekHeight(text, body, shape)));
    const height =
      headHeight(text, body, name) + week.height + footHeight(text, body, qr, shape.dense);
    return {
      columns: shape.columns,
      dayNames: shape.dayNames,
      body,
      qr,
      name,
      split: week.split,
      dense: shape.dense,
      height,
    };
  };
  for (const body of bodySteps) {
    for (const shape of usualShapes) {
      for (const qr of qrSteps) {
        const layout = attempt(body, shape, qr);
        if (layout.height <= room) return layout;
      }
    }
  }
  const body = bodySteps[bodySteps.length - 1]!;
  const qr = qrSteps[qrSteps.length - 1]!;
  // Dense: two columns first (the fullest weeks fit best in two).
  const dense = [2, 1].flatMap((columns) =>
    (["beside", "above"] as const).map((dayNames) => ({
      columns: columns as 1 | 2,
      dayNames,
      dense: true,
    })),
  );
  const tried = [
    ...dense.map((shape) => attempt(body, shape, qr)),
    ...dense
      .filter((shape) => shape.columns === 2)
      .map((shape) => attempt(body, { ...shape, breakLong: true }, qr)),
  ];
  return (
    tried.find((layout) => layout.height <= room) ??
    tried.reduce((best, layout) => (layout.height < best.height ? layout : best))
  );
}
