import { describe, expect, it } from 'vitest';
import { ASTM_VEHICLES } from './astm-rating.ts';
import { parseRating } from './parse-rating.ts';
import { ASTM_PENETRATION_BANDS, type Rating } from './rating.ts';
import { stops, type StopsOptions } from './stops.ts';
import { pick, prng } from './test-random.ts';

function randomRating(rnd: () => number): Rating {
  if (rnd() < 0.3) {
    const code = pick(rnd, Object.keys(ASTM_VEHICLES));
    const r = parseRating(
      `${code}${pick(rnd, ASTM_VEHICLES[code]?.speedsMph ?? [])}/${pick(rnd, ASTM_PENETRATION_BANDS)}`,
    );
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  }
  return {
    standard: pick(rnd, ['IWA 14-1', 'ISO 22343-1', 'PAS 68', 'PAS 170'] as const),
    massKg: pick(rnd, [1500, 2500, 3500, 7200, 7500, 30_000]),
    vehicleClass: 'N3C',
    speedKmh: pick(rnd, [16, 32, 48, 64, 80, 112]),
    angleDeg: pick(rnd, [90, 90, 45, 30]),
    penetrationM: pick(rnd, [0, 0.5, 1, 2.5, 7]),
  };
}

function randomOptions(rnd: () => number): StopsOptions {
  return {
    ...(rnd() < 0.5 ? { angleToleranceDeg: rnd() * 90 } : {}),
    ...(rnd() < 0.5 ? { maxPenetrationM: rnd() < 0.2 ? Infinity : rnd() * 40 } : {}),
    ...(rnd() < 0.3 ? { speedMarginKmh: rnd() * 10 } : {}),
  };
}

describe('stops on generated ratings and threats', () => {
  const cases = 10_000;

  it('is never true for a heavier mass or a higher speed than tested', () => {
    const rnd = prng(11);
    for (let i = 0; i < cases; i++) {
      const rating = randomRating(rnd);
      const options = randomOptions(rnd);
      const angle = rnd() * 90;
      const heavier = { massKg: rating.massKg * (1 + rnd()) + 1e-6 };
      const lighter = { massKg: rating.massKg * rnd() };
      const faster = rating.speedKmh + 1e-9 + rnd() * 100;
      const slower = rating.speedKmh * rnd();
      expect(stops(rating, heavier, slower, angle, options)).toBe(false);
      expect(stops(rating, lighter, faster, angle, options)).toBe(false);
      expect(stops(rating, heavier, faster, angle, options)).toBe(false);
    }
  });

  it('is monotone: if it stops a vehicle, it stops any lighter and slower one at the same angle', () => {
    const rnd = prng(12);
    for (let i = 0; i < cases; i++) {
      const rating = randomRating(rnd);
      const options = randomOptions(rnd);
      const angle = rnd() * 90;
      const mass = rnd() * 40_000;
      const speed = rnd() * 120;
      if (!stops(rating, { massKg: mass }, speed, angle, options)) continue;
      expect(stops(rating, { massKg: mass * rnd() }, speed * rnd(), angle, options)).toBe(true);
    }
  });

  it('never accepts a penetration above the allowed maximum', () => {
    const rnd = prng(13);
    for (let i = 0; i < cases; i++) {
      const rating = randomRating(rnd);
      const max = rnd() * 10;
      if (stops(rating, { massKg: 0 }, 0, rating.angleDeg, { maxPenetrationM: max })) {
        const upper =
          rating.standard === 'ASTM F2656'
            ? { P1: 1, P2: 7, P3: 30, P4: Infinity }[rating.penetrationBand]
            : rating.penetrationM;
        expect(upper).toBeLessThanOrEqual(max);
      }
    }
  });
});
