import type { FeatureCollection, MultiPolygon, Position } from 'geojson';
import { feature, mergeArcs } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { conflateToNeighbours, createNeighbourIndex } from './conflate';
import { normalizePolygons, signedArea, type Ring } from './rings';
import { fillSlivers, type CityGeometry } from './slivers';

/** Clockwise (negative area) axis-aligned rectangle, like the source's exteriors. */
const rect = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [x0, y0],
  [x0, y1],
  [x1, y1],
  [x1, y0],
  [x0, y0],
];
const reversed = (ring: Ring): Ring => [...ring].reverse();

describe('normalizePolygons', () => {
  it('turns "interior" rings outside the exterior into polygons of their own (islands)', () => {
    const island = rect(5, 5, 6, 6);
    const result = normalizePolygons({ type: 'Polygon', coordinates: [rect(0, 0, 4, 4), island] });
    expect(result.coordinates).toEqual([[rect(0, 0, 4, 4)], [island]]);
  });

  it('keeps an opposite-winding inner ring as a hole and drops a same-winding one', () => {
    const hole = reversed(rect(1, 1, 2, 2));
    const duplicate = rect(2.5, 2.5, 3, 3);
    const result = normalizePolygons({
      type: 'Polygon',
      coordinates: [rect(0, 0, 4, 4), hole, duplicate],
    });
    expect(result.coordinates).toEqual([[rect(0, 0, 4, 4), hole]]);
  });

  it('puts the largest ring first even when the source starts with a sliver', () => {
    const sliver = rect(10, 10, 10.001, 10.001);
    const result = normalizePolygons({
      type: 'MultiPolygon',
      coordinates: [[sliver, rect(0, 0, 4, 4)]],
    });
    expect(result.coordinates[0]![0]).toEqual(rect(0, 0, 4, 4));
  });

  it('treats two halves that share a border as two polygons, not a polygon and a hole', () => {
    const result = normalizePolygons({
      type: 'MultiPolygon',
      coordinates: [[rect(0, 0, 1, 1), rect(1, 0, 2, 1.5)]],
    });
    expect(result.coordinates).toHaveLength(2);
  });

  it('drops zero-area rings', () => {
    const flat: Ring = [
      [0, 0],
      [1, 0],
      [2, 0],
      [0, 0],
    ];
    expect(
      normalizePolygons({ type: 'Polygon', coordinates: [rect(0, 0, 1, 1), flat] }).coordinates,
    ).toHaveLength(1);
  });
});

describe('conflateToNeighbours', () => {
  // The neighbour's west border is detailed; the coarse square skips its middle vertices.
  const neighbour: Ring = [
    [1, 0],
    [1, 0.3],
    [1.01, 0.5],
    [1, 0.7],
    [1, 1],
    [2, 1],
    [2, 0],
    [1, 0],
  ];
  const index = createNeighbourIndex([neighbour]);
  const expected: Ring = [
    [0, 0],
    [0, 1],
    [1, 1],
    [1, 0.7],
    [1.01, 0.5],
    [1, 0.3],
    [1, 0],
    [0, 0],
  ];

  it('re-traces a segment between two shared vertices along the neighbour', () => {
    const coarse: MultiPolygon = { type: 'MultiPolygon', coordinates: [[rect(0, 0, 1, 1)]] };
    expect(conflateToNeighbours(coarse, index).coordinates[0]![0]).toEqual(expected);
  });

  it('first snaps vertices that are a grid step or two off the neighbour', () => {
    const off: Ring = [
      [0, 0],
      [0, 1],
      [1.002, 1.001],
      [1, 0],
      [0, 0],
    ];
    const coarse: MultiPolygon = { type: 'MultiPolygon', coordinates: [[off]] };
    expect(conflateToNeighbours(coarse, index).coordinates[0]![0]).toEqual(expected);
  });

  it('keeps a segment whose neighbour path is a long detour (two shore points across a bay)', () => {
    const bay: Ring = [
      [0, 0],
      [0, 1],
      [0.1, 1],
      [0.1, 0.05],
      [0.2, 0.05],
      [0.2, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    const coarse: Ring = [
      [0.1, 1],
      [0.1, 2],
      [0.2, 2],
      [0.2, 1],
      [0.1, 1],
    ];
    const stats = { segmentsReplaced: 0, pointsAdded: 0 };
    const result = conflateToNeighbours(
      { type: 'MultiPolygon', coordinates: [[reversed(coarse)]] },
      createNeighbourIndex([bay]),
      stats,
    );
    expect(result.coordinates[0]![0]).toEqual(reversed(coarse));
    expect(stats.segmentsReplaced).toBe(0);
  });
});

describe('fillSlivers', () => {
  it('gives a gap between two cities to the one bordering it longest, closing the seam', () => {
    // B's west border bulges east, leaving a thin triangle between A and B. C (north) and D
    // (south) border both, so the triangle is an inland hole of the four cities' union.
    const a = rect(0, 0, 1, 1);
    const b: Ring = [
      [1, 0],
      [1.01, 0.5],
      [1, 1],
      [2, 1],
      [2, 0],
      [1, 0],
    ];
    const c: Ring = [
      [0, 1],
      [0, 2],
      [2, 2],
      [2, 1],
      [1, 1],
      [0, 1],
    ];
    const d: Ring = [
      [0, -1],
      [0, 0],
      [1, 0],
      [2, 0],
      [2, -1],
      [0, -1],
    ];
    const collection: FeatureCollection<MultiPolygon> = {
      type: 'FeatureCollection',
      features: [a, b, c, d].map((ring, i) => ({
        type: 'Feature',
        properties: { code: `00000${i}`, name: `city ${i}` },
        geometry: { type: 'MultiPolygon', coordinates: [[ring]] },
      })),
    };
    const t = topology({ cities: collection });
    const geometries = (t.objects.cities as GeometryCollection).geometries as CityGeometry[];
    expect(mergeArcs(t, geometries).arcs[0]).toHaveLength(2); // outline + the sliver hole

    const report = fillSlivers(t, geometries);
    expect(report.filled).toBe(1);
    expect(report.largestArea).toBeCloseTo(0.005, 6);
    expect(mergeArcs(t, geometries).arcs[0]).toHaveLength(1);
    // B (longer share of the gap's boundary) now ends at A's straight border.
    const merged = feature(t, mergeArcs(t, [geometries[1]!])).geometry.coordinates[0]![0]!;
    expect(merged).not.toContainEqual([1.01, 0.5] as Position);
    expect(Math.abs(signedArea(merged))).toBeCloseTo(1, 9);
  });
});
