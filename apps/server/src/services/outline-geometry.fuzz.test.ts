// Site outlines as the API takes them (the `MultiPolygon` contract): their centre, area and default zone
// are finite numbers and a zone the contract takes, never an exception, within bounded time and memory.
// Corpus: fuzz/corpus/outline/.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LngLat, MultiPolygon, Polygon } from '@pactesur/contracts';
import { bounded, corpus, fuzz, hostileJson, jsonBytes, mutatedJson } from '../../../../fuzz/harness.mjs';
import { outlineAreaM2, outlineCentre, zoneFromOutline } from './outline-geometry.ts';

const entries = corpus('outline');
const seeds = entries.filter((e) => e.name.startsWith('seed-')).map((e) => JSON.parse(new TextDecoder().decode(e.bytes)) as unknown);

function check(input: unknown): void {
  const parsed = MultiPolygon.safeParse(input);
  if (!parsed.success) return; // the route answers validation_failed
  const outline = parsed.data;
  expect(LngLat.safeParse(outlineCentre(outline)).success).toBe(true);
  const area = outlineAreaM2(outline);
  if (!Number.isFinite(area)) throw new Error(`area ${area}`);
  const zone = zoneFromOutline(outline);
  expect(zone.type).toBe('Polygon');
  // The default zone is the largest outer ring, as drawn: the contract takes it when it took the outline's ring.
  const ring = zone.coordinates[0] ?? [];
  if (ring.length <= 20_000) expect(Polygon.safeParse(zone).success).toBe(true);
}

const values = fc.oneof(
  hostileJson,
  fc.constantFrom(180, -180, 90, -90, 0, 1e-12, [180, 90], [-180, -90], [0, 90], [179.9999999, 0], [-180, 0]),
);
/** Outlines far from the seed: across the antimeridian, at a pole, the whole world. */
const far = fc.constantFrom(
  { type: 'MultiPolygon', coordinates: [[[[179.9, 0], [-179.9, 0], [-179.9, 1], [179.9, 1], [179.9, 0]]]] },
  { type: 'MultiPolygon', coordinates: [[[[-180, 89], [180, 89], [180, 90], [-180, 90], [-180, 89]]]] },
  { type: 'MultiPolygon', coordinates: [[[[-180, -90], [180, -90], [180, 90], [-180, 90], [-180, -90]]]] },
  { type: 'MultiPolygon', coordinates: [[[[0, 0], [0, 0], [0, 0], [0, 0]]]] },
);

describe('outline geometry on hostile outlines that pass the contract', () => {
  it.each(entries.map((e) => [e.name, e.bytes] as const))('replays the corpus entry %s', (_name, bytes) =>
    bounded(() => check(JSON.parse(new TextDecoder().decode(bytes)))));

  it('gives finite numbers and a zone for mutations of valid outlines and far-away ones', () =>
    fuzz('outline', fc.oneof(fc.constantFrom(...seeds).chain((s) => mutatedJson(s, { values, maxRepeat: 3_000 })), far.chain((s) => mutatedJson(s, { values }))), check, {
      runs: 300,
      encode: jsonBytes,
      ext: '.json',
    }));
});
