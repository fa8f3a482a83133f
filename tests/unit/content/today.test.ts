/**
 * One "today" for the whole guide: the content check, like the pages, takes it from
 * `buildNow()` in the site time zone, so `BUURTGIDS_NOW` pins it for the check too.
 */
import { afterEach, expect, test } from "vitest";
import { checkContent } from "../../../src/lib/content/validate.ts";
import { koffie, replace, tempContent } from "./helpers.ts";

const pinned = process.env.BUURTGIDS_NOW;
afterEach(() => {
  if (pinned === undefined) delete process.env.BUURTGIDS_NOW;
  else process.env.BUURTGIDS_NOW = pinned;
});

/** The example content with koffie last checked on 2026-12-01. */
const checkedOnDecemberFirst = () =>
  tempContent({ [koffie]: replace("lastVerified: 2026-11-02", "lastVerified: 2026-12-01") });

const errorFields = (dir: string) =>
  checkContent(dir)
    .problems.filter((p) => p.severity === "error")
    .map((p) => `${p.file} ${p.field}`);

test("a lastVerified after the pinned now is refused: it cannot have been checked yet", () => {
  const dir = checkedOnDecemberFirst();
  // 23:30 in Amsterdam on 30 November.
  process.env.BUURTGIDS_NOW = "2026-11-30T22:30:00Z";
  expect(errorFields(dir)).toEqual([`${koffie} lastVerified`]);
});

test("the pinned now is read in the site time zone: just past midnight there, it is today", () => {
  const dir = checkedOnDecemberFirst();
  // 00:30 on 1 December in Amsterdam, still 30 November in UTC.
  process.env.BUURTGIDS_NOW = "2026-11-30T23:30:00Z";
  expect(errorFields(dir)).toEqual([]);
});

test("an explicit today still wins over BUURTGIDS_NOW", () => {
  const dir = checkedOnDecemberFirst();
  process.env.BUURTGIDS_NOW = "2026-11-30T22:30:00Z";
  expect(checkContent(dir, { today: "2026-12-02" }).guide).toBeDefined();
});
