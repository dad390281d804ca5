/**
 * Rank text for tables and exports: rank changes as ▲3 / ▼2 / – / new, ordinal phrases with
 * their population ("3 of 20 cities with data"), and tab-separated text for the clipboard.
 */
import type { Locale } from './locale';

/** A rank change in places (positive = climbed), 'new' (no base-year figure) or none. */
export type RankChangeText = { kind: 'moved'; places: number } | { kind: 'new' } | { kind: 'none' };

/** "▲3", "▼2", "–" (no change), "new" / "新"; "" when the entity has no rank. */
export function formatRankChange(change: RankChangeText, locale: Locale): string {
  if (change.kind === 'none') return '';
  if (change.kind === 'new') return locale === 'zh-CN' ? '新' : 'new';
  if (change.places === 0) return '–';
  return `${change.places > 0 ? '▲' : '▼'}${Math.abs(change.places)}`;
}

/** "第3 / 20" in Chinese, "3 of 20" in English: a computed rank always shows its population. */
export function formatRankOf(rank: number | null, count: number, locale: Locale): string {
  if (rank == null) return '—';
  return locale === 'zh-CN' ? `第${rank} / ${count}` : `${rank} of ${count}`;
}

/**
 * Rows as TSV for pasting into a spreadsheet: tabs and line breaks inside a cell become spaces,
 * because TSV has no quoting that every spreadsheet understands.
 */
export function toTsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows
    .map((row) =>
      row.map((c) => (c == null ? '' : String(c)).replace(/[\t\r\n]+/g, ' ')).join('\t'),
    )
    .join('\n');
}
