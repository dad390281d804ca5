/**
 * The map on paper: the page's width and most of its height for the choropleth (two maps side by
 * side for a two-year compare), its legend and caption, the coverage and what grey means, then the
 * table of every value the map shows, with its source. Built from the pin's choices through the
 * map store's own model and content (createMapModel, useMapContent), so print and screen agree.
 */
import { computed, onMounted, reactive, shallowRef, type ComputedRef } from 'vue';
import type { PinOf } from '../../../core/briefing/pin-state';
import { coverage, mapBaseYear, yearsOfLevel } from '../../../core/data';
import type { Cell } from '../../../core/model';
import { loadBoundaries } from '../../charts/map/boundaries';
import { useMapContent } from '../../components/map/use-map-content';
import { createMapModel } from '../../stores/map-view';
import type { MapProps, PrintBlock, PrintDoc } from '../doc';
import { useDocContext } from './doc-context';

export function useMapDoc(state: () => PinOf<'map'>): ComputedRef<PrintDoc> {
  const ctx = useDocContext();
  const { t } = ctx;
  const regions = shallowRef<string[]>([]);
  onMounted(async () => {
    regions.value = await loadBoundaries().then(
      (b) => b.regions,
      () => [],
    );
  });

  const index = computed(() => ctx.data.index);
  const level = computed(() => state().level);
  const years = computed(() => (index.value ? yearsOfLevel(index.value, level.value) : []));
  const choices = {
    index,
    years,
    level,
    year: computed(() => state().year),
    metric: computed(() => state().metric),
    baseGap: computed(() => state().baseGap),
    spanStart: computed(() => state().spanStart),
    compare: computed(() => state().compare),
    compareYear: computed(() => state().compareYear),
    customText: computed(() => state().customText),
  };
  const model = createMapModel(choices);
  const source = reactive({
    ...choices,
    ...model,
    method: computed(() => state().method),
    classes: computed(() => state().classes),
    bubbles: computed(() => state().bubbles),
    focusProvince: computed(() => state().focusProvince),
  });
  const content = useMapContent(() => regions.value, source);

  return computed(() => {
    const s = state();
    const d = ctx.data.data;
    const { choice } = ctx;
    const heading = content.heading.value;
    const subtitle = [
      choice(t('level.label'), t(`level.${s.level}`)),
      choice(t('metric.label'), t(`metric.${s.metric}`)),
      choice(t('year.label'), s.year),
      ...(model.needsBase.value
        ? [choice(t('map.control.base'), mapBaseYear(years.value, s.year, s.baseGap))]
        : []),
      ...(s.metric === 'cagr' ? [choice(t('map.control.span'), s.spanStart)] : []),
      choice(
        t('map.control.method'),
        s.method === 'continuous' || s.method === 'custom'
          ? `${t(`map.method.${s.method}`)}${s.method === 'custom' ? ` (${s.customText})` : ''}`
          : `${t(`map.method.${s.method}`)} × ${s.classes}`,
      ),
      ...(s.bubbles ? [t('map.control.bubbles')] : []),
      ...(s.labelCount ? [choice(t('map.control.labels'), s.labelCount)] : []),
      ...(s.compare !== 'off'
        ? [
            choice(
              t('map.control.compare'),
              `${t(`map.compareMode.${s.compare}`)} · ${s.compareYear}`,
            ),
          ]
        : []),
      ...(s.focusProvince ? [choice(t('map.control.drill'), ctx.nameOf(s.focusProvince))] : []),
    ];
    const base = { view: 'map' as const, title: heading, subtitle, year: s.year };
    if (!d || !model.series.value) return { ...base, blocks: [], sourceIds: [] };

    const entries = model.series.value.entries;
    const byCode = new Map(entries.map((e) => [e.code as string, e]));
    const caption = content.caption.value;
    const isDifference = content.isDifference.value;
    const common = {
      level: s.level,
      legend: content.legend.value,
      basis: content.basis.value,
      bubbleLargest: content.bubbleLargest.value,
      labelCount: s.labelCount,
      placeOf: content.placeOf,
      focusProvince: s.focusProvince,
      tooltip: () => null,
    };
    const main: MapProps = {
      ...common,
      values: content.values.value,
      bubbles: isDifference ? null : content.bubblesOf(model.series.value),
      description: `${heading}: ${caption}`,
    };
    const maps =
      s.compare === 'sideBySide' && model.compareSeries.value
        ? [
            {
              label: String(s.compareYear),
              props: {
                ...common,
                values: model.compareSeries.value
                  ? new Map(model.compareSeries.value.entries.map((e) => [e.code, e.value]))
                  : new Map(),
                bubbles: content.bubblesOf(model.compareSeries.value),
                description: `${s.compareYear}: ${caption}`,
              },
            },
            { label: String(s.year), props: main },
          ].sort((a, b) => Number(a.label) - Number(b.label))
        : [{ label: '', props: main }];

    const unit = t(`rankings.unit.${s.level}`);
    const cover = [coverage(d.dataset, d.reference, s.year, s.level)];
    if (s.compare !== 'off') cover.push(coverage(d.dataset, d.reference, s.compareYear, s.level));
    const rows = content.tableRows.value;
    const drawn = new Set(regions.value);
    const offMap =
      s.level === 'city' && regions.value.length
        ? rows.filter((r) => r.cell && !drawn.has(r.code)).map((r) => r.name)
        : [];
    const noRecord = content.noRecordNames.value.map((n) => n.name);
    const notes = [
      t('map.noDataNotZero'),
      s.compare !== 'difference'
        ? t('map.rankNote', { count: model.series.value.rankedCount, unit })
        : '',
      t('map.outsideStats'),
      offMap.length ? t('map.missingPolygon', { names: ctx.list(offMap) }) : '',
    ].filter(Boolean);
    const hasRank = rows.some((r) => r.rank != null);
    const blocks: PrintBlock[] = [
      ...cover.map((c) => ({ kind: 'note' as const, text: ctx.coverageText(c) })),
      { kind: 'map', id: 'map', caption, maps },
      { kind: 'note', text: notes.join(' '), tone: 'plain' },
      {
        kind: 'table',
        table: {
          id: 'map-table',
          caption: t('map.table.caption', { title: heading }),
          columns: [
            ...(hasRank ? [{ label: t('map.table.rank'), kind: 'number' as const }] : []),
            { label: t('map.table.name'), kind: 'text' },
            { label: t('map.table.province'), kind: 'text' },
            { label: content.legendTitle.value, kind: 'number' },
            { label: t('map.table.yoy'), kind: 'number' },
            { label: t('map.table.source'), kind: 'text' },
          ],
          rows: rows.map((r) => {
            const entry = byCode.get(r.code);
            const raw = isDifference
              ? (model.difference.value?.get(r.code) ?? null)
              : (entry?.value ?? null);
            return [
              ...(hasRank ? [ctx.num(r.rank, r.rank == null ? '—' : String(r.rank))] : []),
              ctx.text(r.name + (r.onMap ? '' : ` (${t('map.table.noRegion')})`)),
              ctx.text(r.province),
              ctx.valueCell(
                inColumnUnit(raw),
                r.value,
                r.seriesBreak ? { from: r.seriesBreak[0], to: r.seriesBreak[1] } : null,
              ),
              ctx.num(entry?.yoy?.value ?? null, r.yoy),
              ctx.sourceCell(r.cell),
            ];
          }),
        },
      },
    ];
    if (noRecord.length) {
      blocks.push({
        kind: 'note',
        text: `${t('print.map.noRecord', { unit })}: ${ctx.list(noRecord)}`,
        tone: 'plain',
      });
    }
    const bearers: (Cell | null)[] = entries.flatMap((e) => [...e.cells, e.yoy]);
    for (const e of model.compareSeries.value?.entries ?? []) bearers.push(...e.cells, e.yoy);
    return { ...base, blocks, sourceIds: ctx.sources(bearers) };

    /** Money columns read 亿元 in Chinese and bn RMB in English: the export follows the header. */
    function inColumnUnit(v: number | null): number | null {
      if (v == null || content.unit.value !== 'money' || ctx.zh()) return v;
      return Math.round((v / 10) * 1e6) / 1e6;
    }
  });
}
