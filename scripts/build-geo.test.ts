import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { MultiPolygon, Position } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { GEO_OUTPUT } from './build-geo';
import {
  expectedCityCodes,
  KNOWN_MISSING,
  loadAdminCatalog,
  MUNICIPALITY_CITY_CODES,
  SPECIAL_REGION_CODES,
} from './geo/admin-codes';
import type { AtlasTopology } from './geo/build-topology';
import {
  decodeEchartsGeoJson,
  decodeRing,
  type EncodedFeatureCollection,
} from './geo/decode-echarts';
import { CODE_REMAPS, resolveCode } from './geo/remap';
import { pointInRing, signedArea } from './geo/rings';
import { DIAOYU_RING, SOURCE_FILE } from './geo/source';
import * as adminFacts from './reference/admin-facts';

const REPO_ROOT = path.resolve(__dirname, '..');
const topology = JSON.parse(readFileSync(GEO_OUTPUT, 'utf8')) as AtlasTopology;
const catalog = loadAdminCatalog();
const cities = feature(topology, topology.objects.cities).features as GeoJSON.Feature<
  MultiPolygon,
  { code: string; name: string }
>[];
const provinces = feature(topology, topology.objects.provinces).features;
const cityByCode = new Map(cities.map((f) => [String(f.id), f]));

/** Encodes integer deltas the way echarts@4's files do (zig-zag, +64, one char per number). */
const encode = (deltas: [number, number][]): string =>
  deltas
    .map(([dx, dy]) =>
      [dx, dy].map((d) => String.fromCharCode(((d << 1) ^ (d >> 31)) + 64)).join(''),
    )
    .join('');

function contains(f: GeoJSON.Feature<MultiPolygon>, point: Position): boolean {
  return f.geometry.coordinates.some(
    (polygon) =>
      pointInRing(point, polygon[0]!) && !polygon.slice(1).some((hole) => pointInRing(point, hole)),
  );
}

describe('echarts@4 decoder', () => {
  it('decodes a hand-made ring: zig-zag deltas from the offset, scale 1024, closed', () => {
    // (100°, 30°) then +2 steps east, then -1 step south.
    const ring = decodeRing(
      encode([
        [0, 0],
        [2, 0],
        [0, -1],
      ]),
      [100 * 1024, 30 * 1024],
    );
    expect(ring).toEqual([
      [100, 30],
      [100 + 2 / 1024, 30],
      [100 + 2 / 1024, 30 - 1 / 1024],
      [100, 30],
    ]);
  });

  it('uses one offset per ring, per polygon, and a custom UTF8Scale', () => {
    const fc: EncodedFeatureCollection = {
      UTF8Encoding: true,
      UTF8Scale: 10,
      features: [
        {
          id: 'x',
          properties: { name: 'x' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                encode([
                  [0, 0],
                  [1, 0],
                  [0, 1],
                  [-1, -1],
                ]),
              ],
              [
                encode([
                  [0, 0],
                  [-3, 0],
                  [0, 2],
                  [3, -2],
                ]),
              ],
            ],
            encodeOffsets: [[[10, 20]], [[50, 60]]],
          },
        },
      ],
    };
    const geometry = decodeEchartsGeoJson(fc).features[0]!.geometry as MultiPolygon;
    expect(geometry.coordinates[0]![0]).toEqual([
      [1, 2],
      [1.1, 2],
      [1.1, 2.1],
      [1, 2],
    ]);
    expect(geometry.coordinates[1]![0]![1]).toEqual([4.7, 6]);
  });

  it('matches what ECharts itself decodes for the whole source file', async () => {
    // ECharts 6 still ships the decoder inside parseGeoJson; compare every ring, point by point.
    // @ts-expect-error ECharts ships no declarations for its lib/ internals.
    const { default: parseGeoJSON } = (await import('echarts/lib/coord/geo/parseGeoJson.js')) as {
      default: (
        json: unknown,
      ) => { name: string; geometries: { exterior: number[][]; interiors: number[][][] }[] }[];
    };
    const raw = (): EncodedFeatureCollection => JSON.parse(readFileSync(SOURCE_FILE, 'utf8'));
    const ours = decodeEchartsGeoJson(raw()).features;
    const theirs = parseGeoJSON(raw());
    expect(theirs).toHaveLength(ours.length);
    ours.forEach((f, i) => {
      const ourRings = (
        f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
      ).flat();
      const theirRings = theirs[i]!.geometries.flatMap((g) => [g.exterior, ...g.interiors]);
      expect(ourRings).toHaveLength(theirRings.length);
      ourRings.forEach((ring, r) => {
        const their = theirRings[r]!;
        // Ours may repeat the first point to close the ring; ECharts leaves rings as stored.
        expect(ring.length - their.length).toBeGreaterThanOrEqual(0);
        expect(ring.length - their.length).toBeLessThanOrEqual(1);
        expect(ring.slice(0, their.length)).toEqual(their);
      });
    });
  });
});

describe('code remaps', () => {
  it('maps stale source codes to current ones and rejects unknown stale codes', () => {
    expect(resolveCode('542200', catalog)).toEqual({ ok: true, code: '540500', name: '山南市' });
    expect(resolveCode('110000', catalog)).toEqual({ ok: true, code: '110100', name: '北京市' });
    expect(resolveCode('542300', catalog)).toEqual({ ok: false, code: '542300' });
  });

  it('agrees with the reference tables (former codes, municipality city codes)', () => {
    expect(MUNICIPALITY_CITY_CODES).toEqual(adminFacts.MUNICIPALITY_CITY_CODES);
    for (const { from, to } of CODE_REMAPS) {
      if (MUNICIPALITY_CITY_CODES[from] === to) continue;
      expect(adminFacts.FORMER_NAMES_AND_CODES[to]?.codes, `${from} → ${to}`).toContain(from);
    }
  });

  it('is listed in full in NOTICE and resources/geo/README.md', () => {
    for (const file of ['NOTICE', 'resources/geo/README.md']) {
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      for (const { from, to } of CODE_REMAPS) expect(text, file).toContain(`${from} → ${to}`);
    }
  });
});

describe('resources/geo/china-cities.topo.json', () => {
  it('is one quantized topology under 1 MB with cities, provinces and nation', () => {
    expect(statSync(GEO_OUTPUT).size).toBeLessThan(1024 * 1024);
    expect(topology.transform).toBeDefined();
    expect(Object.keys(topology.objects).sort()).toEqual(['cities', 'nation', 'provinces']);
    expect(topology.objects.nation.geometries).toHaveLength(1);
  });

  it('has exactly one feature with a real polygon for every current city-level code', () => {
    const ids = cities.map((f) => String(f.id));
    for (const code of expectedCityCodes(catalog)) {
      expect(
        ids.filter((id) => id === code),
        code,
      ).toHaveLength(1);
      const areas = cities
        .find((f) => f.id === code)!
        .geometry.coordinates.map((p) => Math.abs(signedArea(p[0]!)));
      expect(Math.max(...areas), code).toBeGreaterThan(0);
    }
  });

  it('keeps province-administered county-level units as their own features', () => {
    for (const [code, name] of catalog.provinceAdministered) {
      if (code in KNOWN_MISSING) continue;
      expect(cityByCode.get(code)?.properties, code).toEqual({ code, name });
    }
    for (const code of ['429004', '429005', '429006', '429021', '419001', '659001', '469001']) {
      expect(cityByCode.has(code), code).toBe(true);
    }
  });

  it('uses only current codes with official names, and reports the known gaps', () => {
    for (const f of cities) {
      const code = String(f.id);
      expect(f.properties.code).toBe(code);
      const name =
        catalog.prefectures.get(code) ??
        catalog.provinceAdministered.get(code) ??
        catalog.provinces.get(code);
      expect(f.properties.name, code).toBe(name);
    }
    for (const { from } of CODE_REMAPS) expect(cityByCode.has(from), `stale ${from}`).toBe(false);
    expect(Object.keys(KNOWN_MISSING)).toContain('460300');
    for (const code of Object.keys(KNOWN_MISSING)) expect(cityByCode.has(code), code).toBe(false);
  });

  it('draws 莱芜 as part of 济南, and 钓鱼岛 as part of 台湾', () => {
    const jinan = cityByCode.get('370100')!;
    expect(contains(jinan, [117.68, 36.21])).toBe(true); // 莱芜 old town
    expect(contains(jinan, [117.0, 36.65])).toBe(true); // 济南
    const diaoyu: Position = [
      (DIAOYU_RING[0]![0]! + DIAOYU_RING[2]![0]!) / 2,
      (DIAOYU_RING[0]![1]! + DIAOYU_RING[2]![1]!) / 2,
    ];
    expect(contains(cityByCode.get('710000')!, diaoyu)).toBe(true);
  });

  it('has Hong Kong, Macau and Taiwan as cities and as provinces, and 34 provinces', () => {
    for (const code of SPECIAL_REGION_CODES) expect(cityByCode.has(code), code).toBe(true);
    expect(provinces.map((p) => String(p.id)).sort()).toEqual([...catalog.provinces.keys()].sort());
    expect(provinces).toHaveLength(34);
  });

  it('keeps borders consistent: no gaps between cities, province borders on city borders', () => {
    // A sliver between two cities would show up as a hole in the merged nation.
    const nation = topology.objects.nation.geometries[0]!;
    expect(nation.type).toBe('MultiPolygon');
    if (nation.type === 'MultiPolygon')
      expect(nation.arcs.every((polygon) => polygon.length === 1)).toBe(true);
    // Every province-border arc is a city-border arc (same topology, same arcs).
    const cityArcs = new Set<number>();
    for (const g of topology.objects.cities.geometries) {
      if (g.type === 'MultiPolygon') g.arcs.flat(2).forEach((a) => cityArcs.add(a < 0 ? ~a : a));
    }
    for (const g of topology.objects.provinces.geometries) {
      if (g.type === 'MultiPolygon')
        g.arcs.flat(2).forEach((a) => expect(cityArcs.has(a < 0 ? ~a : a)).toBe(true));
    }
  });

  it('gives the re-traced municipalities, 香港 and 澳门 shared borders with their neighbours', () => {
    const geometries = topology.objects.provinces.geometries;
    const codes = geometries.map((g) => String(g.id));
    const adjacency = neighbors(geometries);
    const neighbours = (code: string): string[] =>
      adjacency[codes.indexOf(code)]!.map((i) => codes[i]!);
    expect(neighbours('110000').sort()).toEqual(['120000', '130000']);
    expect(neighbours('120000').sort()).toEqual(['110000', '130000']);
    expect(neighbours('310000').sort()).toEqual(['320000', '330000']);
    expect(neighbours('500000').sort()).toEqual(['420000', '430000', '510000', '520000', '610000']);
    expect(neighbours('810000')).toEqual(['440000']);
    expect(neighbours('820000')).toEqual(['440000']);
  });

  it('loaded by ECharts as map `china` with nameProperty `code`: regions by code + 南海诸岛', async () => {
    // The same load ECharts does for registerMap('china', geoJson) and a geo/map with this option.
    // @ts-expect-error ECharts ships no declarations for its lib/ internals.
    const { GeoJSONResource } = (await import('echarts/lib/coord/geo/GeoJSONResource.js')) as {
      GeoJSONResource: new (
        mapName: string,
        geoJson: unknown,
      ) => { load: (nameMap: null, nameProperty: string) => { regions: { name: string }[] } };
    };
    const geoJson = feature(topology, topology.objects.cities);
    const names = (mapName: string): string[] =>
      new GeoJSONResource(mapName, geoJson).load(null, 'code').regions.map((r) => r.name);
    expect(names('china')).toEqual([...cities.map((f) => String(f.id)), '南海诸岛']);
    expect(names('china-cities')).not.toContain('南海诸岛');
  });

  it('lies inside China’s bounding box', () => {
    const [x0, y0, x1, y1] = topology.bbox!;
    expect(x0).toBeGreaterThanOrEqual(73);
    expect(y0).toBeGreaterThanOrEqual(3.5);
    expect(x1).toBeLessThanOrEqual(135.5);
    expect(y1).toBeLessThanOrEqual(54);
    for (const f of cities) {
      for (const [x, y] of f.geometry.coordinates.flat(2)) {
        expect(x! >= x0! - 1e-9 && x! <= x1! + 1e-9 && y! >= y0! - 1e-9 && y! <= y1! + 1e-9).toBe(
          true,
        );
      }
    }
  });
});
