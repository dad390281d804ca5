/**
 * The map boundaries as bundled in resources/geo/china-cities.topo.json: one TopoJSON topology
 * whose objects share arcs, so province borders lie exactly on city borders. Typed here only as
 * far as the app relies on it; the renderer hands it to topojson-client as it is.
 */

/** One geometry of a TopoJSON object: `id` and `properties.code` are the current GB/T code. */
export interface BoundaryGeometry {
  type: string;
  id?: string | number;
  properties?: { code: string; name: string };
  arcs?: unknown;
}

export interface BoundaryObject {
  type: 'GeometryCollection';
  geometries: BoundaryGeometry[];
}

export interface BoundaryTopology {
  type: 'Topology';
  bbox?: number[];
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: number[][][];
  /** `cities` (prefectures, county-level units, HK/MO/TW), `provinces` and `nation`. */
  objects: { cities: BoundaryObject; provinces: BoundaryObject; nation: BoundaryObject };
}
