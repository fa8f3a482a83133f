/**
 * iCalendar (RFC 5545) text basics: escaping TEXT values, folding long content
 * lines at 75 octets without splitting a UTF-8 character, and CRLF line endings.
 */

/** Longest content line, in octets, not counting the CRLF (RFC 5545 §3.1). */
export const maxLineOctets = 75;

const encoder = new TextEncoder();

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a
 * backslash, a line break becomes `\n`. Other control characters are not
 * allowed in TEXT, so they are dropped (a tab becomes a space).
 *
 * @example escapeText("Koffie; thee, en\nmeer") // "Koffie\\; thee\\, en\\nmeer"
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "")
    .replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

/**
 * Splits one content line into folded physical lines: the first at most 75
 * octets, each next one a space plus at most 74 octets. Splits only between
 * code points, so every physical line is valid UTF-8 on its own.
 *
 * @example foldLine("DESCRIPTION:" + "x".repeat(100)).map((l) => l.length) // [75, 38]
 */
export function foldLine(line: string): string[] {
  if (encoder.encode(line).length <= maxLineOctets) return [line];
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > maxLineOctets) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines;
}

/**
 * Joins content lines into the body of an .ics file: each line folded, every
 * physical line ended by CRLF (also the last one).
 */
export function serializeLines(lines: readonly string[]): string {
  return lines.flatMap(foldLine).join("\r\n") + "\r\n";
}
