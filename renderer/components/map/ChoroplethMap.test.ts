// @vitest-environment happy-dom
/**
 * The map legend: the classes, colours and gap entry a choropleth shows for its values, and the
 * classes a reader switches off. ECharts is not drawn here: a stand-in chart hands the option the
 * map builds to the test and reports legend clicks the way ECharts does.
 */
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, onMounted, type PropType } from 'vue';
import type { LegendSpec } from '../../charts/map/map-legend';
import { MAP_COLOURS } from '../../charts/map/palettes';
import { useSettings } from '../../stores/settings';
import { mountAtlas } from '../../test-support/mount';
import ChoroplethMap from './ChoroplethMap.vue';

const REGIONS = ['440100', '440300', '320500', '330200'];
vi.mock('../../charts/map/boundaries', () => ({
  loadBoundaries: async () => ({
    regions: ['440100', '440300', '320500', '330200'],
    borders: [],
    regionsByProvince: new Map([
      ['440000', ['440100', '440300']],
      ['320000', ['320500']],
      ['330000', ['330200']],
    ]),
    provinceBoxes: new Map(),
    nationBox: [73, 18, 135, 54],
    loadMs: 1,
  }),
}));

type Handler = (event: unknown) => void;
const handlers = new Map<string, Handler>();
const fakeChart = {
  on: (name: string, handler: Handler) => handlers.set(name, handler),
  getOption: () => ({ geo: [{}] }),
  convertToPixel: () => [0, 0],
  getWidth: () => 800,
  getHeight: () => 600,
  dispatchAction: () => undefined,
};
const ChartStandIn = defineComponent({
  props: { option: { type: Object as PropType<Record<string, unknown>>, required: true } },
  emits: ['ready'],
  setup(_props, { emit }) {
    onMounted(() => emit('ready', fakeChart));
    return () => h('div', { 'data-testid': 'chart-stand-in' });
  },
});

interface Piece {
  value: number;
  label: string;
  color: unknown;
}
interface VisualMap {
  id: string;
  type: string;
  pieces?: Piece[];
  min?: number;
  max?: number;
}

type Datum = { name: string; value: number; visualMap?: boolean };
const regionDatum = (option: Record<string, unknown>, region: string) =>
  (option.series as { data: Datum[] }[])[0]!.data.find((d) => d.name === region);
const regionValue = (option: Record<string, unknown>, region: string) =>
  regionDatum(option, region)?.value;

const spec = (over: Partial<LegendSpec> = {}): LegendSpec => ({
  kind: 'sequential',
  method: 'custom',
  breaks: [100, 1000],
  label: 'Total (100m yuan)',
  format: (v) => String(v),
  noDataLabel: 'no published figure',
  ...over,
});
const values = new Map<string, number | null>([
  ['440100', 50],
  ['440300', 500],
  ['320500', 5000],
  ['330200', null],
]);

async function mountMap(legend: LegendSpec) {
  handlers.clear();
  const mounted = mountAtlas(ChoroplethMap, {
    props: { values, level: 'city', legend, tooltip: () => null, description: 'map' },
    global: { stubs: { BaseChart: ChartStandIn } },
  });
  await flushPromises();
  const { wrapper } = mounted;
  const option = () => wrapper.getComponent(ChartStandIn).props('option');
  const legendOf = () =>
    (option().visualMap as VisualMap[]).find((v) => v.id === 'choropleth-legend')!;
  return { ...mounted, root: wrapper.get('[data-testid="choropleth"]'), option, legendOf };
}

describe('ChoroplethMap legend', () => {
  it('shows one labelled class per break interval and a separate entry for gaps', async () => {
    const { root, legendOf, option, missing } = await mountMap(spec());
    expect(root.attributes('data-state')).toBe('ready');
    expect(root.attributes('data-legend-kind')).toBe('sequential');
    expect(root.attributes('data-legend-mode')).toBe('classes');
    expect(root.attributes('data-legend-classes')).toBe('3');
    const legend = legendOf();
    expect(legend.type).toBe('piecewise');
    expect(legend.pieces!.map((p) => p.label)).toEqual([
      '< 100',
      '100 – 1000',
      '≥ 1000',
      'no published figure',
    ]);
    // Lighter to darker, one colour per class, all from the map's sequential palette.
    const colours = MAP_COLOURS[useSettings().theme];
    const classColours = legend.pieces!.slice(0, 3).map((p) => p.color);
    expect(new Set(classColours).size).toBe(3);
    for (const c of classColours) expect(colours.sequential).toContain(c);
    // Each region takes its class; the gap takes the gap entry (-1), never a class.
    expect(REGIONS.map((r) => regionValue(option(), r))).toEqual([0, 1, 2, -1]);
    expect(legend.pieces!.at(-1)!.value).toBe(-1);
    expect(missing).toEqual([]);
  });

  it('centres a diverging legend: classes below the centre and above it take opposite hues', async () => {
    const { root, legendOf } = await mountMap(
      spec({ kind: 'diverging', centre: 200, breaks: [100, 1000] }),
    );
    expect(root.attributes('data-legend-kind')).toBe('diverging');
    const colours = MAP_COLOURS[useSettings().theme];
    const pieces = legendOf().pieces!.filter((p) => p.value >= 0);
    // The centre (200) becomes a break of its own: < 100, 100–200 below; 200–1000, ≥ 1000 above.
    expect(pieces.map((p) => p.label)).toEqual(['< 100', '100 – 200', '200 – 1000', '≥ 1000']);
    expect(colours.below).toContain(pieces[0]!.color);
    expect(colours.below).toContain(pieces[1]!.color);
    expect(colours.above).toContain(pieces[2]!.color);
    expect(colours.above).toContain(pieces[3]!.color);
  });

  it('draws a gradient over the values for a continuous legend', async () => {
    const { root, legendOf, option } = await mountMap(spec({ method: 'continuous' }));
    expect(root.attributes('data-legend-mode')).toBe('continuous');
    expect(root.attributes('data-legend-classes')).toBeUndefined();
    expect(legendOf()).toMatchObject({ type: 'continuous', min: 50, max: 5000 });
    // A gradient has no place for gaps: the gap steps out of it, hatched.
    expect(regionValue(option(), '440300')).toBe(500);
    expect(regionDatum(option(), '330200')).toMatchObject({ visualMap: false });
  });

  it('counts the classes a reader switched off, and forgets them when the classes change', async () => {
    const { root, wrapper } = await mountMap(spec());
    expect(root.attributes('data-legend-hidden')).toBe('0');
    handlers.get('datarangeselected')!({
      visualMapId: 'choropleth-legend',
      selected: { 0: false, 1: true, 2: false },
    });
    // A click on the bubble legend is not the choropleth's.
    handlers.get('datarangeselected')!({ visualMapId: 'bubble-legend', selected: { 0: false } });
    await flushPromises();
    expect(root.attributes('data-legend-hidden')).toBe('2');
    await wrapper.setProps({ legend: spec({ breaks: [10, 100, 1000] }) });
    expect(root.attributes('data-legend-hidden')).toBe('0');
    expect(root.attributes('data-legend-classes')).toBe('4');
  });
});
