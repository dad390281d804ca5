/**
 * Loads the bundled boundaries through the contract (never over the network), registers the
 * city polygons with ECharts as the map 'china' (that exact name makes ECharts add its 南海诸岛
 * inset) and derives what the map component needs: region codes, province borders as polylines
 * on the same coordinates, and each province's regions and bounding box for drilling in.
 *
 * Asked for when a map mounts (requested at start-up when the map is the first view,
 * boot-prefetch.ts); the promise is kept, so the file is read and the map
 * registered once per session however often the view is opened.
 */
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import { boundariesRequest, releaseBoundaries } from '../../boot-prefetch';
import { loadEcharts } from '../echarts-loader';
import { geometriesBBox, provinceOfRegion, type BBox, type PolygonalGeometry } from './geo-fit';

export interface MapBoundaries {
  /** Codes of the registered regions (city-level polygons, HK, MO, TW). */
  regions: string[];
  /** Province borders and the outline, as [lon, lat] polylines. */
  borders: number[][][];
  /** Region codes per province code. */
  regionsByProvince: Map<string, string[]>;
  /** Bounding box of each province's regions. */
  provinceBoxes: Map<string, BBox>;
  /** Bounding box of the whole map (the 南海诸岛 inset lies inside it). */
  nationBox: BBox;
  /** Milliseconds spent fetching, decoding and registering (for the record, not the UI). */
  loadMs: number;
}

let pending: Promise<MapBoundaries> | null = null;
async function load(): Promise<MapBoundaries> {
  const started = performance.now();
  const [topoData, { echarts }] = await Promise.all([boundariesRequest(), loadEcharts()]);
  releaseBoundaries();
  // Typed as the plain geometry objects `mesh` takes (its default, properties `{}`).
  const topo = topoData as unknown as Topology<Objects>;
  const cities = feature(topo, topo.objects.cities!) as FeatureCollection;
  echarts.registerMap('china', cities as Parameters<typeof echarts.registerMap>[1]);
  // Every province arc once: shared borders and the outline, on the cities' own coordinates.
  const borders = mesh(topo, topo.objects.provinces!).coordinates;

  const regions: string[] = [];
  const regionsByProvince = new Map<string, string[]>();
  const geometriesByProvince = new Map<string, PolygonalGeometry[]>();
  for (const f of cities.features as Feature[]) {
    const code = String(f.properties?.code ?? f.id);
    regions.push(code);
    const province = provinceOfRegion(code);
    regionsByProvince.set(province, [...(regionsByProvince.get(province) ?? []), code]);
    geometriesByProvince.set(province, [
      ...(geometriesByProvince.get(province) ?? []),
      f.geometry as PolygonalGeometry,
    ]);
  }
  const provinceBoxes = new Map<string, BBox>();
  for (const [province, geometries] of geometriesByProvince) {
    const box = geometriesBBox(geometries);
    if (box) provinceBoxes.set(province, box);
  }
  const boxes = [...provinceBoxes.values()];
  const nationBox: BBox = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
  return {
    regions,
    borders,
    regionsByProvince,
    provinceBoxes,
    nationBox,
    loadMs: performance.now() - started,
  };
}

export function loadBoundaries(): Promise<MapBoundaries> {
  // A failed load is forgotten, so opening the map again retries.
  pending ??= load().catch((e: unknown) => {
    pending = null;
    throw e;
  });
  return pending;
}
