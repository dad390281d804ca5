/**
 * Filters of the ranking board: provinces, region, coastal/inland, a minimum size and a search
 * box that finds an entity by its Chinese, English or pinyin name ("xian", "Xi'an", "西安").
 */
import { entityNameKeys, nameKey } from '../places';
import type { Adcode, Entity, Region } from '../model';

export interface BoardFilter {
  /** Province codes to keep; empty keeps all. */
  provinces: Adcode[];
  region: Region | null;
  /** 'coastal' or 'inland'; null keeps both. */
  coast: 'coastal' | 'inland' | null;
  /** Minimum total trade in 亿元; null for no minimum. */
  minTotal: number | null;
  search: string;
}

export const emptyFilter = (): BoardFilter => ({
  provinces: [],
  region: null,
  coast: null,
  minTotal: null,
  search: '',
});

/**
 * True when the query occurs in any of the entity's names. An empty query matches everything.
 * Substring rather than prefix, so "zhou" finds every -zhou city and "州" every 州.
 */
export function matchesSearch(entity: Entity, query: string): boolean {
  const q = nameKey(query);
  if (!q) return true;
  // The same name keys the place resolver matches on (core/places), searched as substrings.
  return entityNameKeys(entity).some((key) => key.includes(q));
}

export interface FilterableRow {
  entity: Entity;
  /** Total trade in 亿元, or null when not published. */
  total: number | null;
}

/**
 * Keeps the rows that pass every filter. With a minimum size set, a row without a published
 * total is dropped: its size is unknown, and showing it would imply it passes.
 */
export function filterRows<R extends FilterableRow>(rows: readonly R[], filter: BoardFilter): R[] {
  const provinces = new Set(filter.provinces);
  return rows.filter((r) => {
    const e = r.entity;
    if (provinces.size && !(e.provinceCode && provinces.has(e.provinceCode))) return false;
    if (filter.region && e.region !== filter.region) return false;
    if (filter.coast === 'coastal' && !e.coastal) return false;
    if (filter.coast === 'inland' && e.coastal) return false;
    if (filter.minTotal != null && (r.total == null || r.total < filter.minTotal)) return false;
    return matchesSearch(e, filter.search);
  });
}

/** True when any filter is set (the UI says "n of m shown" then). */
export function isFiltering(filter: BoardFilter): boolean {
  return (
    filter.provinces.length > 0 ||
    filter.region != null ||
    filter.coast != null ||
    filter.minTotal != null ||
    nameKey(filter.search) !== ''
  );
}
