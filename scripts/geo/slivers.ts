/**
 * Fills the hairline gaps between neighbouring cities.
 *
 * Why: where two cities of the source disagree by a grid step or two along a border, the
 * topology has a sliver between them: a hole in the merged nation, bounded by arcs that each
 * belong to only one city. Left alone, those borders simplify apart, and a province-border
 * mesh (arcs shared by two provinces) breaks at every sliver. China has no such holes (lakes are
 * part of their cities), so every hole of the merged nation is an artefact: it goes to the
 * city that borders it longest, which turns the other side's arcs into shared ones.
 */
import { mergeArcs } from 'topojson-client';
import type { Arc, MultiPolygon, Topology } from 'topojson-specification';
import { arcIndex, arcLength, ringArea } from './arcs';

/** Above this a "hole" would be real land the source forgot; fail loudly rather than invent. */
export const MAX_SLIVER_AREA = 0.01; // square degrees, ~100 km²

export interface SliverReport {
  filled: number;
  totalArea: number;
  largestArea: number;
  passes: number;
}

export type CityGeometry = MultiPolygon<{ code: string; name: string }>;

/**
 * Adds every hole of the merged `geometries` to the bordering geometry with the longest share of
 * its boundary, as an extra polygon; a later per-city `mergeArcs` dissolves it into the city.
 * Mutates `geometries` (their `arcs`). The topology must not be quantized yet.
 */
export function fillSlivers(topology: Topology, geometries: CityGeometry[]): SliverReport {
  const ownerOfArc = new Map<number, CityGeometry>();
  for (const g of geometries) {
    for (const polygon of g.arcs)
      for (const ring of polygon) for (const a of ring) ownerOfArc.set(arcIndex(a), g);
  }
  const lengthCache = new Map<number, number>();
  const lengthOf = (i: number): number => {
    let l = lengthCache.get(i);
    if (l === undefined) lengthCache.set(i, (l = arcLength(topology.arcs[i] as Arc)));
    return l;
  };

  const report: SliverReport = { filled: 0, totalArea: 0, largestArea: 0, passes: 1 };
  const merged = mergeArcs(topology, geometries);
  for (const polygon of merged.arcs) {
    for (const hole of polygon.slice(1)) {
      const area = ringArea(topology.arcs, hole);
      if (area > MAX_SLIVER_AREA) {
        throw new Error(
          `hole of ${area.toFixed(4)} sq deg is not a sliver (arcs ${hole.join(',')})`,
        );
      }
      const share = new Map<CityGeometry, number>();
      for (const a of hole) {
        const owner = ownerOfArc.get(arcIndex(a));
        if (owner) share.set(owner, (share.get(owner) ?? 0) + lengthOf(arcIndex(a)));
      }
      const best = [...share.entries()].sort(
        (x, y) => y[1] - x[1] || x[0].properties!.code.localeCompare(y[0].properties!.code),
      )[0]?.[0];
      if (!best) continue;
      // Reversed, the hole winds like a neighbour of its owners, so merging dissolves the seam.
      best.arcs.push([[...hole].reverse().map((a) => ~a)]);
      report.filled++;
      report.totalArea += area;
      report.largestArea = Math.max(report.largestArea, area);
    }
  }
  return report;
}
