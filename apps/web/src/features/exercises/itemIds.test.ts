import { PlanItemId } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { nextItemId } from './itemIds.ts';

describe('nextItemId', () => {
  it('numbers new items after those taken, skipping any id already used', () => {
    expect(nextItemId('o', [])).toBe('o1');
    expect(nextItemId('o', ['o1', 'o2'])).toBe('o3');
    expect(nextItemId('o', ['o3', 'o1'])).toBe('o4');
    expect(nextItemId('c', ['security', 'c2'])).toBe('c3');
  });

  it('makes ids the contract accepts', () => {
    expect(PlanItemId.safeParse(nextItemId('obj-', ['x'])).success).toBe(true);
  });
});
