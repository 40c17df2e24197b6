import { describe, expect, it } from 'vitest';
import { rowLimits, withoutRow, withRow } from './rowList.ts';

describe('a list of rows being edited', () => {
  const rows = ['a', 'b', 'c'] as const;

  it('replaces one row, leaving the list given as it was', () => {
    expect(withRow(rows, 1, 'B')).toEqual(['a', 'B', 'c']);
    expect(rows).toEqual(['a', 'b', 'c']);
  });

  it('removes one row, the others keeping their order', () => {
    expect(withoutRow(rows, 0)).toEqual(['b', 'c']);
    expect(withoutRow(rows, 2)).toEqual(['a', 'b']);
  });

  it('changes nothing for an index outside the list', () => {
    expect(withRow(rows, 5, 'x')).toEqual(['a', 'b', 'c']);
    expect(withoutRow(rows, -1)).toEqual(['a', 'b', 'c']);
  });

  it('adds rows up to the most, removes them down to the fewest', () => {
    expect(rowLimits(0, 0, 3)).toEqual({ add: true, remove: false });
    expect(rowLimits(1, 1, 3)).toEqual({ add: true, remove: false });
    expect(rowLimits(2, 1, 3)).toEqual({ add: true, remove: true });
    expect(rowLimits(3, 0, 3)).toEqual({ add: false, remove: true });
  });
});
