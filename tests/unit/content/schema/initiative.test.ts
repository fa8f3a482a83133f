/** An initiative's front matter (src/lib/content/schema/initiative.ts), without files. */
import { describe, expect, test } from "vitest";
import { hintAt } from "../../../../src/lib/content/error-map.ts";
import { initiativeSchema } from "../../../../src/lib/content/schema/index.ts";
import { context, messages } from "./messages.ts";

describe("initiatives", () => {
  const schema = initiativeSchema(context);
  const base = {
    type: "activity",
    title: "Koffie",
    summary: "Koffie drinken.",
    needs: ["meet"],
    place: "de-brug",
    schedule: [{ days: ["tu"], from: "10:00", to: "12:00" }],
    cost: "free",
    languages: ["nl"],
    hosts: [{ role: "volunteer" }],
    lastVerified: "2026-11-02",
  };
  test("booleans default to false, lists and maps to empty", () => {
    expect(schema.parse(base)).toMatchObject({
      womenOnly: false,
      walkIn: false,
      bringSomeone: false,
      children: false,
      wheelchair: false,
      closed: [],
      contact: {},
      audio: {},
    });
  });
  test.each([
    [{ cost: 3.5 }, true],
    [{ cost: 0 }, true],
    [{ cost: -1 }, false],
    [{ cost: "gratis" }, false],
    [{ needs: [] }, false],
    [{ needs: ["sleep"] }, false],
    [{ hosts: [] }, false],
    [{ hosts: [{ role: "doctor" }] }, false],
    [{ languages: ["nl", "not a tag"] }, false],
    [{ languages: ["pt-BR"] }, true],
    [{ place: undefined }, false],
    [{ place: undefined, address: "Kerkstraat 5" }, true],
    [{ place: "phone" }, true],
    [{ place: "De Brug" }, false],
    [{ lastVerified: "2026-11-26" }, false],
    [{ lastVerified: "2026-11-25" }, true],
    [{ contact: { whatsapp: true } }, false],
    [{ contact: { email: "not an email" } }, false],
    [{ audio: { ar: "./ar.opus" } }, true],
    [{ audio: { fr: "./fr.opus" } }, false],
    [{ audio: { ar: "../ar.opus" } }, false],
    [{ audio: { ar: "https://example.org/ar.opus" } }, false],
    [{ audio: { ar: "./ar.txt" } }, false],
    [{ type: "workshop" }, false],
  ])("%j → %s", (change, ok) => {
    expect(schema.safeParse({ ...base, ...change }).success).toBe(ok);
  });
  test("hints are reachable by path", () => {
    expect(hintAt(schema, ["schedule", 0, "from"])?.expected).toContain('a time like "10:00"');
    expect(hintAt(schema, ["schedule", 0, "days", 1])?.expected).toBe(
      "one of mo, tu, we, th, fr, sa, su",
    );
    expect(hintAt(schema, ["lastVerified"])?.example).toBe("2026-11-25");
  });
  test("no Zod jargon in any message", () => {
    const all = messages(schema, {
      type: 1,
      title: "",
      needs: "meet",
      schedule: [{ days: ["mon"], from: 10, to: "9" }],
      cost: "2,50",
      languages: [true],
      womenOnly: "ja",
      hosts: [{ role: "doctor", org: "x" }],
      contact: { phone: 612345678 },
      lastVerified: 20261102,
    });
    expect(all.length).toBeGreaterThan(8);
    for (const message of all) expect(message).not.toMatch(/Invalid|received|Expected|zod|_/);
  });
});
