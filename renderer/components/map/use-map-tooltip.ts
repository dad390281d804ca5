/**
 * What the map says about one entity: bilingual name, the value with its unit, its rank among
 * the entities with data, published growth and the source of every number. A gap says why it is
 * a gap. Used by the tooltip and, row by row, by the accessible table.
 */
import { useI18n } from 'vue-i18n';
import {
  OUTSIDE_MAINLAND_STATISTICS,
  differenceUnit,
  MAP_METRIC_UNIT,
  type MapEntry,
  type MapSeries,
} from '../../../core/data';
import { bilingualName, entityName, formatPct, formatPp } from '../../../core/format';
import type { Entity } from '../../../core/model';
import type { TipContent } from '../../charts/map/tooltip-html';
import { useAtlasData } from '../../stores/atlas-data';
import { useSettings } from '../../stores/settings';
import { useSeriesBreak } from '../use-series-break';
import { useMapFormat } from './use-map-format';

export function useMapTooltip() {
  const { t } = useI18n();
  const data = useAtlasData();
  const settings = useSettings();
  const fmt = useMapFormat();
  const breaks = useSeriesBreak();

  const entityOf = (code: string): Entity | undefined => data.entities.get(code);
  const sourcesOf = (entry: MapEntry | undefined) =>
    [...new Set(entry?.cells.map((c) => c.sourceId as string) ?? [])].join(', ');

  function title(code: string, year: string): Pick<TipContent, 'title' | 'subtitle'> {
    const e = entityOf(code);
    const province = e?.provinceCode && e.provinceCode !== e.code ? entityOf(e.provinceCode) : null;
    return {
      title: e ? bilingualName(e, settings.locale) : code,
      subtitle: province ? `${entityName(province, settings.locale)} · ${year}` : year,
    };
  }

  function gapNotes(code: string, entry: MapEntry | undefined): string[] {
    if (OUTSIDE_MAINLAND_STATISTICS.has(code)) return [t('map.outsideStats')];
    if (!entry?.gap) return [];
    return [t('map.tip.gapNote', { reason: t(`rankings.gap.${entry.gap}`) })];
  }

  /** Tooltip of one entity in one year's series. */
  function forSeries(series: MapSeries, code: string): TipContent {
    const { metric, year, level } = series.options;
    const entry = series.entries.find((e) => e.code === code);
    const unit = MAP_METRIC_UNIT[metric];
    const metricName = t(`metric.${metric}`);
    const rows: TipContent['rows'] = [
      [metricName, entry?.value == null ? t('map.noData') : fmt.full(entry.value, unit, metric)],
    ];
    if (entry?.value != null) {
      rows.push([
        t('map.tip.rank'),
        entry.rank == null
          ? t('map.tip.unranked')
          : t('map.tip.rankOf', {
              rank: entry.rank,
              count: series.rankedCount,
              unit: t(`rankings.unit.${level}`),
            }),
      ]);
    }
    if (metric === 'yoyVsNational') {
      rows.push([t('map.tip.national'), formatPct(series.national.yoy?.value)]);
      if (entry?.value != null) {
        rows.push([
          t('map.tip.vsNational'),
          formatPp(entry.value - series.centre, settings.locale),
        ]);
      }
    } else if (metric !== 'yoy' && entry?.yoy) {
      rows.push([t('map.tip.yoy'), formatPct(entry.yoy.value)]);
    }
    const sources = sourcesOf(entry) || entry?.yoy?.sourceId;
    if (sources) rows.push([t('map.tip.source'), sources]);
    const hint =
      entityOf(code) && !OUTSIDE_MAINLAND_STATISTICS.has(code) ? [t('map.tip.clickHint')] : [];
    // A change between two years carries its cells as [now, base]: name both series if they differ.
    const breakNote =
      entry?.seriesBreak && entry.cells.length >= 2
        ? [breaks.hint(entry.cells[1], entry.cells[0]) ?? t('seriesBreak.short')]
        : entry?.seriesBreak
          ? [t('seriesBreak.short')]
          : [];
    return {
      ...title(code, String(year)),
      rows,
      notes: [...breakNote, ...gapNotes(code, entry), ...hint],
    };
  }

  /** Tooltip of the difference map: both years, the change, and the sources of both. */
  function forDifference(early: MapSeries, late: MapSeries, code: string): TipContent {
    const { metric } = late.options;
    const unit = MAP_METRIC_UNIT[metric];
    const a = early.entries.find((e) => e.code === code);
    const b = late.entries.find((e) => e.code === code);
    const show = (e: MapEntry | undefined) =>
      e?.value == null ? t('map.noData') : fmt.full(e.value, unit, metric);
    const change =
      a?.value != null && b?.value != null
        ? fmt.full(b.value - a.value, differenceUnit(metric), metric)
        : t('map.noData');
    const rows: TipContent['rows'] = [
      [t('map.tip.from', { year: early.options.year }), show(a)],
      [t('map.tip.from', { year: late.options.year }), show(b)],
      [t('map.tip.difference'), change],
    ];
    const sources = [...new Set([sourcesOf(a), sourcesOf(b)].filter(Boolean))].join(', ');
    if (sources) rows.push([t('map.tip.source'), sources]);
    const span = `${early.options.year}–${late.options.year} · ${t(`metric.${metric}`)}`;
    const breakNote = breaks.hint(a?.cells[0], b?.cells[0]);
    return {
      ...title(code, span),
      rows,
      notes: [...(breakNote ? [breakNote] : []), ...gapNotes(code, b ?? a)],
    };
  }

  return { forSeries, forDifference, entityOf };
}
