/**
 * Small helpers over TopoJSON arcs of an unquantized topology (plain lon/lat positions).
 */
import type { Arc, ArcIndexes } from 'topojson-specification';

/** Arc references are one's-complemented when the arc is walked backwards. */
export const arcIndex = (a: number): number => (a < 0 ? ~a : a);

export function arcLength(arc: Arc): number {
  let sum = 0;
  for (let i = 1; i < arc.length; i++) {
    const p = arc[i - 1] as number[];
    const q = arc[i] as number[];
    sum += Math.hypot((q[0] as number) - (p[0] as number), (q[1] as number) - (p[1] as number));
  }
  return sum;
}

/**
 * Planar area of a ring of arcs, closed explicitly: a ring stitched by `mergeArcs` around a
 * pinch point need not end where it starts.
 */
export function ringArea(arcs: readonly Arc[], ring: ArcIndexes): number {
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
