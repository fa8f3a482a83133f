/**
 * A small RFC 4180 CSV writer: fields with the delimiter (a comma, or a semicolon for
 * spreadsheets that expect one), a quote or a line break are quoted (quotes doubled),
 * records end in CRLF, and the file starts with a UTF-8 byte order
 * mark so spreadsheet programs read Arabic, Turkish, Polish and Ukrainian right.
 *
 * Every cell (header included) passes through {@link csvField}, which defuses
 * spreadsheet formulas (OWASP "CSV injection") before quoting: content comes from
 * volunteers' pull requests, so no column is trusted and no exporter has to
 * remember to defuse its own columns.
 */

/** U+FEFF: tells Excel and friends that the file is UTF-8. */
export const byteOrderMark = "\uFEFF";

/**
 * Cells that a spreadsheet would run as a formula: a leading tab or CR, or one of
 * `=`, `+`, `-`, `@` (or their full-width ＝ ＋ － ＠ and small ﹦ ﹢ ﹣ ﹫ forms, which
 * some spreadsheets fold to ASCII), possibly after whitespace: spreadsheet programs
 * strip leading spaces (also no-break and ideographic spaces, and a stray BOM)
 * before they look for a formula.
 */
const formulaStart =
  /^(?:[\t\r]|[\s\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B])/;

/**
 * A phone number that is safe to write as written, even though it starts with `+`:
 * an optional `+`, then only ASCII digits, spaces, hyphens and parentheses, starting
 * and ending with a digit (`+31 6 1234 5678`, `+31 (0)20 123-4567`). Without letters
 * there is no function name and no cell reference (A1, R1C1), and without `:`, `!`,
 * `|`, `&`, quotes or commas nothing can name a range, another sheet, a DDE command
 * or join strings; at worst a spreadsheet shows it as a number or an error.
 */
const plainPhone = /^\+?[0-9][0-9 ()-]*[0-9]$/;

/** Is this a phone number that needs no guard (see {@link plainPhone})? */
export function isPlainPhone(text: string): boolean {
  return plainPhone.test(text);
}

/** What a column holds; `phone` lets plain phone numbers through unguarded. */
export type CsvKind = "text" | "phone";

/**
 * A cell made safe to open in a spreadsheet: when it could start a formula it gets
 * an apostrophe in front. In a `phone` column a value that is only a phone number
 * ({@link isPlainPhone}) is kept as written; anything else there is guarded too.
 *
 * @example defuseFormula("=HYPERLINK(...)") // "'=HYPERLINK(...)"
 * @example defuseFormula("+31 6 1234 5678", "phone") // "+31 6 1234 5678"
 * @example defuseFormula("+31 6 1234 5678") // "'+31 6 1234 5678"
 */
export function defuseFormula(text: string, kind: CsvKind = "text"): string {
  if (!formulaStart.test(text)) return text;
  if (kind === "phone" && isPlainPhone(text)) return text;
  return `'${text}`;
}

/**
 * What separates the fields of a record: `,` (RFC 4180, and spreadsheets set up for a
 * decimal point), or `;`, which spreadsheets set up for a decimal comma (Dutch,
 * Turkish, Polish, Ukrainian) expect when they open a file by double-click.
 */
export type CsvDelimiter = "," | ";";

/**
 * One field: defused (see {@link defuseFormula}), then quoted when it must be: when it
 * holds the delimiter, a quote or a line break.
 *
 * @example csvField('She said "hi", then left') // '"She said ""hi"", then left"'
 * @example csvField('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 * @example csvField("a; b", "text", ";") // '"a; b"'
 */
export function csvField(
  value: string,
  kind: CsvKind = "text",
  delimiter: CsvDelimiter = ",",
): string {
  const safe = defuseFormula(value, kind);
  const mustQuote = /["\r\n]/.test(safe) || safe.includes(delimiter);
  return mustQuote ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record (without its line ending); `kinds[i]` is the kind of field i (default text). */
export function csvRecord(
  fields: readonly string[],
  kinds: readonly CsvKind[] = [],
  delimiter: CsvDelimiter = ",",
): string {
  return fields
    .map((field, index) => csvField(field, kinds[index] ?? "text", delimiter))
    .join(delimiter);
}

export interface CsvOptions {
  /** Header names of the columns that hold phone numbers (see {@link isPlainPhone}). */
  phoneColumns?: readonly string[];
  /** The field separator; `,` when absent. */
  delimiter?: CsvDelimiter;
}

/**
 * A whole CSV file: BOM, header record, data records, each ending in CRLF. Every
 * cell is defused; plain phone numbers in `phoneColumns` stay as written.
 *
 * @throws Error when a record has a different number of fields than the header, or
 *   a phone column is not in the header.
 */
export function csvDocument(
  header: readonly string[],
  records: readonly (readonly string[])[],
  options: CsvOptions = {},
): string {
  for (const [index, record] of records.entries()) {
    if (record.length !== header.length) {
      throw new Error(
        `CSV record ${index + 1} has ${record.length} fields, expected ${header.length}`,
      );
    }
  }
  const phones = new Set(options.phoneColumns ?? []);
  for (const column of phones) {
    if (!header.includes(column))
      throw new Error(`CSV phone column "${column}" is not in the header`);
  }
  const kinds = header.map((column): CsvKind => (phones.has(column) ? "phone" : "text"));
  const delimiter = options.delimiter ?? ",";
  const lines = [header, ...records].map(
    (record, index) => `${csvRecord(record, index === 0 ? [] : kinds, delimiter)}\r\n`,
  );
  return byteOrderMark + lines.join("");
}
