/**
 * The first step of the pipeline: whatever the reader produced (CSV bytes, or xlsx sheets of
 * typed cells) → one grid of strings within size limits. Limits live here so a CSV and an xlsx
 * are held to the same ones.
 */
import { decodeBytes } from './decode';
import { parseDelimited } from './delimited';
import { makeProblem } from './problems';
import { findTable } from './table-detect';
import type { ImportProblem, RawCell, TextEncodingName } from './types';

/** One sheet as a reader hands it over. */
export interface SheetInput {
  name: string;
  rows: RawCell[][];
  /** A1 references of formula cells saved without a computed result (they read as empty). */
  uncachedFormulas?: string[];
}

export const IMPORT_LIMITS = {
  maxRows: 1_000_000,
  maxCells: 5_000_000,
  /** Excel's own limit per cell; anything longer was not typed by a person. */
  maxCellLength: 32_767,
};

export interface SheetRows {
  rows: string[][];
  sheet: string | null;
  encoding: TextEncodingName | null;
  uncachedFormulas: Set<string>;
  problems: ImportProblem[];
}

function cellText(cell: RawCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
}

/** Convert typed cells to trimmed strings, enforcing row, cell and cell-length limits. */
export function normaliseGrid(
  raw: readonly RawCell[][],
  file: string,
): { rows: string[][]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  let source = raw;
  if (raw.length > IMPORT_LIMITS.maxRows) {
    problems.push(
      makeProblem(
        'error',
        'too_many_rows',
        { file },
        `the table has ${raw.length.toLocaleString('en-US')} rows; the limit is ${IMPORT_LIMITS.maxRows.toLocaleString('en-US')}. Split the file.`,
      ),
    );
    source = raw.slice(0, IMPORT_LIMITS.maxRows);
  }
  let cells = 0;
  const rows: string[][] = [];
  for (let r = 0; r < source.length; r++) {
    const row = source[r] ?? [];
    cells += row.length;
    if (cells > IMPORT_LIMITS.maxCells) {
      problems.push(
        makeProblem(
          'error',
          'too_many_cells',
          { file, row: r + 1 },
          `the table has more than ${IMPORT_LIMITS.maxCells.toLocaleString('en-US')} cells; reading stopped here. Delete unused columns or split the file.`,
        ),
      );
      break;
    }
    rows.push(
      // Array.from, not map: sparse rows from readers have holes that map would keep.
      Array.from(row, (cell, c) => {
        const text = cellText(cell);
        if (text.length <= IMPORT_LIMITS.maxCellLength) return text.trim();
        problems.push(
          makeProblem(
            'error',
            'cell_too_long',
            { file, row: r + 1, columnIndex: c },
            `the cell holds ${text.length.toLocaleString('en-US')} characters (limit ${IMPORT_LIMITS.maxCellLength.toLocaleString('en-US')}); it was left out.`,
          ),
        );
        return '';
      }),
    );
  }
  return { rows, problems };
}

/** Choose the sheet: the one named, else the first whose rows contain a recognisable table. */
function pickSheet(
  sheets: readonly SheetInput[],
  wanted: string | undefined,
  file: string,
): { sheet: SheetInput | null; problems: ImportProblem[] } {
  if (wanted !== undefined) {
    const sheet =
      sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.trim() === wanted.trim());
    if (sheet) return { sheet, problems: [] };
    const names = sheets.map((s) => `"${s.name}"`).join(', ');
    return {
      sheet: null,
      problems: [
        makeProblem(
          'error',
          'sheet_not_found',
          { file },
          `there is no sheet "${wanted}"; the sheets are ${names}.`,
        ),
      ],
    };
  }
  const withTable = sheets.find((s) => {
    const sample = s.rows.slice(0, 40).map((row) => row.map((c) => cellText(c).slice(0, 200)));
    return findTable(sample) !== null;
  });
  return { sheet: withTable ?? sheets[0] ?? null, problems: [] };
}

/** Bytes (CSV/TSV), sheets (xlsx) or a ready grid → strings, with the problems found on the way. */
export function readRows(
  input: {
    fileName: string;
    bytes?: Uint8Array;
    rows?: RawCell[][];
    sheets?: SheetInput[];
    sheetName?: string;
  },
  encoding?: TextEncodingName,
): SheetRows {
  const file = input.fileName;
  if (input.bytes) {
    const decoded = decodeBytes(input.bytes, file, encoding);
    const parsed = parseDelimited(decoded.text, file);
    const grid = normaliseGrid(parsed.rows, file);
    return {
      rows: grid.rows,
      sheet: null,
      encoding: decoded.encoding,
      uncachedFormulas: new Set(),
      problems: [...decoded.problems, ...parsed.problems, ...grid.problems],
    };
  }
  if (input.sheets) {
    const picked = pickSheet(input.sheets, input.sheetName, file);
    if (!picked.sheet) {
      const empty =
        picked.problems.length > 0
          ? []
          : [makeProblem('error', 'empty_file', { file }, 'the workbook has no sheets.')];
      return {
        rows: [],
        sheet: null,
        encoding: null,
        uncachedFormulas: new Set(),
        problems: [...picked.problems, ...empty],
      };
    }
    const grid = normaliseGrid(picked.sheet.rows, file);
    return {
      rows: grid.rows,
      sheet: picked.sheet.name,
      encoding: null,
      uncachedFormulas: new Set(picked.sheet.uncachedFormulas ?? []),
      problems: grid.problems,
    };
  }
  const grid = normaliseGrid(input.rows ?? [], file);
  return {
    rows: grid.rows,
    sheet: input.sheetName ?? null,
    encoding: null,
    uncachedFormulas: new Set(),
    problems: grid.problems,
  };
}
