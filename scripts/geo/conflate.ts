/**
 * Re-traces the borders of features that were digitised more coarsely than their neighbours.
 *
 * Why: in echarts@4's china-cities.json the four municipalities, Hong Kong and Macau come from
 * coarser data than the prefecture cities around them. Most of their vertices sit exactly on
 * the neighbours' vertices, but they skip the points in between, so each border segment leaves a
 * sliver (gap or overlap) and TopoJSON finds no shared arcs: borders would simplify apart and a
 * province-border mesh would have holes around 重庆, 北京, 天津, 上海.
 *
 * Fix, in two steps: (1) snap each coarse vertex to the nearest neighbour vertex within a small
 * tolerance (about one in nine is off by one or two 1/1024° grid steps); (2) wherever two
 * consecutive vertices of a coarse ring are then both vertices of one neighbour boundary ring,
 * replace the straight segment with the neighbour's own path between them. Neighbour vertices
 * are exact multiples of 1/1024°, so the result shares arcs with them exactly.
 */
import type { MultiPolygon, Position } from 'geojson';
import type { Ring } from './rings';

/** A neighbour ring plus where each coordinate occurs in it. */
interface IndexedRing {
  ring: Ring;
  at: Map<string, number[]>;
}

/** Neighbour rings indexed for path look-up, plus a coarse grid of their vertices for snapping. */
export interface NeighbourIndex {
  rings: IndexedRing[];
  grid: Map<string, Position[]>;
}

export interface ConflateStats {
  segmentsReplaced: number;
  pointsAdded: number;
}

/**
 * A neighbour path replaces a segment only if it stays close to it; a longer detour means the
 * two vertices are unrelated (e.g. two coast points across a bay), and the segment is kept.
 */
const MAX_DETOUR_RATIO = 4;
const MIN_DETOUR_ALLOWANCE = 0.05; // degrees; short segments may hide a wiggly border

/** ~350 m: covers the off-by-one-to-three grid steps, far below any real border detail. */
export const SNAP_TOLERANCE = 0.0035;
const GRID_CELL = 0.01; // degrees; must be ≥ SNAP_TOLERANCE so a 3×3 cell search is enough

const key = (p: Position): string => `${p[0]},${p[1]}`;
const cellOf = (x: number, y: number): string =>
  `${Math.floor(x / GRID_CELL)},${Math.floor(y / GRID_CELL)}`;

export function createNeighbourIndex(neighbourRings: Ring[]): NeighbourIndex {
  const grid = new Map<string, Position[]>();
  for (const ring of neighbourRings) {
    for (const p of ring) {
      const cell = cellOf(p[0] as number, p[1] as number);
      const list = grid.get(cell);
      if (list) list.push(p);
      else grid.set(cell, [p]);
    }
  }
  return { rings: neighbourRings.map(indexRing), grid };
}

function snap(p: Position, grid: NeighbourIndex['grid']): Position {
  const x = p[0] as number;
  const y = p[1] as number;
  const cx = Math.floor(x / GRID_CELL);
  const cy = Math.floor(y / GRID_CELL);
  let best = p;
  let bestDist = SNAP_TOLERANCE;
  for (let dx = -1; dx <= 1; dx++) {
    for (let dy = -1; dy <= 1; dy++) {
      for (const q of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
        const d = dist(p, q);
        // Ties go to the smaller key so the result never depends on input order.
        if (d < bestDist || (d === bestDist && best !== p && key(q) < key(best))) {
          best = q;
          bestDist = d;
        }
      }
    }
  }
  return best;
}

/** Snapping can fold neighbours onto one point; consecutive repeats would make zero-length edges. */
function snapRing(ring: Ring, grid: NeighbourIndex['grid']): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const s = snap(p, grid);
    const last = out[out.length - 1];
    if (!last || last[0] !== s[0] || last[1] !== s[1]) out.push(s);
  }
  return out;
}

function indexRing(ring: Ring): IndexedRing {
  const at = new Map<string, number[]>();
  // The closing point repeats the first; index it once so paths wrap cleanly.
  for (let i = 0; i + 1 < ring.length; i++) {
    const k = key(ring[i] as Position);
    const list = at.get(k);
    if (list) list.push(i);
    else at.set(k, [i]);
  }
  return { ring, at };
}

function dist(a: Position, b: Position): number {
  return Math.hypot((b[0] as number) - (a[0] as number), (b[1] as number) - (a[1] as number));
}

/** The open ring's vertices from i to j (exclusive of both), walking forward or backward. */
function walk(
  ring: Ring,
  i: number,
  j: number,
  forward: boolean,
): { points: Position[]; length: number } {
  const n = ring.length - 1;
  const points: Position[] = [];
  let length = 0;
  let prev = ring[i] as Position;
  for (let k = i; ;) {
    k = forward ? (k + 1) % n : (k - 1 + n) % n;
    const p = ring[k] as Position;
    length += dist(prev, p);
    prev = p;
    if (k === j) break;
    points.push(p);
  }
  return { points, length };
}

/** Best neighbour path between two coarse vertices, or null if none is plausible. */
function neighbourPath(a: Position, b: Position, neighbours: IndexedRing[]): Position[] | null {
  const ka = key(a);
  const kb = key(b);
  const chord = dist(a, b);
  const limit = Math.max(chord * MAX_DETOUR_RATIO, chord + MIN_DETOUR_ALLOWANCE);
  let best: { points: Position[]; length: number } | null = null;
  for (const { ring, at } of neighbours) {
    const is = at.get(ka);
    const js = at.get(kb);
    if (!is || !js) continue;
    for (const i of is) {
      for (const j of js) {
        if (i === j) continue;
        for (const forward of [true, false]) {
          const path = walk(ring, i, j, forward);
          if (path.length <= limit && (!best || path.length < best.length)) best = path;
        }
      }
    }
  }
  return best ? best.points : null;
}

function conflateRing(input: Ring, index: NeighbourIndex, stats: ConflateStats): Ring {
  const ring = snapRing(input, index.grid);
  const neighbours = index.rings;
  const out: Ring = [ring[0] as Position];
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as Position;
    const b = ring[i] as Position;
    const path = neighbourPath(a, b, neighbours);
    if (path && path.length > 0) {
      stats.segmentsReplaced++;
      stats.pointsAdded += path.length;
      out.push(...path);
    }
    out.push(b);
  }
  return out;
}

/**
 * Returns `geometry` snapped to, and re-traced along, the neighbour rings in `index` (the
 * boundary rings of the well-aligned features). Rings that collapse while snapping are dropped.
 */
export function conflateToNeighbours(
  geometry: MultiPolygon,
  index: NeighbourIndex,
  stats: ConflateStats = { segmentsReplaced: 0, pointsAdded: 0 },
): MultiPolygon {
  const coordinates = geometry.coordinates
    .map((polygon) =>
      polygon.map((ring) => conflateRing(ring, index, stats)).filter((ring) => ring.length >= 4),
    )
    .filter((polygon) => polygon.length > 0);
  return { type: 'MultiPolygon', coordinates };
}
