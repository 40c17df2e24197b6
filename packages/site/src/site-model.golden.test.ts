import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OSM_ATTRIBUTION } from '@pactesur/contracts';
import { featureCollectionLines } from './golden-format.ts';
import { summariseGraph } from './graph-summary.ts';
import { siteModelFromBytes } from './site-from-bytes.ts';
import { walkableGeoJson } from './walkable-geojson.ts';

const OSM = fileURLToPath(new URL('../../../data/osm/', import.meta.url));
const GOLDEN = fileURLToPath(new URL('../test/golden/', import.meta.url));
const REGEN = process.env.REGEN === '1';

/** Compares `actual` with the checked-in file, or rewrites the file when REGEN=1. */
function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (REGEN || !existsSync(path)) {
    if (!REGEN) throw new Error(`golden file ${name} is missing; run with REGEN=1 to create it`);
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

type Window = readonly [number, number, number, number] | undefined;

// The walkable GeoJSON covers the extract's requested bounds, except Monaco-Ville, whose golden polygons are
// kept to the Rocher (the old town around Place du Palais) so the file stays reviewable; its graph summary
// still covers the whole extract.
describe.each([
  ['breda-grote-markt', 'breda-grote-markt.osm', undefined],
  ['munich-marienplatz', 'munich-marienplatz.osm', undefined],
  ['monaco-ville', 'monaco-ville-port-hercule.osm', [7.4185, 43.7295, 7.4245, 43.7335]],
] as [string, string, Window][])('golden site model: %s', (name, file, window) => {
  it('walkable polygons and graph summary match the checked-in outputs', async () => {
    const r = await siteModelFromBytes(readFileSync(join(OSM, file)));
    if (!r.ok) throw new Error(r.problem);
    const site = r.model;
    const fc = walkableGeoJson(site, window);
    expect(fc.attribution).toBe(OSM_ATTRIBUTION);
    expect(fc.features.length).toBeGreaterThan(0);
    golden(`${name}.walkable.golden.geojson`, featureCollectionLines(fc));
    const summary = {
      source: file,
      attribution: OSM_ATTRIBUTION,
      walkableAreaM2: Math.round(site.walkableAreaM2),
      walkablePolygons: site.walkable.length,
      obstacles: site.obstacles.length,
      graph: summariseGraph(site),
    };
    golden(`${name}.graph.golden.json`, `${JSON.stringify(summary, null, 2)}\n`);
  });
});
