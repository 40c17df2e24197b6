// A drawn zone as the API takes it (the `Polygon` contract, then `checkZone` before a job runs): refused
// with `zone_invalid` or accepted, never another exception, within bounded time and memory.
// Corpus: fuzz/corpus/zone/ (the seeds' geometries).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Polygon } from '@pactesur/contracts';
import { bounded, corpus, fuzz, hostileJson, jsonBytes, mutatedJson } from '../../../../fuzz/harness.mjs';
import { AppError } from '../errors/app-error.ts';
import { checkZone } from './zone-check.ts';

type Bounds = readonly [number, number, number, number] | null | undefined;

/** The Polygons of a GeoJSON seed (a Polygon, a Feature or a FeatureCollection). */
function polygonsOf(value: unknown): unknown[] {
  if (value === null || typeof value !== 'object') return [];
  const v = value as { type?: unknown; geometry?: unknown; features?: unknown };
  if (v.type === 'Polygon') return [value];
  if (v.type === 'Feature') return polygonsOf(v.geometry);
  if (v.type === 'FeatureCollection' && Array.isArray(v.features)) return v.features.flatMap(polygonsOf);
  return [];
}

const entries = corpus('zone');
const seeds = entries.filter((e) => e.name.startsWith('seed-')).flatMap((e) => polygonsOf(JSON.parse(new TextDecoder().decode(e.bytes))));

function check([zone, bounds]: readonly [unknown, Bounds]): void {
  const parsed = Polygon.safeParse(zone);
  if (!parsed.success) return; // the route answers validation_failed
  try {
    checkZone(parsed.data, bounds);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('zone_invalid');
  }
}

const bounds = fc.oneof(
  fc.constantFrom<Bounds>(null, undefined, [4.775, 51.587, 4.778, 51.589], [0, 0, 0, 0], [180, 90, -180, -90], [-1e308, -1e308, 1e308, 1e308]),
  fc.tuple(fc.double(), fc.double(), fc.double(), fc.double()),
);

describe('checkZone on hostile zones that pass the contract', () => {
  it.each(entries.map((e) => [e.name, e.bytes] as const))('replays the corpus entry %s', (_name, bytes) =>
    bounded(() => {
      let value: unknown;
      try {
        value = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        return;
      }
      for (const zone of [value, ...polygonsOf(value)]) check([zone, null]);
    }));

  it('accepts the seeds', () => {
    for (const zone of seeds) expect(() => checkZone(Polygon.parse(zone), null)).not.toThrow();
  });

  it('accepts or refuses with zone_invalid, for mutations of valid zones', () =>
    fuzz('zone', fc.tuple(fc.constantFrom(...seeds).chain((s) => mutatedJson(s, { maxRepeat: 3_000 })), bounds), check, {
      runs: 300,
      encode: ([zone]) => jsonBytes(zone),
      ext: '.geojson',
    }));

  it('accepts or refuses with zone_invalid, for arbitrary JSON', () =>
    fuzz('zone', fc.tuple(hostileJson, bounds), check, { runs: 200, encode: ([zone]) => jsonBytes(zone), ext: '.geojson' }));
});
