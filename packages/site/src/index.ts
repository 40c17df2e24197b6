/** The site model built from OpenStreetMap: walkable space, obstacles, the traversable CSR graph, barriers, suggestions. */
export * from './highway-class.ts';
export * from './edge-flags.ts';
export * from './tag-values.ts';
export * from './feature-kinds.ts';
export * from './barrier.ts';
export * from './traversable-graph.ts';
export * from './site-model.ts';
export * from './build-site-model.ts';
export * from './graph-summary.ts';
export * from './walkable-geojson.ts';
export { type WalkablePolygon, DEFAULT_SIDEWALK_M } from './walkable-space.ts';
export { type ObstaclePolygon } from './obstacles.ts';
export { carriagewayWidth, sidewalkWidth } from './way-segments.ts';
export * from './golden-format.ts';
export * from './suggest-sites.ts';
export * from './map-layers.ts';
export * from './extract-report.ts';
