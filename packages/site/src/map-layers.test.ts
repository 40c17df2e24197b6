import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readOsm } from '@pactesur/osm';
import { describe, expect, it } from 'vitest';
import { mapLayers, type MapLayer } from './map-layers.ts';

const OSM = fileURLToPath(new URL('../../../data/osm/', import.meta.url));
const layersOf = async (file: string) => mapLayers((await readOsm(readFileSync(OSM + file))).data);
const count = (l: Awaited<ReturnType<typeof layersOf>>, layer: MapLayer) => l.features.filter((f) => f.properties.layer === layer).length;

describe('map layers from an extract', () => {
  it('draws Munich Marienplatz: buildings, pedestrian areas, streets by rank, the square named, attribution kept', async () => {
    const layers = await layersOf('munich-marienplatz.osm');
    expect(layers.attribution).toBe('© OpenStreetMap contributors');
    expect(count(layers, 'building')).toBeGreaterThan(100);
    expect(count(layers, 'pedestrian')).toBeGreaterThanOrEqual(11);
    const streets = layers.features.filter((f) => f.properties.layer === 'street');
    expect(new Set(streets.map((s) => s.properties.rank))).toEqual(new Set(['minor', 'pedestrian', 'path']));
    expect(layers.features.some((f) => f.properties.layer === 'pedestrian' && f.properties.name === 'Marienplatz')).toBe(true);
  });

  it('ranks the main roads of London Borough High Street as major', async () => {
    const layers = await layersOf('london-borough-high-street.osm');
    const major = layers.features.filter((f) => f.properties.rank === 'major');
    expect(major.length).toBeGreaterThan(0);
    expect(major.some((f) => f.properties.name === 'Borough High Street')).toBe(true);
  });

  it('keeps every coordinate a valid, rounded WGS84 position and closes every ring', async () => {
    const layers = await layersOf('breda-grote-markt.osm');
    expect(layers.features.length).toBeGreaterThan(20);
    const positions = layers.features.flatMap((f) =>
      f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat(),
    );
    for (const [lon, lat] of positions) {
      expect(lon).toBeGreaterThan(4.7);
      expect(lon).toBeLessThan(4.8);
      expect(lat).toBeGreaterThan(51.5);
      expect(lat).toBeLessThan(51.6);
      expect(Math.round(lon! * 1e6) / 1e6).toBe(lon);
    }
    for (const f of layers.features) {
      if (f.geometry.type !== 'Polygon') continue;
      for (const ring of f.geometry.coordinates) expect(ring.at(-1)).toEqual(ring[0]);
    }
    expect(count(layers, 'barrier')).toBe(2); // the two bollards of the README
  });

  it('draws barriers, water and tram lines where the extract has them (Helsinki PBF, with missing nodes)', async () => {
    const layers = await layersOf('helsinki-centre.osm.pbf');
    expect(count(layers, 'barrier')).toBeGreaterThanOrEqual(125 + 61);
    expect(count(layers, 'water')).toBeGreaterThan(0);
    expect(layers.features.some((f) => f.properties.layer === 'railway' && f.properties.class === 'tram')).toBe(true);
  });
});
