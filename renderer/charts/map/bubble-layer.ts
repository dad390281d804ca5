/**
 * The bubble layer: one circle per entity at its centroid, its area proportional to a value
 * (total trade) and its colour the class of its published growth. Only entities with a value and
 * a known centroid get a bubble: a missing value is never drawn as a small bubble.
 */
import { classify, customBreaks, type ClassBreaks } from './class-breaks';
import { classLabels } from './map-legend';
import { divergingColours, type MapColours } from './palettes';

export interface BubbleInput {
  code: string;
  /** [lon, lat] of the entity's representative point, null where none is known. */
  coord: [number, number] | null;
  /** Sized by this value (亿元); null draws no bubble. */
  size: number | null;
  /** Published growth in %, null when none was published (a grey bubble). */
  growth: number | null;
}

export interface BubbleItem {
  code: string;
  coord: [number, number];
  size: number;
  growth: number | null;
  /** Diameter in pixels. */
  diameter: number;
  /** Growth class, or -1 for "no published growth". */
  growthClass: number;
}

/** Growth classes of bubble colours, in %: fixed, so a colour reads the same in every year. */
export const GROWTH_THRESHOLDS = [-10, -5, 0, 5, 10];
export const growthBreaks: ClassBreaks = customBreaks([], GROWTH_THRESHOLDS);

export function growthColours(colours: MapColours): string[] {
  return divergingColours(3, 3, colours);
}

export function growthLabels(format: (v: number) => string): string[] {
  return classLabels(growthBreaks, format);
}

/**
 * Diameter for a value: area proportional to the value (so a city twice as big looks twice as
 * big, not four times), the largest value drawn `maxDiameter` wide. Never below `minDiameter`,
 * so the smallest entity with data is still findable.
 */
export function bubbleDiameter(
  value: number,
  largest: number,
  maxDiameter = 44,
  minDiameter = 5,
): number {
  if (!(largest > 0) || !(value > 0)) return minDiameter;
  return Math.max(minDiameter, maxDiameter * Math.sqrt(value / largest));
}

/**
 * Bubble items, largest first so small bubbles are drawn last and stay on top. `largest` is the
 * size that gets the largest bubble; pass the largest value of all years of an animation so
 * bubbles grow and shrink with the data instead of being rescaled every year.
 */
export function bubbleItems(
  inputs: readonly BubbleInput[],
  largest?: number,
  maxDiameter = 44,
): BubbleItem[] {
  const drawn = inputs.filter(
    (i): i is BubbleInput & { coord: [number, number]; size: number } =>
      i.coord != null && i.size != null && i.size > 0,
  );
  const scale = largest ?? Math.max(0, ...drawn.map((i) => i.size));
  return drawn
    .map((i) => ({
      code: i.code,
      coord: i.coord,
      size: i.size,
      growth: i.growth,
      diameter: bubbleDiameter(i.size, scale, maxDiameter),
      growthClass: i.growth == null ? -1 : classify(i.growth, growthBreaks),
    }))
    .sort((a, b) => b.size - a.size || (a.code < b.code ? -1 : 1));
}

/**
 * The entities to label: the `n` largest by value, ties broken by code so the choice is stable.
 * Overlapping labels are then hidden by ECharts' label layout, largest first.
 */
export function selectLabels(
  items: readonly { code: string; value: number | null }[],
  n: number,
): string[] {
  return items
    .filter(
      (i): i is { code: string; value: number } => i.value != null && Number.isFinite(i.value),
    )
    .sort((a, b) => b.value - a.value || (a.code < b.code ? -1 : 1))
    .slice(0, Math.max(0, n))
    .map((i) => i.code);
}
