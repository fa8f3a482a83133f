/**
 * A small RFC 4180 CSV writer: fields with a comma, quote or line break are quoted
 * (quotes doubled), records end in CRLF, and the file starts with a UTF-8 byte order
 * mark so spreadsheet programs read Arabic, Turkish, Polish and Ukrainian right.
 */

/** U+FEFF: tells Excel and friends that the file is UTF-8. */
export const byteOrderMark = "\uFEFF";

/**
 * Cells that a spreadsheet would run as a formula start with one of these. Content
 * comes from volunteers' pull requests, so free text is defused (OWASP "CSV
 * injection"): such a cell gets a leading apostrophe.
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Free text made safe to open in a spreadsheet: a leading `=`, `+`, `-`, `@`, tab or
 * CR gets an apostrophe in front. Use it for text, not for numbers or phone numbers.
 *
 * @example defuseFormula("=HYPERLINK(...)") // "'=HYPERLINK(...)"
 */
export function defuseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * One field, quoted when it must be.
 *
 * @example csvField('She said "hi", then left') // '"She said ""hi"", then left"'
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record (without its line ending). */
export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(",");
}

/**
 * A whole CSV file: BOM, header record, data records, each ending in CRLF.
 *
 * @throws Error when a record has a different number of fields than the header.
 */
export function csvDocument(header: readonly string[], records: readonly string[][]): string {
  for (const [index, record] of records.entries()) {
    if (record.length !== header.length) {
      throw new Error(
        `CSV record ${index + 1} has ${record.length} fields, expected ${header.length}`,
      );
    }
  }
  return byteOrderMark + [header, ...records].map((r) => `${csvRecord(r)}\r\n`).join("");
}
