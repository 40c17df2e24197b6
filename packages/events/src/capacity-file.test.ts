import { describe, expect, it } from 'vitest';
import { capacity } from './capacity.ts';
import { checkCapacityFile, readCapacityFile, type CapacityFileResult } from './capacity-file.ts';
import { GREEN_GUIDE } from './profile.ts';

const GREEN_FLOWS = { level: 82, ramp: 82, stairs: 66 };

/** The error of a refused file, as `path: message`. */
function errorOf(r: CapacityFileResult): string {
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(r.value)}`);
  return r.error.path === '' ? r.error.message : `${r.error.path}: ${r.error.message}`;
}

const read = (value: unknown): CapacityFileResult => readCapacityFile(JSON.stringify(value));

describe('readCapacityFile', () => {
  it('reads a whole file', () => {
    const r = read({
      areaM2: 9_402,
      structuresM2: 310,
      densityPerM2: 2,
      exits: [
        { widthM: 3, kind: 'level' },
        { widthM: 2.4, kind: 'stairs' },
        { widthM: 2, kind: 'ramp' },
      ],
      egressMinutes: 8,
    });
    expect(r).toEqual({
      ok: true,
      value: {
        areaM2: 9_402,
        structuresM2: 310,
        densityPerM2: 2,
        exits: [
          { widthM: 3, kind: 'level' },
          { widthM: 2.4, kind: 'stairs' },
          { widthM: 2, kind: 'ramp' },
        ],
        egressMinutes: 8,
        flowPerMPerMin: GREEN_FLOWS,
      },
    });
    // (9 402 − 310) × 2 = 18 184; (246 + 158.4 + 164) × 8 = 4 547; without 3 m: 322.4 × 8 = 2 579
    if (r.ok)
      expect(capacity(r.value)).toEqual({
        holdingCapacity: 18_184,
        exitCapacity: 4_547,
        exitCapacityWithoutLargest: 2_579,
        safeCapacity: 2_579,
        egressMinutesAtHolding: 31.99,
      });
  });

  it('puts in the profile’s defaults for what is left out', () => {
    expect(read({ areaM2: 500, exits: [{ widthM: 2 }] })).toEqual({
      ok: true,
      value: {
        areaM2: 500,
        structuresM2: 0,
        densityPerM2: 2,
        exits: [{ widthM: 2, kind: 'level' }],
        egressMinutes: 8,
        flowPerMPerMin: GREEN_FLOWS,
      },
    });
    const other = { ...GREEN_GUIDE, planningDensity: 1.5, egressMinutes: 6, flowStairs: 60 };
    const r = readCapacityFile('{"areaM2": 500, "exits": []}', other);
    expect(r.ok && r.value).toMatchObject({
      densityPerM2: 1.5,
      egressMinutes: 6,
      flowPerMPerMin: { level: 82, ramp: 82, stairs: 60 },
    });
  });

  it('overrides each flow on its own', () => {
    const r = read({ areaM2: 500, exits: [], flowPerMPerMin: { level: 72, stairs: 56 } });
    expect(r.ok && r.value.flowPerMPerMin).toEqual({ level: 72, ramp: 82, stairs: 56 });
  });

  it('refuses what is not a capacity file, naming the field', () => {
    const base = { areaM2: 500, exits: [{ widthM: 2 }] };
    const cases: [unknown, string][] = [
      [
        { ...base, exits: [{ widthM: 2 }, { widthM: 3 }, { widthM: -1 }] },
        'exits[2].widthM: must be a positive number',
      ],
      [{ ...base, exits: [{ widthM: '3' }] }, 'exits[0].widthM: must be a positive number'],
      [{ ...base, exits: [{ kind: 'level' }] }, 'exits[0].widthM: is required'],
      [{ ...base, exits: [{ widthM: 101 }] }, 'exits[0].widthM: must be at most 100'],
      [
        { ...base, exits: [{ widthM: 2, kind: 'lift' }] },
        'exits[0].kind: must be one of level, ramp, stairs',
      ],
      [
        { ...base, exits: [{ widthM: 2, width: 3 }] },
        'exits[0].width: unknown field (expected widthM, kind)',
      ],
      [{ ...base, exits: ['wide'] }, 'exits[0]: must be an object {"widthM", "kind"?}'],
      [{ ...base, exits: { widthM: 2 } }, 'exits: must be a list of exits [{"widthM", "kind"?}…]'],
      [{ areaM2: 500 }, 'exits: is required'],
      [{ exits: [] }, 'areaM2: is required'],
      [{ ...base, areaM2: 0 }, 'areaM2: must be a positive number'],
      [{ ...base, areaM2: 1e9 }, 'areaM2: must be at most 100000000'],
      [{ ...base, structuresM2: -1 }, 'structuresM2: must be a number of 0 or more'],
      [{ ...base, structuresM2: 600 }, 'structuresM2: must not be larger than areaM2 (500)'],
      [{ ...base, densityPerM2: 11 }, 'densityPerM2: must be at most 10'],
      [{ ...base, densityPerM2: null }, 'densityPerM2: must be a positive number'],
      [{ ...base, egressMinutes: 0 }, 'egressMinutes: must be a positive number'],
      [{ ...base, flowPerMPerMin: [] }, 'flowPerMPerMin: must be an object {"level"?, "ramp"?, "stairs"?}'],
      [
        { ...base, flowPerMPerMin: { lift: 3 } },
        'flowPerMPerMin.lift: unknown field (expected level, ramp, stairs)',
      ],
      [{ ...base, flowPerMPerMin: { stairs: 0 } }, 'flowPerMPerMin.stairs: must be a positive number'],
      [
        { ...base, areaM: 500 },
        'areaM: unknown field (expected areaM2, structuresM2, densityPerM2, exits, egressMinutes, flowPerMPerMin)',
      ],
      [
        { ...base, 'exit width': 2 },
        '["exit width"]: unknown field (expected areaM2, structuresM2, densityPerM2, exits, egressMinutes, flowPerMPerMin)',
      ],
    ];
    for (const [input, error] of cases) expect(errorOf(read(input)), JSON.stringify(input)).toBe(error);
  });

  it('refuses text that is not JSON, and JSON that is no object', () => {
    expect(errorOf(readCapacityFile('{"areaM2": '))).toMatch(/^not valid JSON: /);
    expect(errorOf(readCapacityFile(''))).toMatch(/^not valid JSON: /);
    for (const text of ['[]', 'null', '3', '"areaM2"'])
      expect(errorOf(readCapacityFile(text))).toMatch(/^expected a JSON object \{"areaM2"/);
  });

  it('refuses more than 300 exits before reading them', () => {
    const exits = Array.from({ length: 100_000 }, () => 'x');
    expect(errorOf(read({ areaM2: 500, exits }))).toBe('exits: at most 300 exits (got 100000)');
  });

  it('refuses keys that would reach the prototype', () => {
    expect(errorOf(readCapacityFile('{"areaM2": 500, "exits": [], "__proto__": {"densityPerM2": 9}}'))).toBe(
      '__proto__: unknown field (expected areaM2, structuresM2, densityPerM2, exits, egressMinutes, flowPerMPerMin)',
    );
    expect(errorOf(checkCapacityFile(Object.create({ areaM2: 500, exits: [] }) as unknown))).toBe(
      'areaM2: is required',
    );
  });
});
