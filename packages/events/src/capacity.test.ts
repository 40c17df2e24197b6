import { describe, expect, it } from 'vitest';
import { capacity, exitFlowPerMin, largestExitIndex, round2, wholePeople, type Flows } from './capacity.ts';

const GREEN: Flows = { level: 82, ramp: 82, stairs: 66 };

describe('capacity', () => {
  it('works the example by hand', () => {
    // holding: (10 000 − 500) × 2 = 19 000
    // exits: 3 × 82 + 3 × 82 + 2 × 66 = 246 + 246 + 132 = 624 /min; × 8 = 4 992
    // without one 3 m exit: 246 + 132 = 378 /min; × 8 = 3 024
    // safe: min(19 000, 3 024) = 3 024; egress at holding: 19 000 ÷ 624 = 30.448… → 30.45
    expect(
      capacity({
        areaM2: 10_000,
        structuresM2: 500,
        densityPerM2: 2,
        exits: [
          { widthM: 3, kind: 'level' },
          { widthM: 3, kind: 'level' },
          { widthM: 2, kind: 'stairs' },
        ],
        egressMinutes: 8,
        flowPerMPerMin: GREEN,
      }),
    ).toEqual({
      holdingCapacity: 19_000,
      exitCapacity: 4_992,
      exitCapacityWithoutLargest: 3_024,
      safeCapacity: 3_024,
      egressMinutesAtHolding: 30.45,
    });
  });

  it('takes the holding capacity when the exits hold more', () => {
    // holding: (1 000 − 0) × 2 = 2 000; exits: (5 + 5) × 82 × 8 = 6 560, without one 5 × 82 × 8 = 3 280
    // egress at holding: 2 000 ÷ 820 = 2.439… → 2.44
    const r = capacity({
      areaM2: 1_000,
      structuresM2: 0,
      densityPerM2: 2,
      exits: [
        { widthM: 5, kind: 'level' },
        { widthM: 5, kind: 'ramp' },
      ],
      egressMinutes: 8,
      flowPerMPerMin: GREEN,
    });
    expect(r).toEqual({
      holdingCapacity: 2_000,
      exitCapacity: 6_560,
      exitCapacityWithoutLargest: 3_280,
      safeCapacity: 2_000,
      egressMinutesAtHolding: 2.44,
    });
  });

  it('rounds people down', () => {
    // (1 000.7 − 0) × 2 = 2 001.4 → 2 001; 1.1 m × 66 × 5 = 363 (not 363.000…06 → 363);
    // 1.3 m stairs × 66 × 5 = 429; the 1.3 m exit is the widest: without it 363
    const r = capacity({
      areaM2: 1_000.7,
      structuresM2: 0,
      densityPerM2: 2,
      exits: [
        { widthM: 1.1, kind: 'stairs' },
        { widthM: 1.3, kind: 'stairs' },
      ],
      egressMinutes: 5,
      flowPerMPerMin: GREEN,
    });
    expect(r.holdingCapacity).toBe(2_001);
    expect(r.exitCapacity).toBe(792); // (1.1 + 1.3) × 66 × 5 = 792
    expect(r.exitCapacityWithoutLargest).toBe(363);
  });

  it('is not fooled by floating point: 1.2 m × 82 /m/min × 10 min is 984 people', () => {
    expect(1.2 * 82 * 10).toBeLessThan(984);
    const r = capacity({
      areaM2: 100,
      structuresM2: 0,
      densityPerM2: 2,
      exits: [{ widthM: 1.2, kind: 'level' }],
      egressMinutes: 10,
      flowPerMPerMin: GREEN,
    });
    expect(r.exitCapacity).toBe(984);
  });

  it('has no exit capacity and no egress time without an exit', () => {
    expect(
      capacity({
        areaM2: 500,
        structuresM2: 0,
        densityPerM2: 2,
        exits: [],
        egressMinutes: 8,
        flowPerMPerMin: GREEN,
      }),
    ).toEqual({
      holdingCapacity: 1_000,
      exitCapacity: 0,
      exitCapacityWithoutLargest: 0,
      safeCapacity: 0,
      egressMinutesAtHolding: null,
    });
  });

  it('gives a safe capacity of 0 with a single exit: it may be the one that is lost', () => {
    // 4 × 82 × 8 = 2 624 with it, 0 without; egress at holding 1 000 ÷ 328 = 3.048… → 3.05
    const r = capacity({
      areaM2: 500,
      structuresM2: 0,
      densityPerM2: 2,
      exits: [{ widthM: 4, kind: 'level' }],
      egressMinutes: 8,
      flowPerMPerMin: GREEN,
    });
    expect(r).toEqual({
      holdingCapacity: 1_000,
      exitCapacity: 2_624,
      exitCapacityWithoutLargest: 0,
      safeCapacity: 0,
      egressMinutesAtHolding: 3.05,
    });
  });

  it('holds nobody when the structures take the whole area', () => {
    const r = capacity({
      areaM2: 100,
      structuresM2: 150,
      densityPerM2: 2,
      exits: [{ widthM: 2, kind: 'level' }],
      egressMinutes: 8,
      flowPerMPerMin: GREEN,
    });
    expect(r.holdingCapacity).toBe(0);
    expect(r.egressMinutesAtHolding).toBe(0);
  });

  it('takes away the exit of the highest flow among equally wide ones', () => {
    // 2 × 66 + 2 × 82 + 1 × 82 = 132 + 164 + 82 = 378 /min; × 8 = 3 024
    // the level 2 m exit goes: 132 + 82 = 214; × 8 = 1 712 (taking the stairs would leave 246 → 1 968)
    const exits = [
      { widthM: 2, kind: 'stairs' as const },
      { widthM: 2, kind: 'level' as const },
      { widthM: 1, kind: 'level' as const },
    ];
    expect(largestExitIndex(exits, GREEN)).toBe(1);
    const r = capacity({
      areaM2: 10_000,
      structuresM2: 0,
      densityPerM2: 2,
      exits,
      egressMinutes: 8,
      flowPerMPerMin: GREEN,
    });
    expect(r.exitCapacity).toBe(3_024);
    expect(r.exitCapacityWithoutLargest).toBe(1_712);
  });

  it('takes away only one of several exits alike', () => {
    // 3 × 2 m level: 3 × 164 = 492 /min × 8 = 3 936; without one: 328 × 8 = 2 624
    const exits = [
      { widthM: 2, kind: 'level' as const },
      { widthM: 2, kind: 'level' as const },
      { widthM: 2, kind: 'level' as const },
    ];
    expect(largestExitIndex(exits, GREEN)).toBe(0);
    const r = capacity({
      areaM2: 10_000,
      structuresM2: 0,
      densityPerM2: 2,
      exits,
      egressMinutes: 8,
      flowPerMPerMin: GREEN,
    });
    expect([r.exitCapacity, r.exitCapacityWithoutLargest]).toEqual([3_936, 2_624]);
  });

  it('uses the flows given', () => {
    // 2 m stairs at 56 and 2 m level at 72: 112 + 144 = 256 /min; × 6 = 1 536; without the level one 112 × 6 = 672
    const r = capacity({
      areaM2: 10_000,
      structuresM2: 0,
      densityPerM2: 2,
      exits: [
        { widthM: 2, kind: 'stairs' },
        { widthM: 2, kind: 'level' },
      ],
      egressMinutes: 6,
      flowPerMPerMin: { level: 72, ramp: 72, stairs: 56 },
    });
    expect([r.exitCapacity, r.exitCapacityWithoutLargest]).toEqual([1_536, 672]);
    expect(exitFlowPerMin({ widthM: 2.5, kind: 'ramp' }, GREEN)).toBe(205);
  });
});

describe('wholePeople and round2', () => {
  it('rounds people down, never below 0, and numbers to 2 decimals', () => {
    expect(wholePeople(983.9999999999999)).toBe(984);
    expect(wholePeople(983.99)).toBe(983);
    expect(wholePeople(-5)).toBe(0);
    expect(wholePeople(Number.NaN)).toBe(0);
    expect(wholePeople(Infinity)).toBe(0);
    expect(round2(30.448717)).toBe(30.45);
    expect(round2(2)).toBe(2);
  });
});
