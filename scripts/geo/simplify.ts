/**
 * Visvalingam simplification of the shared arcs (topojson-simplify), removal of islands too
 * small to see, then quantization (topojson-client) into delta-encoded integers.
 *
 * Everything works on arcs, so a border shared by two cities (and by their provinces and the
 * nation) is simplified once and stays shared.
 */
import { quantize } from 'topojson-client';
import { filter, presimplify, simplify } from 'topojson-simplify';
import type { Arc, ArcIndexes, GeometryCollection, Objects, Topology } from 'topojson-specification';

export interface SimplifyOptions {
  /** Visvalingam weight: smallest triangle area kept, in square degrees. */
  minWeight: number;
  /** Islands (rings sharing no arc with another city) below this area are dropped, sq deg. */
  minIslandArea: number;
  /** Quantization: number of integer steps across the bounding box on each axis. */
  quantization: number;
}

export interface SimplifyReport {
  pointsBefore: number;
  pointsAfter: number;
  arcs: number;
  islandsDropped: number;
}

const arcIndex = (a: number): number => (a < 0 ? ~a : a);
const countPoints = (t: Topology): number => t.arcs.reduce((sum, arc) => sum + arc.length, 0);

function ringArea(arcs: readonly Arc[], ring: ArcIndexes): number {
  const points: number[][] = [];
  for (const a of ring) {
    const arc = arcs[arcIndex(a)] as Arc;
    const ordered = a < 0 ? [...arc].reverse() : arc;
    points.push(...(points.length ? ordered.slice(1) : ordered));
  }
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as number[];
    const q = points[(i + 1) % points.length] as number[];
    sum += (p[0] as number) * (q[1] as number) - (q[0] as number) * (p[1] as number);
  }
  return Math.abs(sum) / 2;
}

function polygonsOf(collection: GeometryCollection): ArcIndexes[][][] {
  return collection.geometries.map((g) => (g.type === 'MultiPolygon' ? g.arcs : g.type === 'Polygon' ? [g.arcs] : []));
}

/**
 * Which rings to drop after simplification: collapsed rings, and small islands. An island is a
 * city ring none of whose arcs another city ring uses; the same arcs then form the island in the
 * province and nation objects, so those rings go too and the three levels stay identical. The
 * largest ring of every geometry is always kept so no region can vanish (澳门 is tiny).
 */
function ringsToDrop(t: Topology, minIslandArea: number): Set<ArcIndexes> {
  const cities = t.objects.cities as GeometryCollection;
  const cityRingsByArc = new Map<number, number>();
  for (const polygons of polygonsOf(cities)) {
    for (const ring of polygons.flat()) {
      for (const a of ring) cityRingsByArc.set(arcIndex(a), (cityRingsByArc.get(arcIndex(a)) ?? 0) + 1);
    }
  }
  const islandArcs = new Set<number>();
  for (const polygons of polygonsOf(cities)) {
    for (const ring of polygons.flat()) {
      const attached = ring.some((a) => (cityRingsByArc.get(arcIndex(a)) ?? 0) > 1);
      if (!attached && ringArea(t.arcs, ring) < minIslandArea) ring.forEach((a) => islandArcs.add(arcIndex(a)));
    }
  }

  const drop = new Set<ArcIndexes>();
  for (const object of Object.values(t.objects)) {
    for (const polygons of polygonsOf(object as GeometryCollection)) {
      const rings = polygons.flat();
      const largest = rings.reduce<ArcIndexes | undefined>(
        (best, ring) => (!best || ringArea(t.arcs, ring) > ringArea(t.arcs, best) ? ring : best),
        undefined,
      );
      for (const ring of rings) {
        if (ring === largest) continue;
        const area = ringArea(t.arcs, ring);
        if (area === 0 || ring.every((a) => islandArcs.has(arcIndex(a)))) drop.add(ring);
      }
    }
  }
  return drop;
}

export function simplifyTopology<T extends Objects>(
  topology: Topology<T>,
  options: SimplifyOptions,
): { topology: Topology<T>; report: SimplifyReport } {
  // filter() with a keep-all predicate prunes arcs no object uses any more (merged-away borders).
  const pruned = filter(topology, () => true) as Topology<T>;
  const pointsBefore = countPoints(pruned);
  const simplified = simplify(presimplify(pruned), options.minWeight);
  const drop = ringsToDrop(simplified, options.minIslandArea);
  const filtered = filter(simplified, (ring) => !drop.has(ring as unknown as ArcIndexes)) as Topology<T>;
  const quantized = quantize(filtered, options.quantization);
  return {
    topology: quantized,
    report: {
      pointsBefore,
      pointsAfter: countPoints(filtered),
      arcs: quantized.arcs.length,
      islandsDropped: drop.size,
    },
  };
}
