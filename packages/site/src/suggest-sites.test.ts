import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteModelFromBytes } from './site-from-bytes.ts';
import { suggestSites } from './suggest-sites.ts';

const OSM = fileURLToPath(new URL('../../../data/osm/', import.meta.url));
const ZONES = fileURLToPath(new URL('../../../data/zones/', import.meta.url));

async function candidates(file: string) {
  const r = await siteModelFromBytes(readFileSync(OSM + file));
  if (!r.ok) throw new Error(r.problem);
  return suggestSites(r.model, r.data);
}

describe('suggestSites', () => {
  // Areas from data/zones/README.md: the outline of the named square, as measured there.
  it.each([
    ['munich-marienplatz.osm', 'Marienplatz', 'square', 8550],
    ['paris-republique-marais.osm', 'Place de la République', 'square', 14500],
    ['monaco-ville-port-hercule.osm', 'Place du Palais', 'pedestrian-area', 3240],
    ['breda-grote-markt.osm', 'Grote Markt', 'pedestrian-area', 5600],
  ])('%s suggests %s (%s) with about the walkable area of the zone', async (file, name, category, area) => {
    const list = await candidates(file);
    const c = list.find((x) => x.name === name);
    expect(c?.category).toBe(category);
    expect(Math.abs((c?.walkableAreaM2 ?? 0) - area) / area).toBeLessThan(0.05);
    expect(c?.outline[0]?.outer.length).toBeGreaterThan(3);
  });

  it('joins the ways of a pedestrian street and finds promenades and markets', async () => {
    const munich = await candidates('munich-marienplatz.osm');
    expect(munich.find((c) => c.name === 'Viktualienmarkt')?.category).toBe('market');
    const monaco = await candidates('monaco-ville-port-hercule.osm');
    const street = monaco.find((c) => c.name === 'Rue Princesse Caroline');
    expect(street?.category).toBe('pedestrian-street');
    expect(monaco.filter((c) => c.name === 'Promenade Honoré II')).toHaveLength(1);
    expect(monaco.every((c, i) => i === 0 || (monaco[i - 1]?.walkableAreaM2 ?? 0) >= c.walkableAreaM2)).toBe(
      true,
    );
  });

  it('agrees with the zone outline file of Place de la République', async () => {
    const zone = JSON.parse(readFileSync(ZONES + 'paris-place-de-la-republique.geojson', 'utf8')) as {
      geometry?: { coordinates: number[][][] };
      features?: { geometry: { coordinates: number[][][] } }[];
    };
    const ring = (zone.geometry ?? zone.features?.[0]?.geometry)?.coordinates[0] ?? [];
    const c = (await candidates('paris-republique-marais.osm')).find(
      (x) => x.name === 'Place de la République',
    );
    const [lon, lat] = c?.centre ?? [0, 0];
    const lons = ring.map((p) => p[0] as number);
    const lats = ring.map((p) => p[1] as number);
    expect(lon).toBeGreaterThan(Math.min(...lons));
    expect(lon).toBeLessThan(Math.max(...lons));
    expect(lat).toBeGreaterThan(Math.min(...lats));
    expect(lat).toBeLessThan(Math.max(...lats));
  });
});
