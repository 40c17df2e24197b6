import type { EventCalculations } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { testProfile } from './testProfile.ts';
import { isWarningCode, warningFacts } from './warningFacts.ts';

const { constants } = testProfile;
const figure = (key: string, value: number | null, unit: string) => ({
  key,
  value,
  unit,
  formula: '',
  source: '',
});
const calculations: EventCalculations = {
  figures: [
    figure('holdingCapacity', 18_184, 'persons'),
    figure('safeCapacity', 9_000, 'persons'),
    figure('egressMinutes', 9.4, 'min'),
    figure('peakDensity', 2.2, 'persons/m²'),
  ],
  routes: [{ id: 'route-1', name: 'Kaufingerstraße', flowPerMPerMin: 70, level: 'E', formula: '' }],
  warnings: [],
};

describe('the facts of a warning', () => {
  const plan = {
    expectedPeak: 12_000,
    features: [
      {
        id: 'exit-2',
        name: '',
        type: 'exit' as const,
        line: [
          [0, 0],
          [0, 0.00001],
        ] as [[number, number], [number, number]],
        widthM: 0.9,
        kind: 'level' as const,
        entry: true,
      },
    ],
  };

  it('names the feature it is about and gives the numbers it compares', () => {
    const narrow = warningFacts(
      { code: 'exit-too-narrow', featureId: 'exit-2', message: '' },
      plan,
      calculations,
      constants,
    );
    expect(narrow).toMatchObject({ name: 'exit-2', widthM: 0.9, minWidthM: 1.05 });
    const peak = warningFacts(
      { code: 'peak-above-safe-capacity', featureId: null, message: '' },
      plan,
      calculations,
      constants,
    );
    expect(peak).toMatchObject({
      name: '',
      peak: 12_000,
      holding: 18_184,
      safe: 9_000,
      egressMinutes: 9.4,
      limitMinutes: 8,
      density: 2.2,
    });
    const route = warningFacts(
      { code: 'route-level-e-or-f', featureId: 'route-1', message: '' },
      plan,
      calculations,
      constants,
    );
    expect(route).toMatchObject({ name: 'route-1', flow: 70, level: 'E' });
  });

  it('knows the codes it words', () => {
    expect(isWarningCode('egress-over-limit')).toBe(true);
    expect(isWarningCode('something-new')).toBe(false);
  });
});
