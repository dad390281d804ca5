/**
 * Sorting the figures table by a column. Gaps always sink to the bottom, whatever the direction:
 * a gap is not a small number. Shared by the table on screen and its print and exports.
 */
import { entityName, type Locale } from '../format';
import type { ColumnSort } from './board-sort';
import type { FigureRow } from './figure-table';

export type FigureSortKey = 'name' | 'province' | 'total' | 'exports' | 'imports' | 'total_yoy';
export type FigureSort = ColumnSort<FigureSortKey>;

/** The rows in the sort's order; names compare by `compare` (pinyin order in Chinese). */
export function sortFigureRows(
  rows: readonly FigureRow[],
  sort: FigureSort,
  locale: Locale,
  compare: (a: string, b: string) => number,
): FigureRow[] {
  const dir = sort.direction === 'ascending' ? 1 : -1;
  const valueOf = (r: FigureRow): number | string | null => {
    if (sort.key === 'name') return entityName(r.entity, locale);
    if (sort.key === 'province') return r.province ? entityName(r.province, locale) : '';
    return r.cells[sort.key]?.value ?? null;
  };
  return [...rows].sort((a, b) => {
    const va = valueOf(a);
    const vb = valueOf(b);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    if (typeof va === 'string' || typeof vb === 'string')
      return dir * compare(String(va), String(vb));
    return dir * (va - vb);
  });
}
