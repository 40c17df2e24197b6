import type { PlanFeature } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { planPartsOf, planProblems } from './planParts.ts';

const point: PlanFeature = {
  id: 'point-1',
  name: 'First aid',
  type: 'point',
  kind: 'medical',
  at: [11.576, 48.1375],
  staff: 2,
};

describe('the parts of the plan the map editor saves', () => {
  it('are the features, the expected peak, the reduced flows and the written sections of the plan', () => {
    const plan = { features: [point], expectedPeak: 900, reducedFlows: true, sections: { outline: 'x' } };
    expect(planPartsOf({ plan } as never)).toEqual({
      features: [point],
      expectedPeak: 900,
      reducedFlows: true,
      sections: { outline: 'x' },
    });
  });

  it('are sent only as the contract takes them, each feature with an id of its own', () => {
    expect(planProblems({ features: [point], expectedPeak: 900, reducedFlows: false, sections: {} })).toEqual(
      [],
    );
    expect(
      planProblems({ features: [point], expectedPeak: 1.5, reducedFlows: false, sections: {} }).map(
        (p) => p.path,
      ),
    ).toEqual(['expectedPeak']);
    expect(
      planProblems({
        features: [{ ...point, staff: -1 }],
        expectedPeak: 0,
        reducedFlows: false,
        sections: {},
      }).map((p) => p.path),
    ).toEqual(['features.0.staff']);
    expect(
      planProblems({
        features: [point, { ...point, name: 'Other' }],
        expectedPeak: 0,
        reducedFlows: false,
        sections: {},
      }),
    ).toEqual([{ path: 'features.1.id', message: '"point-1" is used twice' }]);
  });
});
