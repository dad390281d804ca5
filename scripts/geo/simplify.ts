/**
 * Visvalingam simplification of the shared arcs (topojson-simplify), removal of islands too
 * small to see, then quantization (topojson-client) into delta-encoded integers.
 *
 * Everything works on arcs, so a border shared by two cities (and by their provinces and the
 * nation) is simplified once and stays shared.
 */
import { quantize } from 'topojson-client';
import { filter, presimplify, simplify } from 'topojson-simplify';
import type {
  Arc,
  ArcIndexes,
  GeometryCollection,
  Objects,
  Topology,
} from 'topojson-specification';
import { arcIndex, ringArea } from './arcs';

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

const countPoints = (t: Topology): number => t.arcs.reduce((sum, arc) => sum + arc.length, 0);

function polygonsOf(collection: GeometryCollection): ArcIndexes[][][] {
  return collection.geometries.map((g) =>
    g.type === 'MultiPolygon' ? g.arcs : g.type === 'Polygon' ? [g.arcs] : [],
  );
}

/** The largest ring of each geometry: always kept, so no region can vanish (澳门 is tiny). */
function largestRings(arcs: readonly Arc[], collection: GeometryCollection): Set<ArcIndexes> {
  const largest = new Set<ArcIndexes>();
  for (const polygons of polygonsOf(collection)) {
    let best: ArcIndexes | undefined;
    let bestArea = -1;
    for (const ring of polygons.flat()) {
      const area = ringArea(arcs, ring);
      if (area > bestArea) [best, bestArea] = [ring, area];
    }
    if (best) largest.add(best);
  }
  return largest;
}

/**
 * Which rings to drop after simplification. Decided on the cities, then carried over: a city
 * ring goes if it collapsed, or if it is an island (no arc shared with another city ring) under
 * `minIslandArea`. A province or nation ring goes if it collapsed or uses an arc that no kept city
 * ring uses, so all three levels keep exactly the same land.
 */
function ringsToDrop(t: Topology, minIslandArea: number): Set<ArcIndexes> {
  const cities = t.objects.cities as GeometryCollection;
  const cityRings = polygonsOf(cities).flatMap((polygons) => polygons.flat());
  const cityRingsByArc = new Map<number, number>();
  for (const ring of cityRings) {
    for (const a of ring)
      cityRingsByArc.set(arcIndex(a), (cityRingsByArc.get(arcIndex(a)) ?? 0) + 1);
  }

  const drop = new Set<ArcIndexes>();
  const keptCityArcs = new Set<number>();
  const largestCityRings = largestRings(t.arcs, cities);
  for (const ring of cityRings) {
    const area = ringArea(t.arcs, ring);
    const island = !ring.some((a) => (cityRingsByArc.get(arcIndex(a)) ?? 0) > 1);
    if (!largestCityRings.has(ring) && (area === 0 || (island && area < minIslandArea)))
      drop.add(ring);
    else ring.forEach((a) => keptCityArcs.add(arcIndex(a)));
  }

  for (const [name, object] of Object.entries(t.objects)) {
    if (name === 'cities') continue;
    const collection = object as GeometryCollection;
    const largest = largestRings(t.arcs, collection);
    for (const ring of polygonsOf(collection).flatMap((polygons) => polygons.flat())) {
      if (largest.has(ring)) continue;
      const orphan = ring.some((a) => !keptCityArcs.has(arcIndex(a)));
      if (orphan || ringArea(t.arcs, ring) === 0) drop.add(ring);
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
  const filtered = filter(
    simplified,
    (ring) => !drop.has(ring as unknown as ArcIndexes),
  ) as Topology<T>;
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
