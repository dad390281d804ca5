/**
 * Planar ring helpers and the ring clean-up the echarts@4 data needs before it can become a
 * topology. Coordinates are lon/lat degrees; planar maths is fine at the sizes involved here
 * (we only compare areas and containment, never report them).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Ring = Position[];

/** Shoelace area; the sign gives the winding. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** Even-odd ray casting. */
export function pointInRing(point: Position, ring: Ring): boolean {
  const [px, py] = point as [number, number];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function ringLength(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    sum += Math.hypot(x1 - x0, y1 - y0);
  }
  return sum;
}

/** All rings of a geometry, in source order, regardless of their exterior/hole role. */
export function allRings(geometry: Polygon | MultiPolygon): Ring[] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * Rebuilds a geometry's polygon structure from its rings.
 *
 * Why: the echarts@4 files store islands and exclaves as "interior" rings of one polygon (ECharts
 * fills every ring, so it never mattered there), and sometimes the first ring is a sliver rather
 * than the main outline (长春). TopoJSON's merge treats interior rings as holes, so we re-derive
 * the roles while keeping what ECharts 4 drew (every ring filled, nonzero rule): taking rings
 * largest first, a ring inside a larger one is a hole if it winds the other way, and redundant
 * (already filled) if it winds the same way; any other ring is an exterior of its own.
 * Zero-area rings (the source has ~100) are dropped.
 */
export function normalizePolygons(geometry: Polygon | MultiPolygon): MultiPolygon {
  const rings = allRings(geometry)
    .filter((ring) => ring.length >= 4 && signedArea(ring) !== 0)
    .sort((a, b) => Math.abs(signedArea(b)) - Math.abs(signedArea(a)));
  const polygons: Ring[][] = [];
  for (const ring of rings) {
    const host = polygons.find((polygon) => ringInsideRing(ring, polygon[0] as Ring));
    if (!host) polygons.push([ring]);
    else if (Math.sign(signedArea(ring)) !== Math.sign(signedArea(host[0] as Ring)))
      host.push(ring);
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * Whether `inner` lies inside `outer`. Pieces of one city often touch (阿克苏 is two halves that
 * share a border), so a shared vertex says nothing: vote with up to three vertices that are not
 * vertices of `outer`. A ring made only of `outer`'s vertices is a duplicate: count it as inside.
 */
export function ringInsideRing(inner: Ring, outer: Ring): boolean {
  const outerVertices = new Set(outer.map((p) => `${p[0]},${p[1]}`));
  const probes = inner.filter((p) => !outerVertices.has(`${p[0]},${p[1]}`)).slice(0, 3);
  if (probes.length === 0) return true;
  const votes = probes.filter((p) => pointInRing(p, outer)).length;
  return votes * 2 > probes.length;
}
