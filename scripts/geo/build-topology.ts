/**
 * Cities → one TopoJSON topology with three objects that share every arc:
 * `cities` (the map level), `provinces` (cities merged per province) and `nation` (all merged).
 *
 * Because the three levels are built from the same arcs, province borders and the outline lie
 * exactly on city borders, and simplification moves a border once for every level.
 */
import type { Feature, FeatureCollection, MultiPolygon as GeoMultiPolygon } from 'geojson';
import { feature, mergeArcs } from 'topojson-client';
import { topology as createTopology } from 'topojson-server';
import type { GeometryCollection, MultiPolygon, Topology } from 'topojson-specification';
import { provinceOf, type AdminCatalog } from './admin-codes';
import { simplifyTopology, type SimplifyOptions, type SimplifyReport } from './simplify';
import { fillSlivers, type CityGeometry, type SliverReport } from './slivers';

export interface RegionProperties {
  code: string;
  name: string;
}

export type CityFeature = Feature<GeoMultiPolygon, RegionProperties>;

export type AtlasObjects = {
  cities: GeometryCollection<RegionProperties>;
  provinces: GeometryCollection<RegionProperties>;
  nation: GeometryCollection<RegionProperties>;
};

export type AtlasTopology = Topology<AtlasObjects>;

export const NATION = { code: '100000', name: '中国' } as const;

/** Filling a sliver can expose a smaller one where borders crossed; two passes clear the source. */
const MAX_SLIVER_PASSES = 3;

function addSliverReport(total: SliverReport, pass: SliverReport): void {
  total.filled += pass.filled;
  total.totalArea += pass.totalArea;
  total.largestArea = Math.max(total.largestArea, pass.largestArea);
  total.passes += pass.passes;
}

export interface BuildReport {
  slivers: SliverReport;
  simplify: SimplifyReport;
}

/** One geometry per key, merged with `mergeArcs` so shared inner borders dissolve. */
function mergeBy(
  topology: Topology,
  geometries: readonly CityGeometry[],
  keyOf: (g: CityGeometry) => string,
  nameOf: (key: string, first: CityGeometry) => string,
): MultiPolygon<RegionProperties>[] {
  const groups = new Map<string, CityGeometry[]>();
  for (const g of geometries) {
    const key = keyOf(g);
    const group = groups.get(key);
    if (group) group.push(g);
    else groups.set(key, [g]);
  }
  return [...groups.keys()].sort().map((code) => {
    const group = groups.get(code) as CityGeometry[];
    const merged = mergeArcs(topology, group);
    const name = nameOf(code, group[0] as CityGeometry);
    return { type: 'MultiPolygon', arcs: merged.arcs, id: code, properties: { code, name } };
  });
}

/**
 * Builds the topology from city features (already remapped; several features may share a code,
 * as 莱芜 and 济南 do, and are dissolved into one), then simplifies and quantizes it.
 */
export function buildAtlasTopology(
  features: readonly CityFeature[],
  catalog: AdminCatalog,
  options: SimplifyOptions,
): { topology: AtlasTopology; report: BuildReport } {
  const collection: FeatureCollection<GeoMultiPolygon, RegionProperties> = {
    type: 'FeatureCollection',
    features: [...features],
  };
  // No quantization here: the source sits on a 1/1024° grid, so shared points match exactly.
  let current = collection;
  const slivers: SliverReport = { filled: 0, totalArea: 0, largestArea: 0, passes: 0 };
  for (let pass = 1; pass <= MAX_SLIVER_PASSES; pass++) {
    const raw = createTopology({ cities: current });
    const sources = (raw.objects.cities as GeometryCollection).geometries as CityGeometry[];
    const filled = fillSlivers(raw, sources);
    const dissolved = mergeBy(
      raw,
      sources,
      (g) => g.properties!.code,
      (_, g) => g.properties!.name,
    );
    // Back to GeoJSON and a fresh topology: the old one is still cut at every junction of a
    // filled sliver or merged-away border, and simplification never moves an arc's end points.
    current = feature(raw, { type: 'GeometryCollection', geometries: dissolved }) as typeof current;
    addSliverReport(slivers, filled);
    if (filled.filled === 0) break;
  }
  const clean = createTopology({ cities: current });
  const cities = (clean.objects.cities as GeometryCollection).geometries as CityGeometry[];
  const provinces = mergeBy(
    clean,
    cities,
    (g) => provinceOf(g.properties!.code),
    (code) => catalog.provinces.get(code) ?? code,
  );
  const nation: MultiPolygon<RegionProperties> = {
    type: 'MultiPolygon',
    arcs: mergeArcs(clean, cities).arcs,
    id: NATION.code,
    properties: { ...NATION },
  };

  const assembled: AtlasTopology = {
    type: 'Topology',
    bbox: clean.bbox,
    arcs: clean.arcs,
    objects: {
      cities: {
        type: 'GeometryCollection',
        geometries: cities as MultiPolygon<RegionProperties>[],
      },
      provinces: { type: 'GeometryCollection', geometries: provinces },
      nation: { type: 'GeometryCollection', geometries: [nation] },
    },
  };
  const { topology, report } = simplifyTopology(assembled, options);
  return { topology, report: { slivers, simplify: report } };
}
