import { describe, expect, it } from 'vitest';
import { calculateEvent } from './calculate.ts';
import { GREEN_GUIDE, GREEN_GUIDE_SOURCES } from './profile.ts';
import { NICE, offset, plan, promenadePlan, rect } from './test-plan.ts';
import { figureValue, WARNING_CODES } from './warnings.ts';

const warningsOf = (p: ReturnType<typeof plan>, constants = GREEN_GUIDE) =>
  calculateEvent(p, constants, GREEN_GUIDE_SOURCES).warnings;

describe('the warnings of a plan', () => {
  it('finds what the Promenade plan gets wrong, in the order of the codes', () => {
    // Side door 0.9 m < 1.05 m; 12 000 > safe 2 579; egress 21.11 min > 8; the Promenade at 70 /m/min is E.
    // 12 000 ≤ holding 18 184 and 1.32 /m² ≤ 2: no warning for those.
    expect(warningsOf(promenadePlan())).toEqual([
      {
        code: 'exit-too-narrow',
        featureId: 'side',
        message: 'Exit Side door is 0.9 m wide, under the minimum of 1.05 m: it is not counted.',
      },
      {
        code: 'peak-above-safe-capacity',
        featureId: null,
        message: 'The expected peak of 12,000 is above the safe capacity of 2,579.',
      },
      {
        code: 'egress-over-limit',
        featureId: null,
        message: 'The expected peak takes 21.11 min to leave, over the 8 min allowed.',
      },
      {
        code: 'route-level-e-or-f',
        featureId: 'prom',
        message: 'Route Promenade carries 70 persons per metre per minute: level of service E.',
      },
    ]);
  });

  it('says when there is no audience zone and no exit', () => {
    expect(warningsOf(plan({})).map((w) => w.code)).toEqual(['no-audience-zone', 'no-exit']);
  });

  it('says when the peak is above the holding capacity and denser than the planning density', () => {
    // usable 9 092 m², holding 18 184: a peak of 20 000 is above both, at 20 000 ÷ 9 092 = 2.2 /m²
    const codes = warningsOf(promenadePlan({ expectedPeak: 20_000 })).map((w) => w.code);
    expect(codes).toEqual([
      'exit-too-narrow',
      'peak-above-holding',
      'peak-above-safe-capacity',
      'egress-over-limit',
      'peak-density-over-planning',
      'route-level-e-or-f',
    ]);
    const density = warningsOf(promenadePlan({ expectedPeak: 20_000 })).find(
      (w) => w.code === 'peak-density-over-planning',
    );
    expect(density?.message).toBe(
      'The expected peak stands at 2.2 persons/m², over the planning density of 2 persons/m².',
    );
  });

  it('is quiet about the peak when there is none, and at the limits themselves', () => {
    expect(warningsOf(promenadePlan({ expectedPeak: 0 })).map((w) => w.code)).toEqual([
      'exit-too-narrow',
      'route-level-e-or-f',
    ]);
    // A 100 m × 50 m field (holding 10 000) with ten 5 m level exits: 10 × 410 = 4 100 /min; without one
    // 9 × 410 × 8 = 29 520, so the safe capacity is 10 000. A peak of 10 000 is the holding capacity,
    // 10 000 ÷ 5 000 m² = 2 /m² the planning density, 10 000 ÷ 4 100 = 2.44 min under 8: nothing to say.
    const exits = Array.from({ length: 10 }, (_, i) => ({
      id: `e${i}`,
      name: '',
      type: 'exit' as const,
      line: [NICE, offset(NICE, 5, 0)] as [[number, number], [number, number]],
      widthM: 5,
    }));
    const field = plan({
      expectedPeak: 10_000,
      features: [{ id: 'f', name: 'Field', type: 'zone', polygon: rect(NICE, 100, 50) }, ...exits],
    });
    expect(warningsOf(field)).toEqual([]);
  });

  it('counts exits whatever their entry flag, and names a route of level F', () => {
    const p = plan({
      features: [
        { id: 'f', name: 'Field', type: 'zone', polygon: rect(NICE, 50, 50) },
        {
          id: 'out',
          name: 'Way out',
          type: 'exit',
          line: [NICE, offset(NICE, 3, 0)],
          widthM: 3,
          entry: false,
        },
        {
          id: 'jam',
          name: '',
          type: 'route',
          path: [NICE, offset(NICE, 0, 100)],
          widthM: 4,
          flowPerMin: 400,
        },
      ],
    });
    // 400 ÷ 4 = 100 /m/min: F
    expect(warningsOf(p)).toEqual([
      {
        code: 'route-level-e-or-f',
        featureId: 'jam',
        message: 'Route jam carries 100 persons per metre per minute: level of service F.',
      },
    ]);
  });

  it('has stable codes', () => {
    expect(WARNING_CODES).toEqual([
      'no-audience-zone',
      'no-exit',
      'exit-too-narrow',
      'peak-above-holding',
      'peak-above-safe-capacity',
      'egress-over-limit',
      'peak-density-over-planning',
      'route-level-e-or-f',
    ]);
    expect(figureValue([{ key: 'a', value: 3, unit: '', formula: '', source: '' }], 'a')).toBe(3);
    expect(figureValue([], 'a')).toBeNull();
  });
});
