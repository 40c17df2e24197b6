import type { AttributedFeatureCollection } from './walkable-geojson.ts';

/**
 * Serialises a feature collection with one feature per line, so a golden file reviews as a readable diff.
 *
 * @example
 * writeFileSync('out.geojson', featureCollectionLines(walkableGeoJson(site)));
 */
export function featureCollectionLines(fc: AttributedFeatureCollection): string {
  const head = JSON.stringify({ type: fc.type, attribution: fc.attribution, license: fc.license });
  const features = fc.features.map((f) => JSON.stringify(f)).join(',\n');
  return `${head.slice(0, -1)},"features":[\n${features}\n]}\n`;
}
