/**
 * Turns the map store's choices into what the map component takes: the values to colour, the
 * legend spec, the bubble inputs, label places and the accessible table's rows, in the map's
 * order. The component stays generic; everything about trade lives here.
 */
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import {
  isShareMetric,
  differenceUnit,
  MAP_METRIC_UNIT,
  type MapSeries,
  figureAt,
} from '../../../core/data';
import { entityName } from '../../../core/format';
import type { Adcode, Cell, Entity } from '../../../core/model';
import type { BubbleInput } from '../../charts/map/bubble-layer';
import { provinceOfRegion } from '../../charts/map/geo-fit';
import type { LegendSpec } from '../../charts/map/map-legend';
import { useAtlasData } from '../../stores/atlas-data';
import { useMapView } from '../../stores/map-view';
import { useSettings } from '../../stores/settings';
import { useMapFormat } from './use-map-format';

export interface MapTableRow {
  code: string;
  entity: Entity;
  name: string;
  province: string;
  rank: number | null;
  value: string;
  yoy: string;
  cell: Cell | null;
  /** The value is a change across two series: [earlier, later] cells to name them. */
  seriesBreak: [Cell | undefined, Cell | undefined] | null;
  /** False for entities with a figure but no polygon (义乌 inside 金华). */
  onMap: boolean;
}

/** What the content is made from: the map store, or a pinned map's choices (print). */
export type MapContentSource = Pick<
  ReturnType<typeof useMapView>,
  | 'compare'
  | 'difference'
  | 'metric'
  | 'diverging'
  | 'parsedBreaks'
  | 'series'
  | 'method'
  | 'classes'
  | 'values'
  | 'basis'
  | 'index'
  | 'bubbles'
  | 'years'
  | 'seriesAt'
  | 'focusProvince'
  | 'level'
  | 'year'
  | 'compareYear'
>;

export type MapContent = ReturnType<typeof useMapContent>;

export function useMapContent(
  regions: () => readonly string[],
  m: MapContentSource = useMapView(),
) {
  const data = useAtlasData();
  const settings = useSettings();
  const { t } = useI18n();
  const fmt = useMapFormat();

  /** The map's title: the level and year, or the two years compared. */
  const heading = computed(() =>
    m.compare === 'off'
      ? t(`map.heading.${m.level}`, { year: m.year })
      : t('map.headingCompare', {
          from: Math.min(m.year, m.compareYear),
          to: Math.max(m.year, m.compareYear),
        }),
  );
  const isDifference = computed(() => m.compare === 'difference' && m.difference != null);
  const unit = computed(() =>
    isDifference.value ? differenceUnit(m.metric) : MAP_METRIC_UNIT[m.metric],
  );
  const legendTitle = computed(() => {
    const metric = t(`metric.${m.metric}`);
    const name = isDifference.value ? `${t('map.tip.difference')}: ${metric}` : metric;
    return unit.value === 'pct'
      ? name
      : t('map.legendTitle', { metric: name, unit: fmt.unitLabel(unit.value) });
  });

  const legend = computed<LegendSpec>(() => {
    const diverging = isDifference.value || m.diverging;
    const parsed = m.parsedBreaks;
    return {
      kind: diverging ? 'diverging' : 'sequential',
      centre: isDifference.value ? 0 : (m.series?.centre ?? 0),
      method: m.method,
      classes: m.classes,
      breaks: parsed.ok ? parsed.value : [],
      label: legendTitle.value,
      format: (v) => fmt.legend(v, unit.value, { share: isShareMetric(m.metric), diverging }),
      noDataLabel: t('map.noData'),
    };
  });

  const values = computed(() => (isDifference.value ? m.difference! : m.values));
  /** A difference map is classed on its own values; a year on every year's, so colours last. */
  const basis = computed(() => (isDifference.value ? null : m.basis));

  const placeOf = (code: string) => {
    const e = data.entities.get(code) as Entity | undefined;
    return e?.centroid ? { text: entityName(e, settings.locale), coord: e.centroid } : null;
  };

  function bubblesOf(series: MapSeries | null): BubbleInput[] | null {
    const index = m.index;
    if (!m.bubbles || !series || !index) return null;
    const y = series.options.year;
    return series.entries.map((e) => ({
      code: e.code,
      coord: e.entity.centroid,
      size: figureAt(index, e.code, y, 'total')?.value ?? null,
      growth: e.yoy?.value ?? null,
    }));
  }
  /** The largest total of any year shown, so bubbles keep one scale through an animation. */
  const bubbleLargest = computed(() => {
    const index = m.index;
    if (!index) return null;
    let largest = 0;
    for (const y of m.years) {
      for (const e of m.seriesAt(y)?.entries ?? []) {
        largest = Math.max(largest, figureAt(index, e.code, y, 'total')?.value ?? 0);
      }
    }
    return largest || null;
  });

  const inFocus = (code: string) => !m.focusProvince || provinceOfRegion(code) === m.focusProvince;

  /** Rows of the entities with a record, in the map's order (rank, then gaps). */
  const tableRows = computed<MapTableRow[]>(() => {
    const s = m.series;
    if (!s) return [];
    const regionSet = new Set(regions());
    const diff = isDifference.value ? m.difference : null;
    return s.entries
      .filter((e) => inFocus(e.code))
      .map((e) => {
        const province = e.entity.provinceCode ? data.entities.get(e.entity.provinceCode) : null;
        const shown = diff ? (diff.get(e.code) ?? null) : e.value;
        return {
          code: e.code,
          entity: e.entity,
          name: entityName(e.entity, settings.locale),
          province:
            province && province.code !== e.code ? entityName(province, settings.locale) : '',
          rank: diff ? null : e.rank,
          value: shown == null ? t('map.noData') : fmt.bare(shown, unit.value, m.metric),
          yoy: fmt.full(e.yoy?.value ?? null, 'pct'),
          cell: e.cells[0] ?? e.yoy ?? null,
          seriesBreak: !diff && e.seriesBreak ? [e.cells[1], e.cells[0]] : null,
          onMap: m.level === 'province' || regionSet.has(e.code),
        };
      });
  });

  /** Entities on the map with no record at all this year: named, never left out silently. */
  const noRecordNames = computed(() => {
    const withRecord = new Set(m.series?.entries.map((e) => e.code as string) ?? []);
    const codes =
      m.level === 'province'
        ? [...new Set(regions().map(provinceOfRegion))]
        : regions().filter(inFocus);
    return codes
      .filter((c) => !withRecord.has(c))
      .map((c) => {
        const e = data.entities.get(c as Adcode) as Entity | undefined;
        return { code: c, name: e ? entityName(e, settings.locale) : c };
      });
  });

  /** Places with a figure this year but no polygon to draw it on (e.g. 义乌 inside 金华). */
  const offMapNames = computed(() => {
    if (m.level !== 'city' || !regions().length) return [];
    const drawn = new Set(regions());
    return (m.series?.entries ?? [])
      .filter((e) => e.value != null && !drawn.has(e.code))
      .map((e) => entityName(e.entity, settings.locale));
  });
  /** The name of the province drilled into ('' when none). */
  const focusName = computed(() => {
    const e = m.focusProvince ? data.entities.get(m.focusProvince as Adcode) : null;
    return e ? entityName(e, settings.locale) : '';
  });

  /** The legend's caption: what is coloured, how the classes are drawn, the centre, bubbles. */
  const caption = computed(() => {
    const method = t(`map.method.${m.method}`);
    const ys = m.years;
    const pooled = basis.value != null && ys.length > 1;
    const span = { method, from: ys[0], to: ys.at(-1) };
    const basisText =
      m.method === 'continuous'
        ? t(pooled ? 'map.legendContinuous' : 'map.legendContinuousOne', span)
        : t(pooled ? 'map.legendBasis' : 'map.legendBasisOne', span);
    const l = legend.value;
    const centre =
      l.kind !== 'diverging'
        ? ''
        : m.metric === 'yoyVsNational' && !isDifference.value
          ? ` · ${
              m.series?.national.yoy
                ? t('map.legendCentre', { value: l.format(l.centre ?? 0) })
                : t('map.legendCentreMissing', { year: m.year })
            }`
          : ` · ${t('map.legendCentreZero')}`;
    const bubbleKey = m.bubbles && !isDifference.value ? ` · ${t('map.bubbleKey')}` : '';
    return `${legendTitle.value} · ${basisText}${centre}${bubbleKey}`;
  });

  return {
    heading,
    caption,
    legend,
    legendTitle,
    values,
    basis,
    unit,
    isDifference,
    placeOf,
    bubblesOf,
    bubbleLargest,
    tableRows,
    noRecordNames,
    offMapNames,
    focusName,
  };
}
