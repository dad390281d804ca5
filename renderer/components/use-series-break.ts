/**
 * Words for a break in series (core/data/series.ts): which two series a computed change spans,
 * e.g. "City Statistical Yearbook → customs releases / bulletins".
 */
import { useI18n } from 'vue-i18n';
import { isSeriesBreak, seriesKey } from '../../core/data';
import type { Cell } from '../../core/model';
import { useAtlasData } from '../stores/atlas-data';

export function useSeriesBreak() {
  const { t } = useI18n();
  const data = useAtlasData();
  const families = () => data.index?.families ?? new Map();

  function label(cell: Cell): string {
    const [family, usd] = seriesKey({ families: families() }, cell).split(':');
    const name = t(`seriesBreak.family.${family}`);
    return usd ? `${name}（${t('seriesBreak.family.usd')}）` : name;
  }

  /** The hint for a change from `earlier` to `later`, or null when both are of one series. */
  function hint(earlier: Cell | null | undefined, later: Cell | null | undefined): string | null {
    if (!isSeriesBreak({ families: families() }, earlier, later)) return null;
    return t('seriesBreak.hint', { from: label(earlier!), to: label(later!) });
  }

  return { hint, label };
}
