/**
 * The metrics a ranking board can rank by, each resolved for one entity and year from published
 * cells only. A metric that cannot be computed says why (`gap`), so the table can explain a "—".
 */
import type { Adcode, Cell, Measure } from '../model';
import { balance, cagrPct, contributionPp, sharePct } from './derived';
import { isSeriesBreak } from './series';
import { figureAt, nationalAt, type FullYearIndex } from './year-index';

export type BoardMetric =
  | 'total'
  | 'exports'
  | 'imports'
  | 'balance'
  | 'exportShare'
  | 'yoy'
  | 'share'
  | 'contribution'
  | 'cagr';
export const BOARD_METRICS: readonly BoardMetric[] = [
  'total',
  'exports',
  'imports',
  'balance',
  'exportShare',
  'yoy',
  'share',
  'contribution',
  'cagr',
];

/** How a metric's value reads: money in 亿元, a percentage, or percentage points. */
export type MetricUnit = 'money' | 'pct' | 'pp';
export const METRIC_UNIT: Record<BoardMetric, MetricUnit> = {
  total: 'money',
  exports: 'money',
  imports: 'money',
  balance: 'money',
  exportShare: 'pct',
  yoy: 'pct',
  share: 'pct',
  contribution: 'pp',
  cagr: 'pct',
};

/** Shares read without a sign (9.9%, not +9.9%): they are parts of a whole, not changes. */
export const isShareMetric = (metric: string): boolean =>
  metric === 'share' || metric === 'exportShare';

/**
 * The trade flow a metric is about: its yoy and share columns and its sparkline use this measure.
 * Balance, contribution and CAGR are read against total trade.
 */
export function flowOf(metric: BoardMetric): 'total' | 'exports' | 'imports' {
  return metric === 'exports' || metric === 'imports' ? metric : 'total';
}

/** Published growth measure of a flow. */
export const YOY_OF: Record<'total' | 'exports' | 'imports', Measure> = {
  total: 'total_yoy',
  exports: 'exports_yoy',
  imports: 'imports_yoy',
};

/**
 * Why a metric has no value: the entity's own figure is missing, or an input of the derivation
 * (the other flow, the national total, the base-year or span-start figure) is.
 */
export type MetricGap =
  | 'no_figure'
  | 'no_exports_or_imports'
  | 'no_national'
  | 'no_base_figure'
  | 'no_national_base'
  | 'no_start_figure'
  | 'bad_span';

export interface MetricValue {
  value: number | null;
  gap: MetricGap | null;
  /** The published cells the value rests on, for sources (the entity's own cell first). */
  cells: Cell[];
  /** A change computed across two series (contribution, CAGR): marked, see core/data/series.ts. */
  seriesBreak?: boolean;
}

export interface MetricContext {
  /** Base year of contribution to growth. */
  baseYear: number;
  /** First year of the CAGR span (the span ends at the year shown). */
  spanStart: number;
}

const gap = (g: MetricGap, cells: Cell[] = []): MetricValue => ({ value: null, gap: g, cells });
const value = (v: number, cells: Cell[]): MetricValue => ({ value: v, gap: null, cells });

/** Resolves one metric for one entity and year (see {@link MetricGap} for the failure cases). */
export function metricValue(
  index: FullYearIndex,
  code: Adcode,
  year: number,
  metric: BoardMetric,
  context: MetricContext,
): MetricValue {
  const total = figureAt(index, code, year, 'total');
  switch (metric) {
    case 'total':
    case 'exports':
    case 'imports': {
      const cell = figureAt(index, code, year, metric);
      return cell ? value(cell.value, [cell]) : gap('no_figure');
    }
    case 'yoy': {
      const cell = figureAt(index, code, year, 'total_yoy');
      return cell ? value(cell.value, [cell]) : gap('no_figure');
    }
    case 'balance': {
      const ex = figureAt(index, code, year, 'exports');
      const im = figureAt(index, code, year, 'imports');
      const b = balance(ex?.value ?? null, im?.value ?? null);
      return b == null ? gap('no_exports_or_imports') : value(b, [ex!, im!]);
    }
    case 'exportShare': {
      // Exports over exports + imports, not over a total: the two parts are what make the share.
      const ex = figureAt(index, code, year, 'exports');
      const im = figureAt(index, code, year, 'imports');
      const s = sharePct(ex?.value ?? null, ex && im ? ex.value + im.value : null);
      return s == null ? gap('no_exports_or_imports') : value(s, [ex!, im!]);
    }
    case 'share': {
      if (!total) return gap('no_figure');
      const nation = nationalAt(index, year, 'total');
      const s = sharePct(total.value, nation?.value ?? null);
      return s == null ? gap('no_national', [total]) : value(s, [total, nation!]);
    }
    case 'contribution': {
      if (!total) return gap('no_figure');
      const base = figureAt(index, code, context.baseYear, 'total');
      if (!base) return gap('no_base_figure', [total]);
      const nationBase = nationalAt(index, context.baseYear, 'total');
      const pp = contributionPp(total.value, base.value, nationBase?.value ?? null);
      return pp == null
        ? gap('no_national_base', [total, base])
        : {
            ...value(pp, [total, base, nationBase!]),
            seriesBreak: isSeriesBreak(index, total, base),
          };
    }
    case 'cagr': {
      if (!total) return gap('no_figure');
      if (context.spanStart >= year) return gap('bad_span', [total]);
      const start = figureAt(index, code, context.spanStart, 'total');
      const c = cagrPct(start?.value ?? null, total.value, context.spanStart, year);
      return c == null
        ? gap('no_start_figure', [total])
        : { ...value(c, [total, start!]), seriesBreak: isSeriesBreak(index, total, start) };
    }
  }
}

/**
 * The metric whose rank change Δrank reports. Contribution and CAGR already describe a change
 * between two years, so "their rank in the base year" would need a third year; Δrank then
 * reports the change in total-trade rank instead, and the column says so.
 */
export function rankChangeMetric(metric: BoardMetric): BoardMetric {
  return metric === 'contribution' || metric === 'cagr' ? 'total' : metric;
}
