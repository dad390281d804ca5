/**
 * Decoder for the compressed GeoJSON that echarts@4 ships in `map/json/*.json`.
 *
 * Ported from ECharts 4.9.0 `src/coord/geo/parseGeoJson.js` `decode()` (Apache-2.0). ECharts 5+
 * dropped this decoder, so the build decodes once and the app only ever sees plain coordinates.
 *
 * Encoding: each ring is a string of UTF-16 code units, two per point (x then y). Each unit minus
 * 64 is a zig-zag encoded delta from the previous point; the ring's first "previous point" is its
 * entry in `encodeOffsets`. Integers are divided by `UTF8Scale` (default 1024) to get degrees.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** The encoded geometry shape: rings are strings, each with its own [x, y] start offset. */
export type EncodedGeometry =
  | { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] }
  | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };

export interface EncodedFeature {
  id?: string;
  type?: 'Feature';
  properties: Record<string, unknown>;
  geometry: EncodedGeometry;
}

export interface EncodedFeatureCollection {
  type?: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EncodedFeature[];
}

const DEFAULT_SCALE = 1024;

/** Decodes one ring. The result is closed (first point repeated) as GeoJSON requires. */
export function decodeRing(
  encoded: string,
  offset: [number, number],
  scale = DEFAULT_SCALE,
): Position[] {
  const ring: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  closeRing(ring);
  return ring;
}

/**
 * ECharts draws rings as closed paths whether or not the last point repeats the first;
 * topojson-server needs them closed to cut shared arcs correctly.
 */
function closeRing(ring: Position[]): void {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([...first]);
}

function decodeGeometry(geometry: EncodedGeometry, scale: number): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') {
    return {
      type: 'Polygon',
      coordinates: geometry.coordinates.map((ring, r) =>
        decodeRing(ring, requireOffset(geometry.encodeOffsets[r]), scale),
      ),
    };
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((polygon, p) =>
      polygon.map((ring, r) =>
        decodeRing(ring, requireOffset(geometry.encodeOffsets[p]?.[r]), scale),
      ),
    ),
  };
}

function requireOffset(offset: [number, number] | undefined): [number, number] {
  if (!offset) throw new Error('encoded ring has no encodeOffsets entry');
  return offset;
}

/** Decodes a whole echarts@4 map file into plain GeoJSON; an unencoded file passes through. */
export function decodeEchartsGeoJson(
  input: EncodedFeatureCollection,
): FeatureCollection<Polygon | MultiPolygon> {
  if (!input.UTF8Encoding) return input as unknown as FeatureCollection<Polygon | MultiPolygon>;
  const scale = input.UTF8Scale ?? DEFAULT_SCALE;
  const features: Feature<Polygon | MultiPolygon>[] = input.features.map((f) => ({
    type: 'Feature',
    ...(f.id === undefined ? {} : { id: f.id }),
    properties: { ...f.properties },
    geometry: decodeGeometry(f.geometry, scale),
  }));
  return { type: 'FeatureCollection', features };
}
