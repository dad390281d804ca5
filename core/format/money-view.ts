/**
 * How money is shown, as a pure function of the choices behind it: 亿元 (the stored unit), or US
 * dollars at, in this order, a rate the user entered for the year, the published rate the data
 * carries for it (with its source), or the user's default rate. A year with none stays in 亿元.
 * The money-view store (the screen) and printed pins (a briefing) both format through this.
 */
import { rateFor as rateForYear } from '../data';
import type { ExchangeRate } from '../model';
import type { Locale } from './locale';
import { formatMoney, moneyParts } from './money';
import { formatUsd, usdParts, usdRateLabel } from './usd';

export interface MoneyViewOptions {
  currency: 'CNY' | 'USD';
  /** CNY per USD by year, as the user typed them. */
  userRates: Readonly<Record<string, number>>;
  /** The rates the data carries. */
  publishedRates: readonly ExchangeRate[];
  /** Settings' default rate for years without one. */
  defaultRate: number | null;
  locale: Locale;
  numberFormat: 'scaled' | 'plain';
}

export interface MoneyView {
  rateFor(year: number): number | null;
  publishedRate(year: number): ExchangeRate | null;
  money(valueYi: number | null | undefined, year: number): string;
  columnNumber(valueYi: number | null | undefined, year: number): string;
  columnUnit(year: number): string;
  /** The number a spreadsheet gets for a money cell: in `columnUnit`, unrounded; null for a gap. */
  columnValue(valueYi: number | null | undefined, year: number): number | null;
  /** A number typed in `columnUnit` (a "total at least" box) back in 亿元. */
  fromColumnValue(value: number, year: number): number;
  conversionLabel(year: number): string | null;
  /** One unit for a chart axis or table column across `years` (see YearsScale). */
  scaleAcross(years: readonly number[]): YearsScale;
}

/**
 * Money over several years in one unit: the one the board shows when every year has it (dollars
 * only where every year has a rate), else every year in 亿元 (bn RMB in English), with `mixed`
 * set so the chart or table can say why it is not in dollars. An axis or a column never mixes
 * units.
 */
export interface YearsScale {
  unit: string;
  /** The number in `unit`, for a chart; null for a gap. */
  value(valueYi: number | null | undefined, year: number): number | null;
  /** The number in `unit` as a cell shows it ("—" for a gap). */
  number(valueYi: number | null | undefined, year: number): string;
  /** The amount with its unit, for a tooltip on the same chart. */
  money(valueYi: number | null | undefined, year: number): string;
  mixed: boolean;
}

/** The money formatters of a set of choices (see the module comment for the rate order). */
export function moneyView(o: MoneyViewOptions): MoneyView {
  const view = columnsView(o);
  return {
    ...view,
    scaleAcross(years) {
      const units = new Set(years.map((y) => view.columnUnit(y)));
      const year = years[0] ?? 0;
      const mixed = units.size > 1;
      const v = mixed ? columnsView({ ...o, currency: 'CNY' }) : view;
      return {
        unit: v.columnUnit(year),
        value: v.columnValue,
        number: v.columnNumber,
        money: v.money,
        mixed,
      };
    },
  };
}

function columnsView(o: MoneyViewOptions): Omit<MoneyView, 'scaleAcross'> {
  const publishedRate = (year: number): ExchangeRate | null => rateForYear(o.publishedRates, year);
  const rateFor = (year: number): number | null =>
    o.currency !== 'USD'
      ? null
      : (o.userRates[String(year)] ?? publishedRate(year)?.cnyPerUsd ?? o.defaultRate ?? null);
  /** Settings › number format: 亿/万亿 by size, or always 亿元 (billion) so columns compare. */
  const scale: 'auto' | 'yi' | 'bn' =
    o.numberFormat === 'plain' ? (o.locale === 'zh-CN' ? 'yi' : 'bn') : 'auto';
  /** 亿元 in one unit of a money column: 亿元 or bn RMB (×10), times the rate in dollars. */
  const yiPerUnit = (year: number): number =>
    (rateFor(year) ?? 1) * (o.locale === 'zh-CN' ? 1 : 10);
  return {
    rateFor,
    publishedRate,
    /** A 亿元 amount of `year` in the chosen currency ("—" for a gap). */
    money(valueYi, year) {
      const rate = rateFor(year);
      return rate == null
        ? formatMoney(valueYi, o.locale, scale)
        : formatUsd(valueYi, rate, o.locale);
    },
    /** A table cell: the number alone, in the one unit of its column (`columnUnit`). */
    columnNumber(valueYi, year) {
      if (valueYi == null || !Number.isFinite(valueYi)) return '—';
      const rate = rateFor(year);
      return rate == null
        ? moneyParts(valueYi, o.locale, scale).number
        : usdParts(valueYi, rate, o.locale, 'fixed').number;
    },
    /** Unit of a money column for a year: 亿元 / bn RMB, or 亿美元 / US$ bn. */
    columnUnit(year) {
      const rate = rateFor(year);
      return rate == null
        ? moneyParts(1, o.locale, scale).unit
        : usdParts(1, rate, o.locale, 'fixed').unit;
    },
    columnValue(valueYi, year) {
      if (valueYi == null || !Number.isFinite(valueYi)) return null;
      const inUnit = valueYi / yiPerUnit(year);
      // Float noise (0.1 + 0.2) is rounded away; no precision is invented.
      return Math.round(inUnit * 1e6) / 1e6;
    },
    fromColumnValue(value, year) {
      return Math.round(value * yiPerUnit(year) * 1e6) / 1e6;
    },
    /** "converted at 7.10 CNY/USD (user rate)" or "… (published annual average, P019)", else null. */
    conversionLabel(year) {
      const rate = rateFor(year);
      if (rate == null) return null;
      const published = o.userRates[String(year)] == null ? publishedRate(year) : null;
      return usdRateLabel(rate, o.locale, published?.cnyPerUsd === rate ? published : null);
    },
  };
}
