/**
 * Numbers on the map in the reader's language: money in 亿元 (zh) or bn RMB (en), growth and
 * shares in %, contributions and differences of percentages in percentage points, rank changes
 * in places. Legend numbers are rounded for reading; tooltips and the table keep the value's
 * own precision.
 */
import { useI18n } from 'vue-i18n';
import { isShareMetric, type MapMetric, type MapUnit } from '../../../core/data';
import {
  formatMoney,
  formatPct,
  formatPp,
  formatShare,
  groupDigits,
  MINUS,
  moneyParts,
  PRECISION,
  signedNumber,
} from '../../../core/format';
import { useSettings } from '../../stores/settings';

const signed = (text: string, v: number) => (v > 0 ? `+${text}` : v < 0 ? `${MINUS}${text}` : text);

export function useMapFormat() {
  const settings = useSettings();
  const { t } = useI18n();

  /** A value with its unit, as the tooltip and the table print it ("—" for a gap). */
  function full(v: number | null | undefined, unit: MapUnit, metric?: MapMetric): string {
    if (v == null || !Number.isFinite(v)) return '—';
    switch (unit) {
      case 'money':
        return formatMoney(v, settings.locale);
      case 'pct':
        return metric && isShareMetric(metric) ? formatShare(v) : formatPct(v);
      case 'pp':
        return formatPp(v, settings.locale, 2);
      case 'places':
        return `${signed(String(Math.abs(v)), v)} ${t('map.unit.places')}`;
    }
  }

  /**
   * A table cell: the value at its own precision without the unit, which the column header
   * carries once (percentages keep their sign and %).
   */
  function bare(v: number | null | undefined, unit: MapUnit, metric?: MapMetric): string {
    if (v == null || !Number.isFinite(v)) return '—';
    switch (unit) {
      case 'money':
        return (v < 0 ? MINUS : '') + moneyParts(Math.abs(v), settings.locale).number;
      case 'pct':
        return full(v, unit, metric);
      case 'pp':
        return signedNumber(v, PRECISION.pp);
      case 'places':
        return signed(String(Math.abs(v)), v);
    }
  }

  /**
   * A legend threshold: the unit is in the legend title, so only the number, rounded. A minus
   * always shows; a plus only on a diverging scale, where the sign is the point.
   */
  function legend(
    v: number,
    unit: MapUnit,
    opts: { share?: boolean; diverging?: boolean } = {},
  ): string {
    const a = Math.abs(v);
    // A threshold that rounds to zero is printed as a plain zero: no "−0.0%".
    const sign = (text: string, decimals: number) =>
      Number(a.toFixed(decimals)) === 0
        ? text
        : v < 0
          ? `${MINUS}${text}`
          : v > 0 && opts.diverging
            ? `+${text}`
            : text;
    switch (unit) {
      case 'money': {
        const shown = settings.locale === 'zh-CN' ? a : a / 10;
        const d = shown >= 10 ? 0 : 1;
        return sign(groupDigits(shown, d), d);
      }
      case 'pct':
        return opts.share ? `${a.toFixed(1)}%` : sign(`${a.toFixed(1)}%`, 1);
      case 'pp': {
        const d = a >= 10 ? 0 : PRECISION.pp;
        return sign(a.toFixed(d), d);
      }
      case 'places':
        return sign(String(Math.round(a)), 0);
    }
  }

  function unitLabel(unit: MapUnit): string {
    return t(`map.unit.${unit}`);
  }

  return { full, bare, legend, unitLabel };
}
