import { describe, expect, it } from 'vitest';
import { visibleLabels, type LabelBox } from './labelPlacement.ts';

const box = (id: string, x: number, y: number, priority: number): LabelBox => ({
  id,
  x,
  y,
  width: 60,
  height: 12,
  priority,
});

describe('visibleLabels', () => {
  it('keeps the label of higher priority where two overlap', () => {
    expect(visibleLabels([box('assoc', 10, 4, 2), box('lead', 0, 0, 0)])).toEqual(new Set(['lead']));
  });

  it('keeps labels that are apart', () => {
    expect(visibleLabels([box('a', 0, 0, 1), box('b', 0, 40, 1), box('c', 100, 0, 1)])).toEqual(
      new Set(['a', 'b', 'c']),
    );
  });

  it('is stable for equal priorities and honours the gap', () => {
    expect(visibleLabels([box('b', 61, 0, 1), box('a', 0, 0, 1)], 2)).toEqual(new Set(['a']));
    expect(visibleLabels([box('b', 61, 0, 1), box('a', 0, 0, 1)], 0)).toEqual(new Set(['a', 'b']));
  });
});
