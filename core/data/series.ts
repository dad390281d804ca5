/**
 * Breaks in series. The City Statistical Yearbook, the NBS provincial tables and the customs
 * releases and bulletins compile a city's trade differently (the yearbook's Fuzhou is ~5% above
 * Fuzhou's own headline every year), and a value converted from US dollars carries the rate's own
 * change. A growth rate or rank change computed between two cells of different series mixes
 * methods; it is still shown, but marked as a break in series wherever it appears.
 */
import type { Cell } from '../model';
import type { FullYearIndex } from './year-index';

/** The series a cell belongs to: its source's family, and `:usd` when converted from dollars. */
export function seriesKey(index: Pick<FullYearIndex, 'families'>, cell: Cell): string {
  const family = index.families.get(cell.sourceId) ?? 'release';
  return cell.derivation?.kind === 'usd' ? `${family}:usd` : family;
}

/**
 * True when two cells both exist and come from different series, so a change computed between
 * them is not like for like. A missing cell is no break: there is no change to mark.
 */
export function isSeriesBreak(
  index: Pick<FullYearIndex, 'families'>,
  a: Cell | null | undefined,
  b: Cell | null | undefined,
): boolean {
  return !!a && !!b && seriesKey(index, a) !== seriesKey(index, b);
}
