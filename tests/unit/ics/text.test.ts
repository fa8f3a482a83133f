/**
 * RFC 5545 text rules: TEXT escaping, folding at 75 octets without breaking a
 * UTF-8 character (long Arabic, Ukrainian, emoji), CRLF everywhere; and that
 * ical.js reads back exactly the text we meant.
 */
import { describe, expect, test } from "vitest";
import { escapeText, foldLine, serializeLines } from "../../../src/lib/ics/text.ts";
import { parseCalendar } from "./ical.ts";

const octets = (s: string) => new TextEncoder().encode(s).length;

const arabic =
  "لقاء صباحي لشرب القهوة والحديث مع الجيران، تعال كما أنت؛ المكان هادئ ومريح، ويمكنك أن تحضر شخصًا معك إذا أردت ذلك. نحن ننتظرك كل أسبوع.";
const ukrainian =
  "Ранкова кава та розмова з сусідами; приходьте, як вам зручно, можна прийти з кимось. Ми чекаємо на вас щотижня — без запису, безкоштовно.";
const emoji = "☕🍰👩‍👩‍👧 ".repeat(12);

/** Wraps one property in a minimal calendar that ical.js must accept. */
function calendarWith(line: string): string {
  return serializeLines([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//test//test//NL",
    "BEGIN:VEVENT",
    "UID:x@test",
    "DTSTAMP:20261101T000000Z",
    "DTSTART:20261102T100000Z",
    line,
    "END:VEVENT",
    "END:VCALENDAR",
  ]);
}

describe("escapeText", () => {
  test("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  test("drops control characters that TEXT forbids", () => {
    expect(escapeText("bel\u0007l\ttab")).toBe("bell tab");
  });

  test("ical.js reads back the exact original text", () => {
    const original = 'Koffie; thee, "koek"\nen \\ meer: 10:00–12:00';
    const event = parseCalendar(
      calendarWith(`DESCRIPTION:${escapeText(original)}`),
    ).getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("description")).toBe(original);
  });
});

describe("foldLine", () => {
  test.each([
    ["ASCII", "x".repeat(400)],
    ["Arabic", arabic],
    ["Ukrainian", ukrainian],
    ["emoji and ZWJ sequences", emoji],
  ])(
    "%s: no physical line over 75 octets, each valid UTF-8, unfolds to the original",
    (_, text) => {
      const line = `DESCRIPTION:${escapeText(text)}`;
      const folded = foldLine(line);
      expect(folded.length).toBeGreaterThan(1);
      for (const [i, physical] of folded.entries()) {
        expect(octets(physical)).toBeLessThanOrEqual(75);
        if (i > 0) expect(physical.startsWith(" ")).toBe(true);
        // A lone surrogate would mean a character was cut in half.
        expect(physical).toBe(physical.toWellFormed());
      }
      expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(line);
    },
  );

  test("uses the room: a line is only broken when the next character would not fit", () => {
    const folded = foldLine(`SUMMARY:${"ж".repeat(100)}`); // 2 octets each
    expect(octets(folded[0]!)).toBeGreaterThanOrEqual(74);
    expect(octets(folded[1]!)).toBeGreaterThanOrEqual(73);
  });

  test("a short line stays as it is", () => {
    expect(foldLine("SUMMARY:Koffieochtend")).toEqual(["SUMMARY:Koffieochtend"]);
    expect(foldLine(`X:${"y".repeat(73)}`)).toHaveLength(1);
    expect(foldLine(`X:${"y".repeat(74)}`)).toHaveLength(2);
  });

  test.each([arabic, ukrainian, emoji])("ical.js unfolds multibyte text back intact", (text) => {
    const event = parseCalendar(
      calendarWith(`DESCRIPTION:${escapeText(text)}`),
    ).getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("description")).toBe(text);
  });
});

describe("serializeLines", () => {
  test("every line, the last included, ends in CRLF and no bare LF or CR remains", () => {
    const text = serializeLines(["BEGIN:VCALENDAR", `X-LONG:${"z".repeat(200)}`, "END:VCALENDAR"]);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    expect(text.split("\r\n").filter((l) => l.startsWith(" "))).toHaveLength(2);
  });
});
