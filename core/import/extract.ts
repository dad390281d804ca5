/**
 * Body rows → numbers per row and measure, still in the table's unit and not yet resolved to
 * entities. Wide rows give several measures each; long rows give one (named by the indicator).
 */
import type { MoneyMeasure } from '../model';
import { classifyIndicator } from './column-map';
import { parseNumberCell } from './numbers';
import { columnLetter, makeProblem } from './problems';
import { classifyBodyRow, type TableShape } from './table-detect';
import type { ColumnMapping, ImportField, ImportProblem, PreviewRow } from './types';

export interface ExtractedCell {
  value: number;
  decimals: number;
  column: number;
}

export interface ExtractedRow {
  /** 1-based row in the file. */
  row: number;
  kind: 'data' | 'total';
  name: string;
  code: string;
  /** From a year column in long tables; null means the table's year. */
  year: number | null;
  metrics: Partial<Record<MoneyMeasure, { amount?: ExtractedCell; growth?: ExtractedCell }>>;
}

export interface Extraction {
  rows: ExtractedRow[];
  preview: PreviewRow[];
  rowsRead: number;
  footnotes: string[];
  problems: ImportProblem[];
}

export const PREVIEW_ROWS = 60;
const WIDE_FIELDS: Partial<Record<ImportField, { metric: MoneyMeasure; growth: boolean }>> = {
  total: { metric: 'total', growth: false },
  exports: { metric: 'exports', growth: false },
  imports: { metric: 'imports', growth: false },
  total_yoy: { metric: 'total', growth: true },
  exports_yoy: { metric: 'exports', growth: true },
  imports_yoy: { metric: 'imports', growth: true },
};

/** Walk the body: classify each row, parse its numbers, and report cells that are not numbers. */
export function extractRows(
  grid: readonly string[][],
  shape: TableShape,
  mapping: ColumnMapping,
  ctx: { file: string; uncachedFormulas: ReadonlySet<string> },
): Extraction {
  const problems: ImportProblem[] = [];
  const columnOf = (field: ImportField): number | null =>
    mapping.columns.find((c) => c.field === field)?.index ?? null;
  const nameIndex = columnOf('name');
  const codeIndex = columnOf('code');
  const valueColumns = mapping.columns.filter((c) =>
    mapping.layout === 'long' ? ['value', 'yoy'].includes(c.field) : WIDE_FIELDS[c.field],
  );
  const valueIndexes = valueColumns.map((c) => c.index);
  const headerTop = grid[shape.headerRows[0]!] ?? [];
  const preview: PreviewRow[] = [];
  const rows: ExtractedRow[] = [];
  const footnotes: string[] = [];
  const unknownIndicators = new Set<string>();
  let afterFootnote = false;
  let rowsRead = 0;

  for (let r = 0; r < Math.min(shape.bodyStart, PREVIEW_ROWS); r++) {
    preview.push({
      row: r + 1,
      kind: shape.headerRows.includes(r) ? 'header' : 'title',
      cells: grid[r] ?? [],
    });
  }

  const parseCell = (r: number, column: number): ExtractedCell | null => {
    const text = grid[r]?.[column] ?? '';
    const parsed = parseNumberCell(text);
    if (parsed.kind === 'number') return { value: parsed.value, decimals: parsed.decimals, column };
    // Places and A1 references are built only for the rare cell that has a problem.
    const place = () => ({
      file: ctx.file,
      row: r + 1,
      columnIndex: column,
      header: mapping.columns[column]?.header ?? null,
    });
    if (
      text === '' &&
      ctx.uncachedFormulas.size > 0 &&
      ctx.uncachedFormulas.has(`${columnLetter(column)}${r + 1}`)
    ) {
      const message =
        'the cell holds a formula whose result was never saved. Open the file in Excel, let it calculate, and save it again.';
      problems.push(makeProblem('error', 'formula_without_value', place(), message));
      return null;
    }
    if (parsed.kind === 'invalid') {
      problems.push(
        makeProblem(
          'error',
          'not_a_number',
          place(),
          `${parsed.reason}; the cell is not imported.`,
        ),
      );
    }
    return null;
  };

  for (let r = shape.bodyStart; r < grid.length; r++) {
    const cells = grid[r]!;
    const kind = classifyBodyRow(cells, nameIndex, valueIndexes, afterFootnote, headerTop);
    if (preview.length < PREVIEW_ROWS) preview.push({ row: r + 1, kind, cells });
    if (kind !== 'blank') rowsRead++;
    if (kind === 'footnote') {
      afterFootnote = true;
      footnotes.push(cells.filter((c) => c !== '').join(' '));
    }
    if (kind !== 'data' && kind !== 'total') continue;
    const extracted: ExtractedRow = {
      row: r + 1,
      kind,
      name: nameIndex !== null ? (cells[nameIndex] ?? '') : (cells.find((c) => c !== '') ?? ''),
      code: codeIndex !== null ? (cells[codeIndex] ?? '') : '',
      year: null,
      metrics: {},
    };
    if (mapping.layout === 'wide') {
      for (const column of valueColumns) {
        const target = WIDE_FIELDS[column.field]!;
        const cell = parseCell(r, column.index);
        if (cell)
          extracted.metrics[target.metric] = {
            ...extracted.metrics[target.metric],
            [target.growth ? 'growth' : 'amount']: cell,
          };
      }
    } else {
      const indicatorIndex = columnOf('indicator');
      const indicatorText = indicatorIndex !== null ? (cells[indicatorIndex] ?? '') : '';
      const indicator = classifyIndicator(indicatorText);
      if (!indicator) {
        if (!unknownIndicators.has(indicatorText)) {
          unknownIndicators.add(indicatorText);
          problems.push(
            makeProblem(
              'warning',
              'unknown_indicator',
              {
                file: ctx.file,
                row: r + 1,
                columnIndex: indicatorIndex,
                header:
                  indicatorIndex !== null
                    ? (mapping.columns[indicatorIndex]?.header ?? null)
                    : null,
              },
              `indicator "${indicatorText}" is not 进出口, 出口 or 进口 (or their growth); rows with it are skipped.`,
            ),
          );
        }
        continue;
      }
      const valueIndex = columnOf('value');
      const yoyIndex = columnOf('yoy');
      const value = valueIndex !== null ? parseCell(r, valueIndex) : null;
      const yoy = yoyIndex !== null ? parseCell(r, yoyIndex) : null;
      const slot: { amount?: ExtractedCell; growth?: ExtractedCell } = {};
      if (value) slot[indicator.growth ? 'growth' : 'amount'] = value;
      if (yoy && !indicator.growth) slot.growth = yoy;
      extracted.metrics[indicator.metric] = slot;
      const yearIndex = columnOf('year');
      const yearMatch = yearIndex !== null ? /(?:19|20)\d{2}/.exec(cells[yearIndex] ?? '') : null;
      extracted.year = yearMatch ? Number(yearMatch[0]) : null;
    }
    rows.push(extracted);
  }
  return { rows, preview, rowsRead, footnotes, problems };
}
