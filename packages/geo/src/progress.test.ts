import { describe, expect, it } from 'vitest';
import { progressPart } from './progress.ts';

describe('progressPart', () => {
  it('maps the fractions of a part into its range of the whole, never going back', () => {
    const seen: number[] = [];
    const part = progressPart((f) => seen.push(f), 0.2, 0.6);
    part?.(0.5, 'a');
    part?.(0.25, 'b');
    part?.(2, 'c');
    expect(seen).toEqual([0.4, 0.4, 0.6]);
    expect(progressPart(undefined, 0, 1)).toBeUndefined();
  });
});
