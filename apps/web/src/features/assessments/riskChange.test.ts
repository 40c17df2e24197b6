import { describe, expect, it } from 'vitest';
import { riskMove } from './riskChange.ts';

const side = (likelihood: number, impact: number) => ({
  likelihood,
  impact,
  risk: likelihood * impact,
  band: 'high' as const,
});

describe('riskMove', () => {
  it('says up or down by how much', () => {
    expect(riskMove({ before: side(4, 5), after: side(2, 5), riskChange: -10 })).toEqual({
      kind: 'down',
      by: 10,
    });
    expect(riskMove({ before: side(2, 2), after: side(3, 2), riskChange: 2 })).toEqual({ kind: 'up', by: 2 });
    expect(riskMove({ before: side(3, 2), after: side(2, 3), riskChange: 0 })).toEqual({ kind: 'same' });
  });

  it('works the change out when the comparison does not give it', () => {
    expect(riskMove({ before: side(4, 5), after: side(4, 4), riskChange: null })).toEqual({
      kind: 'down',
      by: 4,
    });
  });

  it('tells a threat scored on one side only', () => {
    expect(riskMove({ before: null, after: side(1, 1), riskChange: null })).toEqual({ kind: 'newly-scored' });
    expect(riskMove({ before: side(1, 1), after: null, riskChange: null })).toEqual({
      kind: 'no-longer-scored',
    });
    expect(riskMove({ before: null, after: null, riskChange: null })).toEqual({ kind: 'unscored' });
  });
});
