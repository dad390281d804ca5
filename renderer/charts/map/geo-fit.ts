/**
 * Fitting the map to a province: the bounding box of its cities' polygons, padded, as the
 * `boundingCoords` of the one geo component every layer shares, so fills, borders and bubbles
 * all zoom together.
 */

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

type Position = number[];
type Coordinates = Position | Coordinates[];

export interface PolygonalGeometry {
  type: string;
  coordinates?: unknown;
}

function extend(box: BBox, coords: Coordinates): void {
  if (typeof coords[0] === 'number') {
    const [x, y] = coords as Position;
    box[0] = Math.min(box[0], x!);
    box[1] = Math.min(box[1], y!);
    box[2] = Math.max(box[2], x!);
    box[3] = Math.max(box[3], y!);
    return;
  }
  for (const c of coords as Coordinates[]) extend(box, c);
}

/** Bounding box of (Multi)Polygon geometries; null when there is nothing to measure. */
export function geometriesBBox(geometries: readonly PolygonalGeometry[]): BBox | null {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) {
    if (Array.isArray(g.coordinates)) extend(box, g.coordinates as Coordinates);
  }
  return Number.isFinite(box[0]) ? box : null;
}

/**
 * ECharts `boundingCoords` ([[west, north], [east, south]]) for a box with `pad` of its larger
 * side added all round, so border cities are not cut by the frame.
 */
export function boundingCoordsOf(box: BBox, pad = 0.06): [[number, number], [number, number]] {
  const margin = Math.max(box[2] - box[0], box[3] - box[1]) * pad;
  return [
    [box[0] - margin, box[3] + margin],
    [box[2] + margin, box[1] - margin],
  ];
}

/** The province (2-digit prefix + 0000) a region code belongs to: 440300 → 440000. */
export function provinceOfRegion(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/**
 * Horizontal squeeze that makes a degree of longitude as wide as it is at the box's middle
 * latitude (cos φ): China as a whole is drawn at ~0.81, Guangdong at ~0.92, so a drilled
 * province keeps its real shape instead of ECharts' one-size 0.75.
 */
export function aspectScaleOf(box: BBox): number {
  return Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180);
}
