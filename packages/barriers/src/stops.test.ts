import { describe, expect, it } from 'vitest';
import { parseRating } from './parse-rating.ts';
import type { Rating } from './rating.ts';
import { lineAngleDeg, stops } from './stops.ts';

function rating(text: string): Rating {
  const r = parseRating(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const n3c48 = rating('V/7200[N3C]/48/90:0.0');
const car = { massKg: 1500 };

describe('stops', () => {
  it('accepts what the test covers: lighter or equal mass, lower or equal speed, near-head-on', () => {
    expect(stops(n3c48, { massKg: 7200 }, 48, 90)).toBe(true);
    expect(stops(n3c48, car, 30, 80)).toBe(true);
    expect(stops(n3c48, car, 0, 90)).toBe(true);
  });

  it('refuses a heavier vehicle or a higher speed than tested', () => {
    expect(stops(n3c48, { massKg: 7500 }, 30, 90)).toBe(false);
    expect(stops(n3c48, car, 48.01, 90)).toBe(false);
  });

  it('covers approach angles within the tolerance of the tested angle only', () => {
    expect(stops(n3c48, car, 40, 75)).toBe(true);
    expect(stops(n3c48, car, 40, 74.9)).toBe(false);
    expect(stops(n3c48, car, 40, 30)).toBe(false);
    expect(stops(n3c48, car, 40, 60, { angleToleranceDeg: 30 })).toBe(true);
    const oblique = rating('V/7200[N3C]/48/45:0.0');
    expect(stops(oblique, car, 40, 45)).toBe(true);
    expect(stops(oblique, car, 40, 30)).toBe(true);
    expect(stops(oblique, car, 40, 60)).toBe(true);
    expect(stops(oblique, car, 40, 90)).toBe(false);
    expect(stops(oblique, car, 40, 20)).toBe(false);
    expect(stops(n3c48, car, 40, 100)).toBe(true); // 100° to the line is 80° the other way
    expect(lineAngleDeg(-90)).toBe(90);
    expect(lineAngleDeg(180)).toBe(0);
  });

  it('refuses a penetration above the allowed maximum, with ASTM bands at their upper end', () => {
    const deep = rating('V/7200[N2A]/48/90:2.5');
    expect(stops(deep, car, 40, 90)).toBe(false);
    expect(stops(deep, car, 40, 90, { maxPenetrationM: 2.5 })).toBe(true);
    expect(stops(rating('M50/P1'), { massKg: 6800 }, 80, 90)).toBe(true);
    expect(stops(rating('M50/P1'), { massKg: 6800 }, 80.5, 90)).toBe(false);
    expect(stops(rating('M50/P2'), { massKg: 6800 }, 80, 90)).toBe(false);
    expect(stops(rating('M50/P2'), { massKg: 6800 }, 80, 90, { maxPenetrationM: 7 })).toBe(true);
    expect(stops(rating('M50/P4'), { massKg: 6800 }, 80, 90, { maxPenetrationM: 1000 })).toBe(false);
    expect(stops(rating('M50/P4'), { massKg: 6800 }, 80, 90, { maxPenetrationM: Infinity })).toBe(true);
  });

  it('applies a speed margin and refuses nonsense input', () => {
    expect(stops(n3c48, car, 45, 90, { speedMarginKmh: 3 })).toBe(true);
    expect(stops(n3c48, car, 46, 90, { speedMarginKmh: 3 })).toBe(false);
    for (const [m, v, a] of [
      [Number.NaN, 30, 90],
      [1500, Number.NaN, 90],
      [1500, 30, Number.NaN],
      [1500, Infinity, 90],
      [-1, 30, 90],
      [1500, -5, 90],
    ] as const)
      expect(stops(n3c48, { massKg: m }, v, a)).toBe(false);
    expect(stops(n3c48, car, 30, 90, { angleToleranceDeg: Number.NaN })).toBe(false);
    expect(stops(n3c48, car, 30, 90, { maxPenetrationM: -1 })).toBe(false);
  });
});
