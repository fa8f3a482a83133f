/**
 * The CSV export, read back with a real CSV parser (csv-parse): BOM, RFC 4180
 * quoting of commas, quotes and line breaks, one row per initiative, the columns.
 */
import { describe, expect, test } from "vitest";
import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import {
  byteOrderMark,
  csvDocument,
  csvField,
  defuseFormula,
} from "../../../src/lib/export/csv.ts";
import { csvColumns, initiativesCsv } from "../../../src/lib/export/initiatives-csv.ts";
import { context, initiatives, trickySummary } from "./sample.ts";

type Row = Record<string, string>;

function rows(text: string): Row[] {
  return parse(text, { bom: true, columns: true, relax_column_count: false }) as Row[];
}

describe("CSV writer", () => {
  test("quotes a field only when it must, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  test("a document starts with the BOM and ends each record with CRLF", () => {
    const doc = csvDocument(["a", "b"], [["1", "x,y"]]);
    expect(doc.startsWith(byteOrderMark)).toBe(true);
    expect(doc.slice(1)).toBe('a,b\r\n1,"x,y"\r\n');
  });

  test("a record with the wrong number of fields is refused", () => {
    expect(() => csvDocument(["a", "b"], [["1"]])).toThrow(/2/);
  });

  test("spreadsheet formulas in free text are defused", () => {
    expect(defuseFormula("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(defuseFormula("@cmd")).toBe("'@cmd");
    expect(defuseFormula("Koffie")).toBe("Koffie");
  });
});

describe("initiatives.csv", () => {
  const text = initiativesCsv(context());
  const parsed = rows(text);
  const bySlug = new Map(parsed.map((r) => [r["slug"], r]));

  test("starts with a UTF-8 BOM and has the documented columns in order", () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const header = parse(text, { bom: true, to_line: 1 }) as string[][];
    expect(header[0]).toEqual([...csvColumns]);
    for (const column of ["slug", "type", "title", "summary", "needs", "place", "address"]) {
      expect(csvColumns).toContain(column);
    }
  });

  test("every initiative appears exactly once", () => {
    expect(parsed.map((r) => r["slug"]).sort()).toEqual(initiatives.map((i) => i.slug).sort());
  });

  test("text with commas, quotes and a line break survives the round trip", () => {
    expect(bySlug.get("koffieochtend")?.["summary"]).toBe(trickySummary);
  });

  test("a title that looks like a formula is defused", () => {
    expect(bySlug.get("vrouwencirkel")?.["title"]).toBe("'=Vrouwencirkel");
  });

  test("schedules: one line per rule, words and RRULE side by side", () => {
    const evening = bySlug.get("avondgesprek")!;
    const words = evening["schedule"]!.split("\n");
    const rrules = evening["rrule"]!.split("\n");
    expect(words).toHaveLength(2);
    expect(rrules).toEqual(["FREQ=MONTHLY;BYDAY=-1FR", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=MO"]);
    expect(words[0]).toContain("laatste");
    expect(words[0]).toContain("18:00");
    expect(evening["dtstart"]!.split("\n")[1]).toBe("2026-09-07");
    expect(bySlug.get("koffieochtend")?.["rrule"]).toBe("FREQ=WEEKLY;BYDAY=TU,TH");
    expect(bySlug.get("vrouwencirkel")?.["rrule"]).toBe("FREQ=MONTHLY;BYDAY=1WE,3WE");
  });

  test("every RRULE is one a calendar library reads back unchanged", () => {
    for (const row of parsed) {
      for (const rrule of row["rrule"]!.split("\n").filter(Boolean)) {
        const recur = ICAL.Recur.fromString(rrule);
        expect(recur.freq).toMatch(/^(WEEKLY|MONTHLY)$/);
        expect(rrule).toContain(`BYDAY=${recur.parts["BYDAY"]?.join(",")}`);
      }
    }
  });

  test("facts: place and address, cost, flags, hosts, contact, last checked", () => {
    const coffee = bySlug.get("koffieochtend")!;
    expect(coffee["place"]).toBe("Buurthuis De Brug");
    expect(coffee["address"]).toBe("Kerkstraat 5");
    expect(coffee["postcode"]).toBe("1234 AB");
    expect(coffee["cost"]).toBe("free");
    expect(coffee["needs"]).toBe("meet; talk");
    expect(coffee["languages"]).toBe("nl; ar; tr");
    expect(coffee["walkIn"]).toBe("true");
    expect(coffee["womenOnly"]).toBe("false");
    expect(coffee["hosts"]).toBe("peer-worker: Stichting Samen; volunteer: Bewonersgroep");
    expect(coffee["phone"]).toBe("06 1234 5678");
    expect(coffee["whatsapp"]).toBe("true");
    expect(coffee["afterHours"]).toBe("true");
    expect(coffee["lastVerified"]).toBe("2026-11-01");
    expect(coffee["url"]).toBe("https://gids.example.org/nl/initiatives/koffieochtend/");
    const circle = bySlug.get("vrouwencirkel")!;
    expect(circle["cost"]).toBe("2.50");
    expect(circle["womenOnly"]).toBe("true");
    expect(circle["email"]).toBe("cirkel@example.org");
    const swim = bySlug.get("zwemmen")!;
    expect(swim["address"]).toBe("Zwembad De Golf, Badweg 2, 1234 AD Testdorp");
    expect(bySlug.get("avondgesprek")?.["place"]).toBe("online");
  });

  test("without a site address, the page link is a path", () => {
    const { siteUrl: _, ...rest } = context();
    const row = rows(initiativesCsv(rest)).find((r) => r["slug"] === "zwemmen");
    expect(row?.["url"]).toBe("/nl/initiatives/zwemmen/");
  });
});

describe("CSV writer with a semicolon", () => {
  test("quotes fields with the delimiter, leaves commas alone", () => {
    const doc = csvDocument(["a", "b"], [["1,5", "x;y"]], { delimiter: ";" });
    expect(doc.slice(1)).toBe('a;b\r\n1,5;"x;y"\r\n');
    expect(parse(doc, { bom: true, delimiter: ";" })).toEqual([
      ["a", "b"],
      ["1,5", "x;y"],
    ]);
  });
});
