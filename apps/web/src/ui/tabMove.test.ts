import { describe, expect, it } from 'vitest';
import { tabMove } from './tabMove.ts';

describe('tabMove', () => {
  it('moves along the tabs with the arrow keys, wrapping round at the ends', () => {
    expect(tabMove('ArrowRight', 0, 3)).toBe(1);
    expect(tabMove('ArrowRight', 2, 3)).toBe(0);
    expect(tabMove('ArrowLeft', 0, 3)).toBe(2);
    expect(tabMove('ArrowLeft', 2, 3)).toBe(1);
  });

  it('goes to the first and last tab with Home and End, and ignores other keys', () => {
    expect(tabMove('Home', 2, 3)).toBe(0);
    expect(tabMove('End', 0, 3)).toBe(2);
    expect(tabMove('Enter', 1, 3)).toBeNull();
  });
});
