/**
 * Formatting of ranking values in the reader's language and currency: money per the money view
 * (亿元, or USD at the user's rate for that year), growth and shares in %, contributions in pp.
 */
import { isShareMetric, METRIC_UNIT, type BoardMetric } from '../../../core/data/board-metrics';
import { formatPct, formatPp, formatShare } from '../../../core/format';
import { useMoneyView } from '../../stores/money-view';
import { useSettings } from '../../stores/settings';

export function useMetricFormat() {
  const money = useMoneyView();
  const settings = useSettings();

  /** A metric value; money as a bare number when `bare` (its unit is in the column header). */
  function metric(
    value: number | null | undefined,
    m: BoardMetric,
    year: number,
    bare = false,
  ): string {
    switch (METRIC_UNIT[m]) {
      case 'money':
        return bare ? money.columnNumber(value, year) : money.money(value, year);
      case 'pp':
        // Contributions are often below one point: two decimals keep them apart.
        return formatPp(value, settings.locale, 2);
      case 'pct':
        return isShareMetric(m) ? formatShare(value) : formatPct(value);
    }
  }

  /** Header text of a metric column: its name, with the money unit where it is money. */
  function metricHeader(name: string, m: BoardMetric, year: number): string {
    if (METRIC_UNIT[m] !== 'money') return name;
    return settings.locale === 'zh-CN'
      ? `${name}（${money.columnUnit(year)}）`
      : `${name} (${money.columnUnit(year)})`;
  }

  return {
    metric,
    metricHeader,
    money: money.money,
    share: (v: number | null | undefined) => formatShare(v),
    pct: formatPct,
  };
}
