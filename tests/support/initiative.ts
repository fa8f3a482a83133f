/**
 * A made-up initiative for unit tests: every field has a plain default (a free
 * Tuesday-morning activity at de-brug, in Dutch), and `over` replaces what a test is
 * about.
 */
import type { Initiative } from "../../src/lib/content/model.ts";

export function initiative(over: Partial<Initiative> = {}): Initiative {
  return {
    kind: "initiative",
    slug: "x",
    type: "activity",
    needs: ["meet"],
    place: "de-brug",
    schedule: [{ days: ["tu"], from: "10:00", to: "12:00" }],
    closed: [],
    cost: "free",
    languages: ["nl"],
    womenOnly: false,
    walkIn: false,
    bringSomeone: false,
    children: false,
    wheelchair: false,
    hosts: [{ role: "volunteer" }],
    contact: {},
    lastVerified: "2026-11-01",
    audio: {},
    text: {},
    ...over,
  };
}
