import { describe, expect, it } from 'vitest';
import { ASTM_VEHICLES } from './astm-rating.ts';
import { formatRating } from './format-rating.ts';
import { parseRating } from './parse-rating.ts';
import {
  ASTM_PENETRATION_BANDS,
  FOUNDATION_CLASSES,
  type ImpactTestStandard,
  type Rating,
} from './rating.ts';
import { pick, prng } from './test-random.ts';

const IMPACT: readonly ImpactTestStandard[] = ['IWA 14-1', 'ISO 22343-1', 'PAS 68', 'PAS 170'];
const CLASSES = ['M1', 'N1G', 'N1', 'N2A', 'N2B', 'N3', 'N3C', 'N3D', 'N3E', 'N3F'];
const round = (x: number, decimals: number): number => Number(x.toFixed(decimals));

function randomRating(rnd: () => number): Rating {
  if (rnd() < 0.25) {
    const code = pick(rnd, Object.keys(ASTM_VEHICLES));
    const vehicle = ASTM_VEHICLES[code];
    if (!vehicle) throw new Error(code);
    const r = parseRating(`${code}${pick(rnd, vehicle.speedsMph)}/${pick(rnd, ASTM_PENETRATION_BANDS)}`);
    if (!r.ok) throw new Error(r.error.message);
    return rnd() < 0.3 ? { ...r.value, edition: pick(rnd, ['07', '15', '20']) } : r.value;
  }
  return {
    standard: pick(rnd, IMPACT),
    ...(rnd() < 0.3 ? { edition: String(2000 + Math.floor(rnd() * 30)) } : {}),
    massKg: 500 + Math.floor(rnd() * 79_500),
    vehicleClass: pick(rnd, CLASSES),
    speedKmh: round(0.1 + rnd() * 149.9, Math.floor(rnd() * 3)),
    angleDeg: round(1 + rnd() * 89, Math.floor(rnd() * 2)),
    penetrationM: round(rnd() * 100, Math.floor(rnd() * 4)),
    ...(rnd() < 0.4 ? { dispersionM: round(rnd() * 500, 1) } : {}),
    ...(rnd() < 0.3 ? { foundation: pick(rnd, FOUNDATION_CLASSES) } : {}),
  };
}

const JUNK = [
  'V',
  '/',
  '[',
  ']',
  '(',
  ')',
  ':',
  '.',
  ',',
  '-',
  ' ',
  '0',
  '7',
  '9',
  'N',
  'M',
  'P',
  'C',
  'é',
  '💥',
  '\u0000',
  'IWA 14-1',
  'PAS 68',
  'ASTM',
  'e',
  'x',
];

describe('rating strings on generated input', () => {
  it('every generated rating prints to a string that parses back to it', () => {
    const rnd = prng(1);
    for (let i = 0; i < 2000; i++) {
      const rating = randomRating(rnd);
      const text = formatRating(rating);
      const back = parseRating(text);
      expect(back.ok ? back.value : back.error, text).toEqual(rating);
    }
  });

  it('random junk and mutated ratings never throw, and any accepted string is canonical after one print', () => {
    const rnd = prng(2);
    for (let i = 0; i < 5000; i++) {
      let text: string;
      if (rnd() < 0.5) {
        text = Array.from({ length: Math.floor(rnd() * 40) }, () => pick(rnd, JUNK)).join('');
      } else {
        const chars = [...formatRating(randomRating(rnd))];
        const at = Math.floor(rnd() * chars.length);
        if (rnd() < 0.5) chars.splice(at, 1);
        else chars.splice(at, 0, pick(rnd, JUNK));
        text = chars.join('');
      }
      const r = parseRating(text);
      if (!r.ok) {
        expect(r.error.message.length).toBeGreaterThan(0);
        continue;
      }
      const canonical = formatRating(r.value);
      expect(parseRating(canonical)).toEqual({ ok: true, value: r.value });
    }
  });
});
