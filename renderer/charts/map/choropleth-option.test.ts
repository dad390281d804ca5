import { describe, expect, it } from 'vitest';
import { bubbleItems, growthColours } from './bubble-layer';
import { choroplethOption, type ChoroplethInput } from './choropleth-option';
import { aspectScaleOf, boundingCoordsOf, geometriesBBox, provinceOfRegion } from './geo-fit';
import { resolveLegend, type LegendSpec } from './map-legend';
import { MAP_COLOURS } from './palettes';
import { escapeHtml, tipHtml } from './tooltip-html';

type AnyOption = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const colours = MAP_COLOURS.light;
const spec: LegendSpec = {
  kind: 'sequential',
  method: 'equal',
  classes: 2,
  label: 'Total',
  format: String,
  noDataLabel: 'no published figure',
};
const values = new Map<string, number | null>([
  ['440300', 100],
  ['440100', 10],
  ['441900', null],
  ['440000', 500],
]);

function build(over: Partial<ChoroplethInput> = {}): AnyOption {
  return choroplethOption({
    regions: ['440300', '440100', '441900', '810000'],
    entityOf: (r) => r,
    values,
    legend: resolveLegend(spec, [10, 100], colours),
    noDataLabel: spec.noDataLabel,
    format: String,
    colours,
    noDataFill: 'hatch',
    borders: [
      [
        [113, 22],
        [114, 23],
      ],
    ],
    focus: null,
    aspectScale: 0.8,
    cityOutlines: true,
    view: null,
    bubbles: null,
    labels: [],
    tooltip: (code) => `tip ${code}`,
    description: 'map',
    ...over,
  }) as AnyOption;
}
const dataOf = (o: AnyOption) => o.series[0].data as AnyOption[];
const item = (o: AnyOption, code: string) => dataOf(o).find((d) => d.name === code)!;

describe('choropleth option', () => {
  it('puts every layer on the one geo, named by code, with the 南海诸岛 inset silent', () => {
    const o = build();
    expect(o.geo.map).toBe('china');
    expect(o.geo.nameProperty).toBe('code');
    expect(o.series[0]).toMatchObject({ type: 'map', geoIndex: 0, nameProperty: 'code' });
    expect(o.series[1]).toMatchObject({ type: 'lines', coordinateSystem: 'geo', polyline: true });
    expect(o.series[1].z).toBeGreaterThan(o.series[0].z ?? 2);
    expect(o.geo.regions[0]).toMatchObject({ name: '南海诸岛', silent: true });
  });

  it('classes values and gives gaps their own legend piece, never a class', () => {
    const o = build();
    expect(item(o, '440300').value).toBe(1);
    expect(item(o, '440100').value).toBe(0);
    // 东莞 has a record without a value; 香港 has none at all: both are gaps.
    for (const code of ['441900', '810000']) expect(item(o, code).value).toBe(-1);
    const pieces = o.visualMap[0].pieces;
    expect(pieces.at(-1)).toMatchObject({
      value: -1,
      label: 'no published figure',
      color: 'hatch',
    });
    expect(pieces).toHaveLength(3);
  });

  it('keeps gaps out of a continuous ramp and keys them separately', () => {
    const o = build({
      legend: resolveLegend({ ...spec, method: 'continuous' }, [10, 100], colours),
    });
    expect(o.visualMap[0].type).toBe('continuous');
    expect(item(o, '440300').value).toBe(100);
    expect(item(o, '441900')).toMatchObject({
      visualMap: false,
      itemStyle: { color: 'hatch' },
    });
    expect(JSON.stringify(o.graphic)).toContain('no published figure');
    expect(o.graphic[0].ignore).toBe(false);
    // A classed legend has the gap as a piece; the separate key stays, hidden (merged options).
    expect(build().graphic[0].ignore).toBe(true);
  });

  it('colours a city by its province at province level', () => {
    const o = build({ entityOf: provinceOfRegion, values: new Map([['440000', 500]]) });
    expect(item(o, '440300').value).toBe(1);
    expect(item(o, '810000').value).toBe(-1);
  });

  it('greys out regions outside a drilled province and fits its box', () => {
    const box: [[number, number], [number, number]] = [
      [109, 26],
      [118, 20],
    ];
    const o = build({ focus: { regions: new Set(['440300', '440100']), boundingCoords: box } });
    expect(o.geo.boundingCoords).toEqual(box);
    expect(item(o, '810000')).toMatchObject({
      visualMap: false,
      itemStyle: { color: colours.outside },
    });
    expect(build().geo.boundingCoords).toBeNull();
  });

  it('keeps the map’s shape in any frame, and drops city outlines at province level', () => {
    const o = build();
    expect(o.geo).toMatchObject({ preserveAspect: 'contain', aspectScale: 0.8 });
    expect(o.geo.itemStyle.borderWidth).toBeGreaterThan(0);
    const p = build({ cityOutlines: false });
    expect(p.geo.itemStyle.borderWidth).toBe(0);
    expect(p.geo.emphasis.disabled).toBe(true);
  });

  it('keeps the reader’s pan and zoom, and the legend selection', () => {
    const o = build({ view: { center: [110, 30], zoom: 3 }, selected: { 0: false } });
    expect(o.geo).toMatchObject({ center: [110, 30], zoom: 3, roam: true });
    expect(o.visualMap[0].selected).toEqual({ 0: false });
    // Without a view the default frame is said outright: the map's options are merged, and a
    // merge would keep the last pan and zoom.
    expect(build().geo).toMatchObject({ center: null, zoom: 1 });
  });

  it('draws bubbles with their own growth legend and labels beside them', () => {
    const items = bubbleItems([{ code: '440300', coord: [114, 22.5], size: 100, growth: 3 }]);
    const o = build({
      bubbles: {
        items,
        colours: growthColours(colours),
        labels: ['a', 'b', 'c', 'd', 'e', 'f'],
        noGrowthLabel: 'none',
      },
      labels: [{ code: '440300', coord: [114, 22.5], text: '深圳', diameter: items[0]!.diameter }],
    });
    expect(o.series[2].data[0]).toMatchObject({ entity: '440300', value: [114, 22.5, 100, 3] });
    expect(o.visualMap[1]).toMatchObject({ show: true, seriesIndex: 2, dimension: 3 });
    expect(o.series[3].labelLayout).toBeUndefined();
    expect(o.series[3].data[0].label.formatter).toBe('深圳');
    expect(build().visualMap[1].show).toBe(false);
  });

  it('answers tooltips by entity code and ignores the inset', () => {
    const f = build({ entityOf: provinceOfRegion }).tooltip.formatter;
    expect(f({ name: '440300' })).toBe('tip 440000');
    expect(f({ name: '南海诸岛' })).toBe('');
    expect(f({ name: '440300', data: { entity: '440300' } })).toBe('tip 440300');
  });
});

describe('fitting a province', () => {
  it('measures polygons and pads the box', () => {
    const box = geometriesBBox([
      {
        type: 'Polygon',
        coordinates: [
          [
            [110, 20],
            [115, 25],
            [112, 21],
            [110, 20],
          ],
        ],
      },
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [116, 22],
              [117, 23],
              [116, 22],
            ],
          ],
        ],
      },
    ]);
    expect(box).toEqual([110, 20, 117, 25]);
    expect(aspectScaleOf([0, -60, 10, 60])).toBeCloseTo(1);
    expect(aspectScaleOf([0, 50, 10, 70])).toBeCloseTo(0.5);
    expect(boundingCoordsOf(box!, 0.1)).toEqual([
      [109.3, 25.7],
      [117.7, 19.3],
    ]);
    expect(geometriesBBox([])).toBeNull();
    expect(provinceOfRegion('419001')).toBe('410000');
  });
});

describe('tooltip html', () => {
  it('escapes names and notes from the data', () => {
    expect(escapeHtml('<b>&"\'')).toBe('&#60;b&#62;&#38;&#34;&#39;');
    const html = tipHtml({ title: '深圳 <x>', rows: [['值', '45,500 亿元']], notes: ['S091'] });
    expect(html).toContain('深圳 &#60;x&#62;');
    expect(html).toContain('45,500 亿元');
    expect(html).not.toContain('<x>');
  });
});
