/**
 * Builds resources/geo/china-cities.topo.json: city, province and nation boundaries in one
 * TopoJSON topology, from the map data echarts@4.9.0 ships (Apache-2.0), under current
 * GB/T 2260 codes.
 *
 *   npx tsx scripts/build-geo.ts
 *
 * Deterministic: the same inputs give a byte-identical file. Fails (exit 1) if a source code is
 * neither current nor in scripts/geo/remap.ts, or if a current city has no polygon and is not
 * listed in KNOWN_MISSING. See resources/geo/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { expectedCityCodes, KNOWN_MISSING, loadAdminCatalog } from './geo/admin-codes';
import { buildAtlasTopology, type AtlasTopology, type BuildReport } from './geo/build-topology';
import type { SimplifyOptions } from './geo/simplify';
import { loadSourceCities, type SourceReport } from './geo/source';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GEO_OUTPUT = path.join(REPO_ROOT, 'resources/geo/china-cities.topo.json');

/**
 * Chosen by measurement (resources/geo/README.md has the trade-off): triangles under 1.5e-4 sq
 * deg (~1.5 km²) go, which keeps the file near 520 KB while 澳门 and the Pearl River delta
 * cities keep their shape at city zoom; islands under ~2 km² go; 1e5 steps is ~70 m.
 */
export const SIMPLIFY_OPTIONS: SimplifyOptions = {
  minWeight: 1.5e-4,
  minIslandArea: 2e-4,
  quantization: 1e5,
};

export interface GeoBuild {
  topology: AtlasTopology;
  source: SourceReport;
  build: BuildReport;
  missing: string[];
}

export function buildGeo(options: SimplifyOptions = SIMPLIFY_OPTIONS): GeoBuild {
  const catalog = loadAdminCatalog();
  const { features, report: source } = loadSourceCities(catalog);
  if (source.unresolved.length > 0) {
    const list = source.unresolved.map((u) => `${u.code} ${u.name}`).join(', ');
    throw new Error(`stale codes with no remap (add them to scripts/geo/remap.ts): ${list}`);
  }
  const { topology, report: build } = buildAtlasTopology(features, catalog, options);
  const present = new Set(topology.objects.cities.geometries.map((g) => String(g.id)));
  const missing = expectedCityCodes(catalog).filter((code) => !present.has(code));
  if (missing.length > 0) throw new Error(`current codes with no polygon: ${missing.join(', ')}`);
  const knownMissing = Object.keys(KNOWN_MISSING).filter((code) => !present.has(code));
  return { topology, source, build, missing: knownMissing };
}

function measureParse(file: string): number {
  const start = performance.now();
  const topology = JSON.parse(readFileSync(file, 'utf8')) as AtlasTopology;
  feature(topology, topology.objects.cities);
  feature(topology, topology.objects.provinces);
  return performance.now() - start;
}

function main(): void {
  const start = performance.now();
  const result = buildGeo();
  const json = JSON.stringify(result.topology);
  mkdirSync(path.dirname(GEO_OUTPUT), { recursive: true });
  writeFileSync(GEO_OUTPUT, json);
  const buildMs = performance.now() - start;

  const { objects } = result.topology;
  const { slivers, simplify } = result.build;
  const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
  const lines = [
    `Wrote ${path.relative(REPO_ROOT, GEO_OUTPUT)}: ${kb(Buffer.byteLength(json))} raw, ` +
      `${kb(gzipSync(json, { level: 9 }).length)} gzip`,
    `  objects: cities ${objects.cities.geometries.length}, provinces ` +
      `${objects.provinces.geometries.length}, nation ${objects.nation.geometries.length}`,
    `  source: ${result.source.sourceFeatures} features; coarse borders re-traced: ` +
      `${result.source.conflate.segmentsReplaced} segments, +${result.source.conflate.pointsAdded} points`,
    `  slivers filled: ${slivers.filled} in ${slivers.passes} passes (total ` +
      `${slivers.totalArea.toFixed(4)} sq deg, largest ${slivers.largestArea.toExponential(1)})`,
    `  simplify: minWeight ${SIMPLIFY_OPTIONS.minWeight} sq deg, points ${simplify.pointsBefore} → ` +
      `${simplify.pointsAfter}, ${simplify.arcs} arcs, ${simplify.islandsDropped} rings dropped ` +
      `(small islands, all levels), quantization ${SIMPLIFY_OPTIONS.quantization}`,
    `  known missing: ${result.missing.map((c) => `${c} (${KNOWN_MISSING[c]})`).join('; ')}`,
    `  build ${buildMs.toFixed(0)} ms; parse + feature() in Node ${measureParse(GEO_OUTPUT).toFixed(0)} ms`,
  ];
  console.log(lines.join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
