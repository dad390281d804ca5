/**
 * The cells of the coverage-by-year table (the Sources view and its print): how many entities
 * have data, their share of national trade, how many of their totals are derived.
 */
import type { Coverage } from '../../core/data';
import { formatShare } from '../../core/format';

/** "31 / 31"; cities as "293 / 297", with other prefecture-level units "+ 2" when any. */
export function coverageCount(c: Coverage): string {
  const [city, other] = c.byKind;
  if (!city) return `${c.entitiesWithData} / ${c.entitiesTotal}`;
  return `${city.withData} / ${city.total}${other?.withData ? ` + ${other.withData}` : ''}`;
}

export const coverageShare = (c: Coverage): string =>
  c.shareOfNational == null || c.entitiesWithData === 0
    ? '—'
    : formatShare(c.shareOfNational * 100);

export const derivedCount = (c: Coverage): number => c.derived.sum + c.derived.usd;
