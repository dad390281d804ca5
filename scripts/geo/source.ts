/**
 * Reads echarts@4.9.0's china-cities.json (Apache-2.0) and turns it into clean city features
 * under current codes: decoded, remapped, rings re-derived, coarse borders re-traced.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { mergeArcs, feature } from 'topojson-client';
import { topology as createTopology } from 'topojson-server';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from 'topojson-specification';
import type { AdminCatalog } from './admin-codes';
import type { CityFeature } from './build-topology';
import { conflateToNeighbours, createNeighbourIndex, type ConflateStats } from './conflate';
import { decodeEchartsGeoJson, type EncodedFeatureCollection } from './decode-echarts';
import { resolveCode } from './remap';
import { allRings, normalizePolygons, type Ring } from './rings';

const require = createRequire(import.meta.url);
export const SOURCE_FILE = require.resolve('echarts4/map/json/china-cities.json');

/**
 * Source features digitised more coarsely than their neighbours. Measured: 0–2.5 % of their
 * border length lies on arcs shared with a neighbour; every other feature that has land
 * neighbours shares 15 % or more. They are re-traced along the neighbours' borders (conflate.ts).
 */
export const COARSE_SOURCE_CODES: readonly string[] = [
  '110000',
  '120000',
  '310000',
  '500000',
  '810000',
  '820000',
];

/**
 * 钓鱼岛. ECharts adds this rectangle to the `china` map's region named 台湾 (fix/diaoyuIsland.js);
 * our regions are named by code, so ECharts would not, and the build adds it to 710000 instead.
 * Coordinates copied from ECharts 6.1 (Apache-2.0), wound clockwise like the source exteriors.
 */
export const DIAOYU_RING: Ring = [
  [123.45165252685547, 25.73527164402261],
  [123.45165252685547, 25.750734064600884],
  [123.49731445312499, 25.750734064600884],
  [123.49731445312499, 25.73527164402261],
  [123.45165252685547, 25.73527164402261],
];
const TAIWAN = '710000';

export interface SourceReport {
  sourceFeatures: number;
  /** Source codes neither current nor in the remap table: the build fails on these. */
  unresolved: { code: string; name: string }[];
  conflate: ConflateStats;
}

type SourceFeature = {
  sourceCode: string;
  sourceName: string;
  code: string;
  name: string;
  geometry: MultiPolygon;
};

/** The boundary rings of the merged aligned features: the paths coarse borders should follow. */
function neighbourRings(features: readonly SourceFeature[]): Ring[] {
  const collection: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })),
  };
  const t = createTopology({ aligned: collection });
  // mergeArcs takes the polygons; a feature that lost its area has a null geometry, nothing to merge.
  const polygons = (t.objects.aligned as GeometryCollection).geometries.filter(
    (g): g is TopoPolygon | TopoMultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon',
  );
  const merged = mergeArcs(t, polygons);
  return allRings(feature(t, merged).geometry);
}

export function loadSourceCities(catalog: AdminCatalog): {
  features: CityFeature[];
  report: SourceReport;
} {
  const encoded = JSON.parse(readFileSync(SOURCE_FILE, 'utf8')) as EncodedFeatureCollection;
  const decoded = decodeEchartsGeoJson(encoded);
  const report: SourceReport = {
    sourceFeatures: decoded.features.length,
    unresolved: [],
    conflate: { segmentsReplaced: 0, pointsAdded: 0 },
  };

  const features: SourceFeature[] = [];
  for (const f of decoded.features) {
    const sourceCode = String(f.id);
    const sourceName = String(f.properties?.name ?? '');
    const resolved = resolveCode(sourceCode, catalog);
    if (!resolved.ok) {
      report.unresolved.push({ code: sourceCode, name: sourceName });
      continue;
    }
    const geometry = normalizePolygons(f.geometry as Polygon | MultiPolygon);
    features.push({ sourceCode, sourceName, code: resolved.code, name: resolved.name, geometry });
  }

  const coarse = new Set(COARSE_SOURCE_CODES);
  const index = createNeighbourIndex(
    neighbourRings(features.filter((f) => !coarse.has(f.sourceCode))),
  );
  for (const f of features) {
    if (coarse.has(f.sourceCode))
      f.geometry = conflateToNeighbours(f.geometry, index, report.conflate);
    if (f.code === TAIWAN) f.geometry.coordinates.push([DIAOYU_RING.map((p) => [...p])]);
  }

  features.sort((a, b) => a.code.localeCompare(b.code) || a.sourceCode.localeCompare(b.sourceCode));
  return {
    features: features.map((f) => ({
      type: 'Feature',
      id: f.code,
      properties: { code: f.code, name: f.name },
      geometry: f.geometry,
    })),
    report,
  };
}
