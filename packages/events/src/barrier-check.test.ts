import { EventPlan, type ThreatResult } from '@pactesur/contracts';
import { DEFAULT_CATALOGUE } from '@pactesur/barriers';
import { describe, expect, it } from 'vitest';
import { checkBarrierLines } from './barrier-check.ts';

// A street running north–south at 7.27° E; the barrier line across it, east–west, at 43.695° N.
const LON = 7.27;
const M = 1 / 111_320;
const across = (halfM: number) => [
  [LON - (halfM * M) / Math.cos((43.695 * Math.PI) / 180), 43.695],
  [LON + (halfM * M) / Math.cos((43.695 * Math.PI) / 180), 43.695],
];

function plan(productId: string | null, standoffM = 1) {
  return EventPlan.parse({
    features: [{ id: 'line', type: 'vehicle-barrier', name: 'Street barrier', path: across(5), productId, standoffM }],
  });
}

/** One class, one approach from 100 m south straight north across the line (head-on), at `speedKmh`. */
function threat(massKg: number, speedKmh: number, pathLon = LON): ThreatResult {
  const entry = {
    speedKmh,
    energyKJ: 0,
    runUpM: 100,
    angleDeg: 90,
    at: [pathLon, 43.695 + 20 * M] as [number, number],
    fromM: 0,
    toM: 1,
    origin: [pathLon, 43.695 - 100 * M] as [number, number],
    path: [[pathLon, 43.695 - 100 * M], [pathLon, 43.695 + 20 * M]] as [number, number][],
    band: null,
  };
  return { perimeterM: 100, variants: [], classes: [{ class: 'van', name: 'Van', massKg, maxSpeedKmh: speedKmh, maxEnergyKJ: 0, band: null, points: [], entries: [entry] }] };
}

describe('the vehicle-barrier lines of a plan against the vehicle analysis', () => {
  it('stops an approach the rating covers: mass, speed, head-on angle and penetration', () => {
    const [check] = checkBarrierLines(plan('bollard-fixed-n3c-48'), threat(3500, 45), DEFAULT_CATALOGUE);
    expect(check).toMatchObject({ featureId: 'line', verdict: 'stops', crossings: [{ class: 'van', speedKmh: 45, angleDeg: 90, stops: true }] });
  });

  it('fails when the approach is faster than tested, or the barrier would be pushed further than the depth kept clear', () => {
    expect(checkBarrierLines(plan('bollard-fixed-n3c-48'), threat(3500, 55), DEFAULT_CATALOGUE)[0]?.verdict).toBe('fails');
    // The temporary barrier is pushed 2.5 m in its test.
    expect(checkBarrierLines(plan('temporary-barrier-n2a-48', 1), threat(3500, 40), DEFAULT_CATALOGUE)[0]?.verdict).toBe('fails');
    expect(checkBarrierLines(plan('temporary-barrier-n2a-48', 3), threat(3500, 40), DEFAULT_CATALOGUE)[0]?.verdict).toBe('stops');
    // A lorry heavier than the tested 7.2 t.
    expect(checkBarrierLines(plan('bollard-fixed-n3c-48'), threat(18_000, 30), DEFAULT_CATALOGUE)[0]?.verdict).toBe('fails');
  });

  it('says when no approach crosses the line, when no product is chosen, and when the product is not in the catalogue', () => {
    expect(checkBarrierLines(plan('bollard-fixed-n3c-48'), threat(3500, 45, LON + 0.01), DEFAULT_CATALOGUE)[0]).toMatchObject({ verdict: 'uncrossed', crossings: [] });
    expect(checkBarrierLines(plan(null), threat(3500, 45), DEFAULT_CATALOGUE)[0]).toMatchObject({ verdict: 'no-product', crossings: [{ stops: false }] });
    expect(checkBarrierLines(plan('made-up'), threat(3500, 45), DEFAULT_CATALOGUE)[0]?.verdict).toBe('unknown-product');
    expect(checkBarrierLines(EventPlan.parse({}), threat(3500, 45), DEFAULT_CATALOGUE)).toEqual([]);
  });
});
