import { describe, expect, it } from 'vitest';
import { numberOfText } from './numberText.ts';

describe('a number typed in an editor', () => {
  it('is taken with a point or a comma, within its limits', () => {
    expect(numberOfText('12.5', 0, 100, false)).toBe(12.5);
    expect(numberOfText(' 12,5 ', 0, 100, false)).toBe(12.5);
    expect(numberOfText('0', 0, 100, true)).toBe(0);
    expect(numberOfText('100', 0, 100, true)).toBe(100);
  });

  it('is not taken while it is empty, out of range, not whole when it must be, or not a number', () => {
    expect(numberOfText('', 0, 100, false)).toBeNull();
    expect(numberOfText('101', 0, 100, false)).toBeNull();
    expect(numberOfText('-1', 0, 100, false)).toBeNull();
    expect(numberOfText('3.5', 0, 100, true)).toBeNull();
    expect(numberOfText('12abc', 0, 100, false)).toBeNull();
    expect(numberOfText('0x10', 0, 100, false)).toBeNull();
    expect(numberOfText('Infinity', 0, 1e9, false)).toBeNull();
  });
});
