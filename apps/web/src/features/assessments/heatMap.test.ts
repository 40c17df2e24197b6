import { describe, expect, it } from 'vitest';
import { heatRows } from './heatMap.ts';

const register = [
  { threat: 'vehicle-ramming', likelihood: 4, impact: 5 },
  { threat: 'firearms', likelihood: 2, impact: 5 },
  { threat: 'arson', likelihood: 3, impact: 2 },
  { threat: 'drone', likelihood: 2, impact: 5 },
] as const;

describe('heatRows', () => {
  const rows = heatRows(register);

  it('has five rows of five, likelihood 5 at the top and impact 1 on the left', () => {
    expect(rows.map((r) => r.length)).toEqual([5, 5, 5, 5, 5]);
    expect(rows.map((r) => r[0]?.likelihood)).toEqual([5, 4, 3, 2, 1]);
    expect(rows[0]?.map((c) => c.impact)).toEqual([1, 2, 3, 4, 5]);
  });

  it('puts each scored threat in its cell, two threats scored alike in one cell', () => {
    expect(rows[1]?.[4]).toEqual({
      likelihood: 4,
      impact: 5,
      risk: 20,
      band: 'very-high',
      threats: ['vehicle-ramming'],
    });
    expect(rows[3]?.[4]?.threats).toEqual(['firearms', 'drone']);
    expect(rows[2]?.[1]).toMatchObject({ risk: 6, band: 'medium', threats: ['arson'] });
    const counted = rows.flat().reduce((sum, c) => sum + c.threats.length, 0);
    expect(counted).toBe(4);
  });

  it('bands the empty cells too', () => {
    expect(rows[4]?.[0]).toEqual({ likelihood: 1, impact: 1, risk: 1, band: 'low', threats: [] });
    expect(rows[0]?.[2]).toMatchObject({ risk: 15, band: 'high', threats: [] });
  });
});
