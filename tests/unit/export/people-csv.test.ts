/**
 * The spreadsheet for people (/data/<locale>/initiatives.csv), read back with a real
 * CSV parser: semicolons for Dutch, headers in the reader's language, values as
 * words, UTF-8 with BOM, formulas defused, accents intact.
 */
import { describe, expect, test } from "vitest";
import { parse } from "csv-parse/sync";
import {
  peopleCsv,
  peopleCsvColumns,
  peopleCsvHeader,
  spreadsheetDelimiter,
} from "../../../src/lib/export/people-csv.ts";
import { byteOrderMark } from "../../../src/lib/export/csv.ts";
import { context, initiatives } from "./sample.ts";

type Row = Record<string, string>;

const withAccent = {
  ...initiatives[0]!,
  slug: "cafe-creme",
  text: {
    nl: { ...initiatives[0]!.text.nl!, title: "Café Crème; één kopje", summary: "Koffie." },
  },
};
const guide = context({ initiatives: [...initiatives, withAccent] });

function read(text: string, delimiter: string): Row[] {
  return parse(text, { bom: true, columns: true, delimiter }) as Row[];
}

describe("the Dutch spreadsheet", () => {
  const text = peopleCsv(guide, "nl");
  const rows = read(text, ";");
  const byTitle = new Map(rows.map((row) => [row["Initiatief"], row]));

  test("starts with a BOM, separates with semicolons and has Dutch headers", () => {
    expect(text.startsWith(byteOrderMark)).toBe(true);
    const header = text.slice(1, text.indexOf("\r\n"));
    expect(header.split(";")).toHaveLength(peopleCsvColumns.length);
    expect(Object.keys(rows[0]!)).toEqual(peopleCsvHeader("nl"));
    for (const name of ["Initiatief", "Wanneer", "Kosten", "Alleen voor vrouwen", "Telefoon"]) {
      expect(Object.keys(rows[0]!)).toContain(name);
    }
    expect(rows).toHaveLength(guide.initiatives.length);
  });

  test("says facts in words: yes and no, roles, the schedule, the price", () => {
    const coffee = byTitle.get("Koffieochtend")!;
    expect(coffee["Gewoon binnenlopen"]).toBe("Ja");
    expect(coffee["Alleen voor vrouwen"]).toBe("Nee");
    expect(coffee["Wanneer"]).toBe("Elke week op dinsdag en donderdag 10:00\u201312:00");
    expect(coffee["Wie je er ontmoet"]).toBe(
      "Ervaringsdeskundige (Stichting Samen); Vrijwilliger (Bewonersgroep)",
    );
    expect(coffee["Kosten"]).toBe("Gratis");
    expect(coffee["Waar"]).toBe("Buurthuis De Brug");
    expect(coffee["Adres"]).toBe("Kerkstraat 5, 1234 AB");
    expect(coffee["Talen"]).toBe("Nederlands, Arabisch en Turks");
    expect(coffee["Webpagina"]).toBe("https://gids.example.org/nl/initiatives/koffieochtend/");
    expect(coffee["Telefoon"]).toBe("06 1234 5678");
    // Multi-line text stays one cell.
    expect(coffee["Samenvatting"]).toContain("\n");
    const circle = [...byTitle.values()].find((row) => row["Kosten"]?.includes("2,50"))!;
    expect(circle["Alleen voor vrouwen"]).toBe("Ja");
    expect(circle["Kosten"]).toMatch(/^€\s?2,50$/);
  });

  test("an accented title with a semicolon survives", () => {
    expect(byTitle.get("Café Crème; één kopje")).toBeDefined();
  });

  test("formulas are defused by the one CSV writer", () => {
    expect(byTitle.get("'=Vrouwencirkel")).toBeDefined();
    expect(byTitle.get("=Vrouwencirkel")).toBeUndefined();
  });
});

describe("other locales", () => {
  test("the separator follows the reader's decimal separator; Arabic follows the site's", () => {
    expect(spreadsheetDelimiter("nl", "nl")).toBe(";");
    expect(spreadsheetDelimiter("tr", "nl")).toBe(";");
    expect(spreadsheetDelimiter("pl", "nl")).toBe(";");
    expect(spreadsheetDelimiter("uk", "nl")).toBe(";");
    expect(spreadsheetDelimiter("en", "nl")).toBe(",");
    expect(spreadsheetDelimiter("ar", "nl")).toBe(";");
    expect(spreadsheetDelimiter("ar", "en")).toBe(",");
  });

  test("English uses commas and English words; Arabic headers are Arabic", () => {
    const en = read(peopleCsv(guide, "en"), ",");
    const coffee = en.find((row) => row["Initiative"] === "Coffee morning")!;
    expect(coffee["Just walk in"]).toBe("Yes");
    expect(coffee["When"]).toBe("Every week on Tuesday and Thursday 10:00\u201312:00");
    const ar = read(peopleCsv(guide, "ar"), ";");
    expect(Object.keys(ar[0]!)[0]).toMatch(/[\u0600-\u06ff]/);
    expect(Object.values(ar[0]!)).toContain("نعم");
    expect(ar).toHaveLength(guide.initiatives.length);
  });
});
