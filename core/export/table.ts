/**
 * Tables as the app prints and exports them: columns, and per cell the raw value a spreadsheet
 * computes with (亿元, %, a rank) beside the text a reader sees ("45,500", "+1.1%"). Print renders
 * `text`; CSV and XLSX write `value`, so numbers stay numbers. Every export starts with a header
 * block (title, the choices behind the table, sources, data revision, date) so a file that
 * travels on its own still says where its figures come from.
 */

export type ExportValue = string | number | null;

export interface ExportCell {
  /** What a spreadsheet gets: a number in the column's stored unit, a text, or a gap (null). */
  value: ExportValue;
  /** What a reader sees in print. */
  text: string;
  /** A remark printed small beside the text (a break in series, a derived figure). */
  mark?: string;
}

export interface ExportColumn {
  /** Header text, with the unit where the column has one ("进出口总额（亿元）"). */
  label: string;
  kind: 'text' | 'number';
}

export interface ExportTable {
  /** Short id, part of the file name and the sheet name ("board", "climbers"). */
  id: string;
  caption: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
}

/** The lines above an exported table: title, choices, sources, revision, date. */
export interface ExportHeader {
  title: string;
  lines: string[];
}

/** A cell of text and value alike (names, provinces, source ids). */
export const textCell = (text: string): ExportCell => ({ value: text, text });

/** A number cell: `value` raw (null for a gap), `text` as the reader sees it. */
export const numberCell = (value: number | null | undefined, text: string): ExportCell => ({
  value: value == null || !Number.isFinite(value) ? null : value,
  text,
});

/**
 * Characters a spreadsheet reads as the start of a formula (or that Excel strips before one):
 * = + - @, tab and carriage return. A text cell starting with one is prefixed with an apostrophe,
 * which spreadsheets show as text and never run (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text that no spreadsheet will run as a formula; other text is returned unchanged. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The value a spreadsheet cell gets: finite numbers as they are, text neutralised, gaps empty. */
export function safeValue(value: ExportValue): string | number | null {
  if (value == null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return neutralise(value);
}

function csvField(value: string | number | null): string {
  if (value == null) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of a sheet: the header block, a blank row, the column labels, then the table. */
export function sheetRows(header: ExportHeader, table: ExportTable): (string | number | null)[][] {
  return [
    [header.title],
    ...header.lines.map((l) => [l]),
    [],
    table.columns.map((c) => c.label),
    ...table.rows.map((row) => row.map((c) => c.value)),
  ].map((row) => row.map(safeValue));
}

/**
 * The table as CSV: UTF-8 with a byte-order mark (so Excel opens Chinese correctly), CRLF line
 * ends (RFC 4180), the header block first. Every text cell is neutralised.
 */
export function csvText(header: ExportHeader, table: ExportTable): string {
  const lines = sheetRows(header, table).map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * A file name for an export: view, what, year and date, in ASCII so every file system and mail
 * client keeps it ("rankings-board-2025-2026-05-01.csv").
 */
export function exportFileName(
  parts: { view: string; what?: string; year?: number | null; date: string },
  ext: string,
): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const pieces = [parts.view, parts.what, parts.year == null ? undefined : String(parts.year)]
    .filter((p): p is string => !!p)
    .map(slug)
    .filter(Boolean);
  return `${[...pieces, parts.date].join('-')}.${ext}`;
}
