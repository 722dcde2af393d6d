import {
  type ExtendedFeature,
  type ExtendedFeatureCollection,
  geoConicConformal,
  geoPath,
} from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
// Generated from us-atlas by tools/geo/ma-counties.ts: only Massachusetts, bundled with the map.
import data from './ma-counties.geo.json';

type CountyFeature = ExtendedFeature<Polygon | MultiPolygon, { name: string; fips: string }>;

export interface CountyShape {
  /** As the contracts write it ("Worcester"). */
  name: string;
  /** SVG path data in the map's viewBox. */
  d: string;
}

/** The map's width in viewBox units; its height follows from the state's shape. */
const WIDTH = 800;

const counties = data as unknown as ExtendedFeatureCollection<CountyFeature>;

// Massachusetts's own state-plane projection (Lambert conformal conic, standard parallels
// 41°43′ and 42°41′, central meridian 71°30′ W): the shape people know from state maps.
const projection = geoConicConformal()
  .parallels([41 + 43 / 60, 42 + 41 / 60])
  .rotate([71.5, 0])
  .fitWidth(WIDTH, counties);
const path = geoPath(projection);
const [[, top], [, bottom]] = path.bounds(counties);

/** The map's viewBox: the state fitted to the width, as tall as it needs. */
export const MAP_VIEW_BOX = `0 0 ${WIDTH} ${Math.ceil(bottom - top)}`;

/** Every county's outline, projected once when the map's chunk loads. */
export const COUNTY_SHAPES: readonly CountyShape[] = counties.features.map((county) => ({
  name: county.properties.name,
  d: path(county) ?? '',
}));
