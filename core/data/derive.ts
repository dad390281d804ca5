/**
 * The two computations the data may carry, each marked on the cell it makes (flag `derived`,
 * `Cell.derivation`) and always beaten by a printed value (precedence.ts):
 *
 * 1. **Sum.** A row that prints exports and imports but no total (the City Statistical Yearbook
 *    never prints one) gets total = exports + imports *of that row*. Never across rows or sources.
 * 2. **Currency.** A figure printed only in US dollars (亿美元) stays in USD (`FigureRecord.usd`);
 *    a 亿元 copy is made only with a published CNY/USD rate for its year, and says which.
 *
 * Growth rates printed in USD terms are never copied into the 亿元 cells: they are a different
 * measure (dollar growth differs from yuan growth by the rate's own change).
 */
import type { Derivation, ExchangeRate, MoneyMeasure, Precision } from '../model';
import type { FigureRow } from './precedence';

/** Digits after the decimal point of a number as written (13720.908 → 3). */
function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
}

const roundTo = (value: number, places: number): number => {
  const f = 10 ** places;
  return Math.round(value * f) / f;
};

/**
 * The row with a derived total when it prints exports and imports but no total; the row itself
 * otherwise (withheld rows carry no values, so they never get one).
 */
export function withDerivedTotal(row: FigureRow): FigureRow {
  const { exports, imports, total } = row.values;
  if (total !== undefined || exports === undefined || imports === undefined) return row;
  // The sum is as precise as its coarser part, and written to the finer part's decimals so that
  // 13720.908 + 20325.9072 is 34046.8152, not 34046.815200000004.
  const value = roundTo(exports + imports, Math.max(decimals(exports), decimals(imports)));
  const exact = row.precision.exports === 'exact' && row.precision.imports === 'exact';
  const precision: Precision = exact ? 'exact' : 'rounded';
  return {
    ...row,
    values: { ...row.values, total: value },
    precision: { ...row.precision, total: precision },
    derived: { ...row.derived, total: { kind: 'sum' } },
  };
}

/** The published rate for a year (the data carries at most one per year), or null. */
export function rateFor(rates: readonly ExchangeRate[], year: number): ExchangeRate | null {
  return rates.find((r) => r.year === year) ?? null;
}

/** 亿美元 × CNY per USD, to 0.01亿 (one million yuan): finer would claim precision it lacks. */
export const usdToYi = (usd: number, rate: number): number => roundTo(usd * rate, 2);

const MONEY: readonly MoneyMeasure[] = ['total', 'exports', 'imports'];

/**
 * The 亿元 copy of a USD row (after its own sum, if any) at `rate`: money values only, each marked
 * with the USD value, the rate and the rate's source. Null when the row has no money value.
 */
export function convertedRow(usdRow: FigureRow, rate: ExchangeRate): FigureRow | null {
  const values: FigureRow['values'] = {};
  const precision: FigureRow['precision'] = {};
  const derived: NonNullable<FigureRow['derived']> = {};
  for (const measure of MONEY) {
    const usd = usdRow.values[measure];
    if (usd === undefined) continue;
    values[measure] = usdToYi(usd, rate.cnyPerUsd);
    precision[measure] = 'rounded';
    const conversion: Derivation = {
      kind: 'usd',
      usdValue: usd,
      rate: rate.cnyPerUsd,
      rateSourceId: rate.sourceId,
      rateKind: rate.kind,
      usdSum: usdRow.derived?.[measure]?.kind === 'sum',
    };
    derived[measure] = conversion;
  }
  if (Object.keys(values).length === 0) return null;
  return { ...usdRow, currency: 'CNY', values, precision, derived, rank: null };
}

/**
 * Every row as the dataset uses it: derived totals added, and each USD row followed by its 亿元
 * copy where its year has a published rate (without one, the USD row stands alone and its
 * figures appear in the USD view only).
 */
export function deriveRows(
  rows: readonly FigureRow[],
  rates: readonly ExchangeRate[],
): FigureRow[] {
  const out: FigureRow[] = [];
  for (const raw of rows) {
    const row = withDerivedTotal(raw);
    out.push(row);
    if (row.currency !== 'USD') continue;
    const rate = rateFor(rates, row.year);
    const converted = rate ? convertedRow(row, rate) : null;
    if (converted) out.push(converted);
  }
  return out;
}
