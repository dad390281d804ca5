/**
 * Formatting of ranking values in the reader's language and currency: money per the money view
 * (亿元, or USD at the user's rate for that year), growth and shares in %, contributions in pp.
 * `metricFormatter` takes the money view and locale as values, so a printed pin formats with the
 * choices it was pinned with; `useMetricFormat` binds it to the screen's stores.
 */
import { computed } from 'vue';
import { isShareMetric, METRIC_UNIT, type BoardMetric } from '../../../core/data';
import {
  formatPct,
  formatPp,
  formatShare,
  type Locale,
  type MoneyView,
} from '../../../core/format';
import { useMoneyView } from '../../stores/money-view';
import { useSettings } from '../../stores/settings';

type MoneyFormat = Pick<MoneyView, 'money' | 'columnNumber' | 'columnUnit' | 'columnValue'>;

export function metricFormatter(money: MoneyFormat, locale: Locale) {
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
        return formatPp(value, locale, 2);
      case 'pct':
        return isShareMetric(m) ? formatShare(value) : formatPct(value);
    }
  }

  /** Header text of a metric column: its name, with the money unit where it is money. */
  function metricHeader(name: string, m: BoardMetric, year: number): string {
    if (METRIC_UNIT[m] !== 'money') return name;
    return locale === 'zh-CN'
      ? `${name}（${money.columnUnit(year)}）`
      : `${name} (${money.columnUnit(year)})`;
  }

  /** The number an export writes for a metric cell: in the column's unit (see metricHeader). */
  function metricValue(value: number | null | undefined, m: BoardMetric, year: number) {
    if (value == null || !Number.isFinite(value)) return null;
    return METRIC_UNIT[m] === 'money' ? money.columnValue(value, year) : value;
  }

  return {
    metric,
    metricHeader,
    metricValue,
    money: (value: number | null | undefined, year: number) => money.money(value, year),
    share: (v: number | null | undefined) => formatShare(v),
    pct: formatPct,
  };
}

export function useMetricFormat() {
  const money = useMoneyView();
  const settings = useSettings();
  const format = computed(() => metricFormatter(money, settings.locale));
  return {
    metric: (...args: Parameters<ReturnType<typeof metricFormatter>['metric']>) =>
      format.value.metric(...args),
    metricHeader: (...args: Parameters<ReturnType<typeof metricFormatter>['metricHeader']>) =>
      format.value.metricHeader(...args),
    money: (value: number | null | undefined, year: number) => money.money(value, year),
    share: (v: number | null | undefined) => formatShare(v),
    pct: formatPct,
  };
}
