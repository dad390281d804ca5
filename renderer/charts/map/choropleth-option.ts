/**
 * The ECharts option of a choropleth. Every layer sits on one `geo` component (the registered
 * map 'china', regions named by code): the map series colours its regions, a lines series draws
 * province borders on top of the city fills, and scatter series draw bubbles and labels at
 * centroids. One coordinate system means the layers cannot drift apart when zoomed or drilled.
 *
 * Regions without a value get their own grey-and-hatched style and opt out of the visual map,
 * so a gap is never coloured as a small value. Pure: the component supplies everything.
 */
import type { EChartsOption } from '../echarts';
import type { BubbleItem } from './bubble-layer';
import { classOf, type ResolvedLegend } from './map-legend';
import type { MapColours } from './palettes';

export const NANHAI_REGION = '南海诸岛';

export interface LabelPoint {
  code: string;
  coord: [number, number];
  text: string;
  /** Size of the bubble the label sits beside (0 without bubbles). */
  diameter: number;
}

export interface ChoroplethInput {
  /** Codes of every region of the registered map. */
  regions: readonly string[];
  /** Entity whose value colours a region: itself at city level, its province at province level. */
  entityOf: (region: string) => string;
  values: ReadonlyMap<string, number | null>;
  legend: ResolvedLegend;
  noDataLabel: string;
  format: (value: number) => string;
  colours: MapColours;
  /** Fill of gaps: the hatch pattern (see hatch.ts), or a plain colour. */
  noDataFill: unknown;
  /** Province borders (and the outline) as [lon, lat] polylines. */
  borders: readonly (readonly number[][])[];
  /** Drilled into a province: its regions and the box to fit. */
  focus: {
    regions: ReadonlySet<string>;
    boundingCoords: [[number, number], [number, number]];
  } | null;
  /** Horizontal scale of a degree (see geo-fit aspectScaleOf). */
  aspectScale: number;
  /** City borders and hover outlines; off at province level, where a city is not the unit. */
  cityOutlines: boolean;
  /** Where the reader has panned and zoomed to; null for the fitted view. */
  view: { center: [number, number]; zoom: number } | null;
  bubbles: {
    items: BubbleItem[];
    colours: string[];
    labels: string[];
    noGrowthLabel: string;
  } | null;
  labels: LabelPoint[];
  /** Tooltip HTML for an entity code. */
  tooltip: (entity: string) => string;
  /** Legend classes switched on or off by the reader (piece index → shown). */
  selected?: Record<string, boolean>;
  description: string;
}

const LEGEND_TEXT = { fontSize: 11 };

function regionData(input: ChoroplethInput) {
  const { legend, colours, focus } = input;
  return input.regions.map((region) => {
    if (focus && !focus.regions.has(region)) {
      return { name: region, value: NaN, visualMap: false, itemStyle: { color: colours.outside } };
    }
    const v = input.values.get(input.entityOf(region));
    if (v == null || !Number.isFinite(v)) {
      // Classed legends keep gaps in the visual map (class -1), so their legend entry can hide
      // them like any class; a gradient has no place for them, so they step out of it.
      return legend.mode === 'classes'
        ? { name: region, value: -1 }
        : { name: region, value: NaN, visualMap: false, itemStyle: { color: input.noDataFill } };
    }
    return { name: region, value: legend.mode === 'classes' ? classOf(v, legend) : v };
  });
}

function choroplethVisualMap(input: ChoroplethInput) {
  const { legend, colours } = input;
  const common = {
    id: 'choropleth-legend',
    seriesIndex: 0,
    left: 10,
    bottom: 10,
    textStyle: { ...LEGEND_TEXT, color: colours.text },
    backgroundColor: colours.legendBackground,
    padding: 6,
    outOfRange: { color: colours.filtered },
  };
  if (legend.mode === 'continuous') {
    return {
      ...common,
      type: 'continuous',
      bottom: 34,
      min: legend.min,
      max: legend.max,
      calculable: true,
      itemWidth: 12,
      itemHeight: 120,
      formatter: (v: number) => input.format(v),
      inRange: { color: legend.stops },
    };
  }
  return {
    ...common,
    type: 'piecewise',
    orient: 'vertical',
    itemWidth: 16,
    itemHeight: 11,
    itemGap: 5,
    selected: input.selected,
    pieces: [
      ...legend.colours.map((color, i) => ({ value: i, label: legend.labels[i], color })),
      { value: -1, label: input.noDataLabel, color: input.noDataFill },
    ],
  };
}

function bubbleVisualMap(input: ChoroplethInput) {
  const b = input.bubbles;
  return {
    id: 'bubble-legend',
    type: 'piecewise',
    show: !!b,
    seriesIndex: 2,
    dimension: 3,
    right: 10,
    bottom: 10,
    orient: 'vertical',
    itemWidth: 12,
    itemHeight: 10,
    itemGap: 4,
    textStyle: { ...LEGEND_TEXT, color: input.colours.text },
    backgroundColor: input.colours.legendBackground,
    padding: 6,
    pieces: b
      ? [
          ...b.colours.map((color, i) => ({ value: i, label: b.labels[i], color })),
          { value: -1, label: b.noGrowthLabel, color: input.colours.noGrowth },
        ]
      : [],
  };
}

/**
 * The gap key under a gradient legend (a classed legend has it as its last piece). Always
 * present, hidden when not wanted: the map's options are merged (ChoroplethMap), and a merge
 * keeps graphic elements an option leaves out.
 */
function noDataKey(input: ChoroplethInput) {
  return [
    {
      id: 'no-data-key',
      type: 'group',
      left: 10,
      bottom: 10,
      silent: true,
      // ignore, not invisible: a group's invisible does not reach its children.
      ignore: input.legend.mode !== 'continuous',
      children: [
        { type: 'rect', shape: { width: 16, height: 11 }, style: { fill: input.noDataFill } },
        {
          type: 'text',
          left: 22,
          top: -1,
          style: { text: input.noDataLabel, fill: input.colours.text, fontSize: 11 },
        },
      ],
    },
  ];
}

export function choroplethOption(input: ChoroplethInput): EChartsOption {
  const { colours } = input;
  const bubbles = input.bubbles?.items ?? [];
  const inFocus = (code: string) => !input.focus || input.focus.regions.has(code);
  return {
    backgroundColor: 'transparent',
    animation: false,
    aria: { enabled: true, label: { description: input.description } },
    tooltip: {
      trigger: 'item',
      confine: true,
      className: 'atlas-map-tip',
      transitionDuration: 0,
      formatter: (p: { name?: string; data?: { entity?: string } }) => {
        const code = p.data?.entity ?? (p.name ? input.entityOf(p.name) : '');
        return /^\d{6}$/.test(code) ? input.tooltip(code) : '';
      },
    },
    geo: {
      map: 'china',
      nameProperty: 'code',
      roam: true,
      scaleLimit: { min: 0.8, max: 12 },
      boundingCoords: input.focus?.boundingCoords ?? null,
      // Said even when unset: a merged option would otherwise keep the last pan and zoom.
      center: input.view?.center ?? null,
      zoom: input.view?.zoom ?? 1,
      // Fit the whole box in the frame without stretching (ECharts 6 'contain').
      preserveAspect: 'contain',
      aspectScale: input.aspectScale,
      top: 12,
      bottom: 12,
      left: 12,
      right: 12,
      itemStyle: {
        areaColor: colours.noData,
        borderColor: colours.border,
        borderWidth: input.cityOutlines ? 0.5 : 0,
      },
      emphasis: {
        disabled: !input.cityOutlines,
        label: { show: false },
        // Null fill keeps the class colour on hover; only the outline shows which region it is.
        itemStyle: { areaColor: null, color: null, borderColor: colours.text, borderWidth: 1.2 },
      },
      select: { disabled: true },
      regions: [
        {
          name: NANHAI_REGION,
          silent: true,
          itemStyle: {
            areaColor: 'transparent',
            borderColor: colours.provinceBorder,
            borderWidth: 0.8,
          },
        },
      ],
    },
    visualMap: [choroplethVisualMap(input), bubbleVisualMap(input)],
    graphic: noDataKey(input),
    series: [
      { type: 'map', geoIndex: 0, nameProperty: 'code', data: regionData(input) },
      {
        type: 'lines',
        coordinateSystem: 'geo',
        geoIndex: 0,
        polyline: true,
        silent: true,
        z: 3,
        // One path for all borders instead of an element each: every setOption redraws every
        // series, and the borders (which never change with the year or metric) took ~40 ms of
        // each year switch as separate polylines.
        large: true,
        largeThreshold: 1,
        lineStyle: { color: colours.provinceBorder, width: 1, opacity: 0.9 },
        data: input.borders.map((coords) => ({ coords })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        geoIndex: 0,
        z: 4,
        itemStyle: { borderColor: colours.border, borderWidth: 0.8, opacity: 0.85 },
        data: bubbles
          .filter((b) => inFocus(b.code))
          .map((b) => ({
            name: b.code,
            entity: b.code,
            value: [b.coord[0], b.coord[1], b.size, b.growthClass],
            symbolSize: b.diameter,
          })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        geoIndex: 0,
        z: 5,
        silent: true,
        // No hideOverlap: labels that collide were left out already (label-layout.ts) and are
        // named under the map; ECharts would hide others silently.
        data: input.labels
          .filter((l) => inFocus(l.code))
          .map((l) => ({
            name: l.code,
            value: l.coord,
            // A label beside a bubble: an invisible symbol the bubble's size, so the label sits
            // at its edge and bigger bubbles win when labels collide. Without bubbles, a dot.
            symbolSize: l.diameter || 4,
            // Transparent, not opacity 0: the label would inherit a zero opacity.
            itemStyle: { color: l.diameter ? 'transparent' : colours.text },
            label: {
              show: true,
              position: 'right',
              distance: 3,
              formatter: l.text,
              fontSize: 11,
              color: colours.text,
              textBorderColor: colours.halo,
              textBorderWidth: 2,
            },
          })),
      },
    ],
  };
}
