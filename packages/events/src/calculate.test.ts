import { EventCalculations } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { calculateEvent, FIGURE_KEYS, sourceOf } from './calculate.ts';
import { GREEN_GUIDE, GREEN_GUIDE_SOURCES, REDUCED_FLOWS_SOURCE } from './profile.ts';
import { NICE, offset, plan, promenadePlan, rect } from './test-plan.ts';

const GUIDE = 'Green Guide (Guide to Safety at Sports Grounds, 6th ed.)';

function figuresOf(
  calculations: EventCalculations,
): Record<string, { value: number | null; formula: string; unit: string; source: string }> {
  return Object.fromEntries(calculations.figures.map((f) => [f.key, f]));
}

describe('calculateEvent on the Promenade plan', () => {
  const calculations = calculateEvent(promenadePlan(), GREEN_GUIDE, GREEN_GUIDE_SOURCES);
  const f = figuresOf(calculations);

  it('answers the contract, its figures in the stable order', () => {
    expect(EventCalculations.parse(calculations)).toEqual(calculations);
    expect(calculations.figures.map((x) => x.key)).toEqual([...FIGURE_KEYS]);
    for (const x of calculations.figures)
      expect(Object.keys(x)).toEqual(['key', 'value', 'unit', 'formula', 'source']);
  });

  it('measures the areas: audience zones, structures, no-view zones, and what is left', () => {
    // beach 100 × 60 − 10 × 10 = 5 900, gardens 34 × 103 = 3 502: 9 402; stage 20 × 12 = 240, tent 10 × 7 = 70: 310
    expect(f.grossAreaM2).toMatchObject({
      value: 9_402,
      unit: 'm²',
      formula: 'Σ audience zones: 5,900 m² + 3,502 m² = 9,402 m²',
    });
    expect(f.structuresM2).toMatchObject({ value: 310, formula: 'Σ structures: 240 m² + 70 m² = 310 m²' });
    expect(f.noViewM2).toMatchObject({ value: 0, formula: 'no no-view zone: 0 m²' });
    expect(f.usableAreaM2).toMatchObject({ value: 9_092, formula: '9,402 m² − 310 m² − 0 m² = 9,092 m²' });
  });

  it('works the capacities by hand', () => {
    // holding: (9 402 − 310 − 0) × 2 = 18 184
    expect(f.holdingCapacity).toEqual({
      key: 'holdingCapacity',
      value: 18_184,
      unit: 'persons',
      formula: '(9,402 m² − 310 m² − 0 m²) × 2 /m² = 18,184',
      source: 'UK HSG195 (The event safety guide): planning density',
    });
    // exits counted: North 3 m level 246, South 2 m ramp 164 (exit only: counted all the same), East 2.4 m
    // stairs 158.4: 568.4 /min; × 8 = 4 547.2 → 4 547. Side door 0.9 m < 1.05 m: not counted.
    expect(f.exitCapacity).toMatchObject({
      value: 4_547,
      formula:
        '(3 m level × 82 /m/min + 2 m ramp × 82 /m/min + 2.4 m stairs × 66 /m/min) × 8 min = 4,547 (1 exit under 1.05 m not counted)',
      source: `${GUIDE}: level exit flow, ramp flow, stair flow, egress time; UK guidance: minimum exit width`,
    });
    // without North gate, the widest: 164 + 158.4 = 322.4 /min; × 8 = 2 579.2 → 2 579
    expect(f.exitCapacityWithoutLargest).toMatchObject({
      value: 2_579,
      formula: 'without North gate (3 m): (2 m ramp × 82 /m/min + 2.4 m stairs × 66 /m/min) × 8 min = 2,579',
    });
    expect(f.safeCapacity).toMatchObject({
      value: 2_579,
      formula: 'lower of 18,184 (holding) and 2,579 (exits without the largest) = 2,579',
    });
  });

  it('works the times and the density by hand', () => {
    // ingress: 12 000 ÷ ((6 + 4) lanes × 10 /lane/min) = 120 min
    expect(f.ingressMinutes).toMatchObject({
      value: 120,
      unit: 'min',
      formula: '12,000 ÷ (10 lanes × 10 /lane/min) = 120 min',
    });
    expect(f.ingressMinutes?.source).toMatch(/^Planning default for a bag search/);
    // egress: 12 000 ÷ 568.4 = 21.111… → 21.11; at holding: 18 184 ÷ 568.4 = 31.991… → 31.99
    expect(f.egressMinutes).toMatchObject({
      value: 21.11,
      formula:
        '12,000 ÷ (3 m level × 82 /m/min + 2 m ramp × 82 /m/min + 2.4 m stairs × 66 /m/min) = 21.11 min',
    });
    expect(f.egressMinutesAtHolding).toMatchObject({ value: 31.99 });
    expect(f.egressMinutesAtHolding?.formula).toMatch(/^18,184 ÷ \(.*\) = 31\.99 min$/);
    // density: 12 000 ÷ 9 092 = 1.319… → 1.32
    expect(f.peakDensity).toMatchObject({
      value: 1.32,
      unit: 'persons/m²',
      formula: '12,000 ÷ 9,092 m² = 1.32 /m²',
    });
  });

  it('gives each route its flow per metre and its level of service', () => {
    expect(calculations.routes).toEqual([
      {
        id: 'prom',
        name: 'Promenade',
        flowPerMPerMin: 70,
        level: 'E',
        formula: '700 /min ÷ 10 m = 70 /m/min (level E)',
      },
      {
        id: 'rue',
        name: 'Rue de France',
        flowPerMPerMin: 20,
        level: 'A',
        formula: '300 /min ÷ 15 m = 20 /m/min (level A)',
      },
    ]);
  });
});

describe('calculateEvent with other plans', () => {
  it('takes the no-view zones off the usable area', () => {
    const base = promenadePlan();
    const p = {
      ...base,
      features: [
        ...base.features,
        {
          id: 'behind',
          name: 'Behind the stage',
          type: 'zone' as const,
          use: 'no-view' as const,
          polygon: rect(offset(NICE, 0, -100), 15, 10),
        },
      ],
    };
    const f = figuresOf(calculateEvent(p, GREEN_GUIDE, GREEN_GUIDE_SOURCES));
    // (9 402 − 310 − 150) × 2 = 17 884
    expect(f.noViewM2).toMatchObject({ value: 150, formula: 'Σ no-view zones: 150 m² = 150 m²' });
    expect(f.usableAreaM2?.value).toBe(8_942);
    expect(f.holdingCapacity).toMatchObject({
      value: 17_884,
      formula: '(9,402 m² − 310 m² − 150 m²) × 2 /m² = 17,884',
    });
  });

  it('lowers the flows for an audience that has drunk or is older, naming the guidance', () => {
    const f = figuresOf(
      calculateEvent(promenadePlan({ reducedFlows: true }), GREEN_GUIDE, GREEN_GUIDE_SOURCES),
    );
    // 3 × 72 + 2 × 72 + 2.4 × 56 = 216 + 144 + 134.4 = 494.4 /min; × 8 = 3 955.2 → 3 955
    // without North gate: 278.4 × 8 = 2 227.2 → 2 227
    expect(f.exitCapacity).toMatchObject({ value: 3_955 });
    expect(f.exitCapacity?.formula).toMatch(
      /^\(3 m level × 72 \/m\/min \+ 2 m ramp × 72 \/m\/min \+ 2\.4 m stairs × 56 \/m\/min\)/,
    );
    expect(f.exitCapacity?.source).toBe(
      `${REDUCED_FLOWS_SOURCE}: level exit flow, ramp flow, stair flow; ${GUIDE}: egress time; UK guidance: minimum exit width`,
    );
    expect(f.exitCapacityWithoutLargest?.value).toBe(2_227);
    // reduced constants given to it already: the same figures
    expect(
      calculateEvent(
        promenadePlan({ reducedFlows: true }),
        { ...GREEN_GUIDE, flowLevel: 72, flowRamp: 72, flowStairs: 56 },
        GREEN_GUIDE_SOURCES,
      ).figures.map((x) => x.value),
    ).toEqual(Object.values(f).map((x) => x.value));
  });

  it('follows another jurisdiction’s profile and says when it names no source', () => {
    const profile = { ...GREEN_GUIDE, planningDensity: 1.5, egressMinutes: 6, minExitWidthM: 0.8 };
    const f = figuresOf(
      calculateEvent(promenadePlan(), profile, { planningDensity: 'Circulaire du 24 mars' }),
    );
    // (9 402 − 310) × 1.5 = 13 638; the 0.9 m side door now counts: 568.4 + 0.9 × 82 = 642.2 /min; × 6 = 3 853.2 → 3 853
    expect(f.holdingCapacity).toMatchObject({
      value: 13_638,
      source: 'Circulaire du 24 mars: planning density',
    });
    expect(f.exitCapacity).toMatchObject({
      value: 3_853,
      source: 'no source given: level exit flow, ramp flow, stair flow, egress time, minimum exit width',
    });
    expect(f.exitCapacity?.formula).toBe(
      '(3.9 m level × 82 /m/min + 2 m ramp × 82 /m/min + 2.4 m stairs × 66 /m/min) × 6 min = 3,853',
    );
  });

  it('leaves the figures of the peak empty without one, and those of the exits without an exit', () => {
    const f = figuresOf(calculateEvent(promenadePlan({ expectedPeak: 0 }), GREEN_GUIDE, GREEN_GUIDE_SOURCES));
    for (const key of ['ingressMinutes', 'egressMinutes', 'peakDensity'])
      expect(f[key]).toMatchObject({ value: null, formula: 'no expected peak' });
    expect(f.egressMinutesAtHolding?.value).toBe(31.99);

    const bare = plan({
      expectedPeak: 500,
      features: [{ id: 'z', name: 'Field', type: 'zone', polygon: rect(NICE, 20, 10) }],
    });
    const g = figuresOf(calculateEvent(bare, GREEN_GUIDE, GREEN_GUIDE_SOURCES));
    expect(g.holdingCapacity?.value).toBe(400);
    expect(g.exitCapacity).toMatchObject({ value: 0, formula: 'no exit counted: 0' });
    expect(g.exitCapacityWithoutLargest).toMatchObject({ value: 0, formula: 'no exit counted: 0' });
    expect(g.safeCapacity?.value).toBe(0);
    expect(g.ingressMinutes).toMatchObject({ value: null, formula: 'no screening point' });
    expect(g.egressMinutes).toMatchObject({ value: null, formula: 'no exit counted' });
    expect(g.egressMinutesAtHolding).toMatchObject({ value: null, formula: 'no exit counted' });
    // 500 ÷ 200 m² = 2.5
    expect(g.peakDensity?.value).toBe(2.5);
  });

  it('names the only exit it takes away, and leaves no density without usable area', () => {
    const p = plan({
      expectedPeak: 100,
      features: [
        { id: 'gate', name: '', type: 'exit', line: [NICE, offset(NICE, 3, 0)], widthM: 4 },
        {
          id: 'lane',
          name: 'Lane',
          type: 'exit',
          line: [NICE, offset(NICE, 3, 0)],
          widthM: 1,
          kind: 'stairs',
        },
      ],
    });
    const f = figuresOf(calculateEvent(p, { ...GREEN_GUIDE, minExitWidthM: 2 }, GREEN_GUIDE_SOURCES));
    expect(f.exitCapacityWithoutLargest).toMatchObject({
      value: 0,
      formula: 'without gate (4 m), the only exit counted: 0',
    });
    expect(f.exitCapacity?.formula).toBe(
      '(4 m level × 82 /m/min) × 8 min = 2,624 (1 exit under 2 m not counted)',
    );
    expect(f.peakDensity).toMatchObject({ value: null, formula: 'no usable area' });
    expect(f.grossAreaM2).toMatchObject({ value: 0, formula: 'no audience zone: 0 m²' });
  });

  it('writes out at most eight terms of a sum', () => {
    const zones = Array.from({ length: 11 }, (_, i) => ({
      id: `z${i}`,
      name: '',
      type: 'zone' as const,
      polygon: rect(offset(NICE, i * 50, 0), 10, 10),
    }));
    const f = figuresOf(calculateEvent(plan({ features: zones }), GREEN_GUIDE, GREEN_GUIDE_SOURCES));
    expect(f.grossAreaM2?.formula).toBe(
      `Σ audience zones: ${Array(8).fill('100 m²').join(' + ')} + 3 more = 1,100 m²`,
    );
  });
});

describe('sourceOf', () => {
  it('gives each source once with the constants it gives', () => {
    expect(sourceOf(['flowLevel', 'minExitWidthM', 'egressMinutes'], GREEN_GUIDE_SOURCES)).toBe(
      `${GUIDE}: level exit flow, egress time; UK guidance: minimum exit width`,
    );
    expect(sourceOf(['planningDensity'], { planningDensity: '  ' })).toBe(
      'no source given: planning density',
    );
    expect(sourceOf(['planningDensity'], JSON.parse('{"__proto__": "x"}') as Record<string, string>)).toBe(
      'no source given: planning density',
    );
  });
});
