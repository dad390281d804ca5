/**
 * Sheets held in memory (tests, small grids) and the choice among them. Streamed workbooks choose
 * the same way in pipeline.ts; both turn typed cells into text with `cellText`.
 */
import { makeProblem } from './problems';
import { findTable, type MergeRange } from './table-detect';
import type { ImportProblem, RawCell } from './types';

/** One sheet as a reader hands it over. */
export interface SheetInput {
  name: string;
  rows: RawCell[][];
  /** A1 references of formula cells saved without a computed result (they read as empty). */
  uncachedFormulas?: string[];
  /** Merged ranges (xlsx), 0-based. */
  merges?: MergeRange[];
}

/** A typed cell as text: numbers as JavaScript prints them, dates as YYYY-MM-DD. */
export function cellText(cell: RawCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
}

/** Choose the sheet: the one named, else the first whose rows contain a recognisable table. */
export function pickSheet(
  sheets: readonly SheetInput[],
  wanted: string | undefined,
  file: string,
): { sheet: SheetInput | null; problems: ImportProblem[] } {
  if (wanted !== undefined) {
    const sheet =
      sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.trim() === wanted.trim());
    if (sheet) return { sheet, problems: [] };
    const names = sheets.map((s) => s.name);
    return {
      sheet: null,
      problems: [
        makeProblem('error', 'sheet_not_found', { file }, { sheet: wanted, sheets: names }),
      ],
    };
  }
  const withTable = sheets.find((s) => {
    const sample = s.rows
      .slice(0, 40)
      .map((row) => Array.from(row, (c) => cellText(c).slice(0, 200)));
    return findTable(sample) !== null;
  });
  const sheet = withTable ?? sheets[0] ?? null;
  return {
    sheet,
    problems: sheet ? [] : [makeProblem('error', 'empty_file', { file }, {})],
  };
}
