import { ScoreChange } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { withChange } from './scoreChanges.ts';

describe('withChange', () => {
  it('adds a change the contract accepts, in the order of the threat types', () => {
    let changes = withChange([], 'arson', 'impact', 1);
    changes = withChange(changes, 'firearms', 'likelihood', 1);
    expect(changes).toEqual([
      { threat: 'firearms', likelihood: 1 },
      { threat: 'arson', impact: 1 },
    ]);
    for (const c of changes) expect(ScoreChange.safeParse(c).success).toBe(true);
  });

  it('sets the other field of a threat already changed, and unsets one', () => {
    let changes = withChange([], 'vehicle-ramming', 'likelihood', 2);
    changes = withChange(changes, 'vehicle-ramming', 'impact', 4);
    expect(changes).toEqual([{ threat: 'vehicle-ramming', likelihood: 2, impact: 4 }]);
    changes = withChange(changes, 'vehicle-ramming', 'likelihood', null);
    expect(changes).toEqual([{ threat: 'vehicle-ramming', impact: 4 }]);
  });

  it('drops a change left with nothing in it', () => {
    const changes = withChange([{ threat: 'drone', impact: 2 }], 'drone', 'impact', null);
    expect(changes).toEqual([]);
  });
});
