/** Who you meet, by role: each role once, in the entry's order. */
import { expect, test } from "vitest";
import { hostRolesOf } from "../../../src/lib/guide/hosts.ts";

test("each role once, in the order of the hosts", () => {
  expect(
    hostRolesOf([
      { role: "volunteer", organisation: "Bewonersgroep" },
      { role: "peer-worker", organisation: "Stichting Samen" },
      { role: "volunteer", organisation: "Buurthuis" },
      { role: "peer-worker" },
    ]),
  ).toEqual(["volunteer", "peer-worker"]);
});

test("no hosts, no roles", () => {
  expect(hostRolesOf([])).toEqual([]);
});
