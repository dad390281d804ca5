/**
 * The legend spec a choropleth is fed (what kind of scale, how to class it, how to print its
 * numbers) and its resolution against the values: class breaks with a colour and a label per
 * class, or a continuous ramp. Gaps never enter the breaks: they get their own entry.
 */
import {
  classify,
  computeBreaks,
  withCentre,
  type BreakMethod,
  type ClassBreaks,
} from './class-breaks';
import { divergingColours, divergingStops, sequentialColours, type MapColours } from './palettes';

export interface LegendSpec {
  kind: 'sequential' | 'diverging';
  /** Centre of a diverging scale (default 0), e.g. the national growth rate. */
  centre?: number;
  /** How classes are made; 'continuous' draws a gradient with draggable handles instead. */
  method: BreakMethod | 'continuous';
  /** Number of classes for the computed methods (default 5). */
  classes?: number;
  /** Thresholds for the 'custom' method. */
  breaks?: readonly number[];
  /** What is shown, with its unit: "进出口总额（亿元）". */
  label: string;
  /** Prints a legend number in the reader's language and unit. */
  format: (value: number) => string;
  /** The gap entry: "无公布数据" / "no published figure". */
  noDataLabel: string;
}

export interface ClassedLegend {
  mode: 'classes';
  breaks: ClassBreaks;
  colours: string[];
  labels: string[];
}

export interface ContinuousLegend {
  mode: 'continuous';
  min: number;
  max: number;
  stops: string[];
}

export type ResolvedLegend = ClassedLegend | ContinuousLegend;

/** "< 1,000", "1,000 – 5,000", "≥ 5,000"; a single class shows its range. */
export function classLabels(breaks: ClassBreaks, format: (v: number) => string): string[] {
  const { inner } = breaks;
  if (!inner.length) {
    return [
      breaks.min === breaks.max
        ? format(breaks.min)
        : `${format(breaks.min)} – ${format(breaks.max)}`,
    ];
  }
  return [
    `< ${format(inner[0]!)}`,
    ...inner.slice(0, -1).map((b, i) => `${format(b)} – ${format(inner[i + 1]!)}`),
    `≥ ${format(inner.at(-1)!)}`,
  ];
}

/**
 * Number of classes wholly below the centre: those whose upper threshold is at or below it, and
 * the top class too when even the largest value is below the centre.
 */
export function classesBelow(breaks: ClassBreaks, centre: number): number {
  return breaks.inner.filter((b) => b <= centre).length + (breaks.max < centre ? 1 : 0);
}

/**
 * Resolves a spec against the values to colour. `basis` (default: the values) is what the
 * classes are computed from: a time series passes every year's values so a colour means the
 * same in every year of an animation.
 */
export function resolveLegend(
  spec: LegendSpec,
  basis: readonly number[],
  colours: MapColours,
): ResolvedLegend {
  const finite = basis.filter((v) => Number.isFinite(v));
  const centre = spec.centre ?? 0;
  if (spec.method === 'continuous') {
    let min = finite.length ? Math.min(...finite) : 0;
    let max = finite.length ? Math.max(...finite) : 1;
    if (spec.kind === 'diverging') {
      // Symmetric about the centre, so equal distances get equal strength on both arms.
      const reach = Math.max(Math.abs(max - centre), Math.abs(min - centre)) || 1;
      [min, max] = [centre - reach, centre + reach];
      return { mode: 'continuous', min, max, stops: divergingStops(colours) };
    }
    if (min === max) max = min + 1;
    return { mode: 'continuous', min, max, stops: colours.sequential };
  }
  const k = Math.max(1, Math.round(spec.classes ?? 5));
  let breaks = computeBreaks(spec.method, finite, k, spec.breaks ?? []);
  if (spec.kind === 'diverging') breaks = withCentre(breaks, centre);
  const count = breaks.inner.length + 1;
  const below = spec.kind === 'diverging' ? classesBelow(breaks, centre) : 0;
  const palette =
    spec.kind === 'diverging'
      ? divergingColours(below, count - below, colours)
      : sequentialColours(count, colours);
  return { mode: 'classes', breaks, colours: palette, labels: classLabels(breaks, spec.format) };
}

/** Class of a value under a classed legend (never called for gaps). */
export function classOf(value: number, legend: ClassedLegend): number {
  return classify(value, legend.breaks);
}
