import { expect, test } from "vitest";
import { entryBadges } from "../../../src/lib/guide/badges.ts";

const none = { womenOnly: false, children: false, wheelchair: false, walkIn: false };

test("women only comes first, then children, wheelchair, walk in, and the cost last", () => {
  const badges = entryBadges({
    womenOnly: true,
    children: true,
    wheelchair: true,
    walkIn: true,
    cost: "free",
  });
  expect(badges.map((b) => (b.kind === "flag" ? b.flag : b.kind))).toEqual([
    "womenOnly",
    "children",
    "wheelchair",
    "walkIn",
    "free",
  ]);
});

test("only true facts get a badge; a price is a badge too", () => {
  expect(entryBadges({ ...none, cost: 2.5 })).toEqual([
    { kind: "price", euros: 2.5, icon: "coin-euro" },
  ]);
  expect(entryBadges({ ...none, walkIn: true, cost: "free" })).toEqual([
    { kind: "flag", flag: "walkIn", icon: "door-enter" },
    { kind: "free", icon: "gift" },
  ]);
});
