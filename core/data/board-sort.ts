/**
 * Sorting the ranking board by any column. Gaps always sink to the bottom whatever the
 * direction: a missing figure is not a small number.
 */
import type { BoardRow } from './ranking-board';

export type BoardSortKey =
  'rank' | 'published' | 'change' | 'name' | 'province' | 'value' | 'yoy' | 'share';
export type SortDirection = 'ascending' | 'descending';

/** A table's order: the column and which way (the figures, board and scenario tables). */
export interface ColumnSort<K extends string> {
  key: K;
  direction: SortDirection;
}
export type BoardSort = ColumnSort<BoardSortKey>;

/** Compares two names in the reader's language (pinyin order in Chinese). */
export type NameCompare = (a: string, b: string) => number;

/** The direction a column sorts in on its first click: best first. */
export function defaultDirection(key: BoardSortKey): SortDirection {
  return key === 'rank' || key === 'published' || key === 'name' || key === 'province'
    ? 'ascending'
    : 'descending';
}

function sortValue(
  row: BoardRow,
  key: BoardSortKey,
  nameOf: (r: BoardRow) => string,
  provinceOf: (r: BoardRow) => string,
): number | string | null {
  switch (key) {
    case 'rank':
      return row.rank;
    case 'published':
      return row.publishedRank?.rank ?? null;
    case 'change':
      // 'new' has no number of places: it sorts with the gaps, after every real change.
      return row.change.kind === 'moved' ? row.change.places : null;
    case 'name':
      return nameOf(row);
    case 'province':
      return provinceOf(row) || null;
    case 'value':
      return row.value;
    case 'yoy':
      return row.yoy?.value ?? null;
    case 'share':
      return row.sharePct;
  }
}

/**
 * Returns the rows sorted by `sort` (a new array). Ties keep the board's order (computed rank,
 * then code), so equal values never shuffle between renders.
 */
export function sortBoardRows(
  rows: readonly BoardRow[],
  sort: BoardSort,
  names: {
    nameOf: (r: BoardRow) => string;
    provinceOf: (r: BoardRow) => string;
    compare: NameCompare;
  },
): BoardRow[] {
  const dir = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, i) => ({
    row,
    i,
    v: sortValue(row, sort.key, names.nameOf, names.provinceOf),
  }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) {
      if (a.v === b.v) return a.i - b.i;
      return a.v === null ? 1 : -1;
    }
    const d =
      typeof a.v === 'string' || typeof b.v === 'string'
        ? names.compare(String(a.v), String(b.v))
        : a.v - b.v;
    return dir * d || a.i - b.i;
  });
  return keyed.map((k) => k.row);
}
