import { expect, test } from "vitest";
import { nowMarks, pickToday } from "../../../src/lib/guide/now-marks.ts";

const at = (iso: string) => new Date(iso).getTime();
const items = [
  { start: at("2026-12-01T09:00:00Z"), end: at("2026-12-01T11:00:00Z") },
  { start: at("2026-12-01T10:00:00Z"), end: at("2026-12-01T12:00:00Z") },
  { start: at("2026-12-01T18:00:00Z"), end: at("2026-12-01T20:00:00Z") },
  { start: at("2026-12-01T14:00:00Z"), end: at("2026-12-01T15:00:00Z") },
];

test("two overlapping items are open, and the soonest later one is next", () => {
  expect(nowMarks(items, at("2026-12-01T10:30:00Z"))).toEqual({ open: [0, 1], next: 3 });
});

test("an item is no longer open at its end time", () => {
  expect(nowMarks(items, at("2026-12-01T12:00:00Z")).open).toEqual([]);
});

test("after the last one nothing is next", () => {
  expect(nowMarks(items, at("2026-12-01T21:00:00Z"))).toEqual({ open: [], next: undefined });
});

test("a page built yesterday and viewed today shows today's list", () => {
  const listed = ["2026-12-01", "2026-12-02", "2026-12-03"];
  expect(pickToday(listed, "2026-12-02")).toBe("2026-12-02");
  expect(pickToday(listed, "2026-12-09")).toBeUndefined();
});
