/**
 * Money in US dollars, for the USD view and `atlas rank --currency usd`. Symmetric to the 亿元
 * view: a figure a source printed in dollars is shown as printed; any other figure is its 亿元
 * value ÷ the year's published rate (Dataset.rates), and says so. Without a published rate for
 * the year only printed-USD figures exist.
 */
import type { Cell, ExchangeRate, FigureRecord, MoneyMeasure } from '../model';
import { rateFor } from './derive';

export interface UsdFigure {
  /** 亿美元. */
  value: number;
  /** The cell behind the value: the USD cell as printed, or the 亿元 cell converted. */
  cell: Cell;
  how: 'printed' | 'converted';
  /** The rate a converted value was divided by. */
  rate: ExchangeRate | null;
}

/** 亿元 ÷ CNY per USD, to 0.0001亿美元 (one hundred dollars is finer than any source prints). */
const toUsd = (yi: number, rate: number) => Math.round((yi / rate) * 10_000) / 10_000;

/** The USD figure of one measure of a record (see the module comment), or null. */
export function usdFigure(
  record: FigureRecord,
  measure: MoneyMeasure,
  rates: readonly ExchangeRate[],
): UsdFigure | null {
  const printed = record.usd?.[measure];
  if (printed) return { value: printed.value, cell: printed, how: 'printed', rate: null };
  const cell = record.cells[measure];
  if (!cell) return null;
  // A 亿元 cell converted from dollars goes back to the dollars it was printed in.
  if (cell.derivation?.kind === 'usd') {
    return { value: cell.derivation.usdValue, cell, how: 'printed', rate: null };
  }
  const rate = rateFor(rates, record.year);
  return rate ? { value: toUsd(cell.value, rate.cnyPerUsd), cell, how: 'converted', rate } : null;
}
