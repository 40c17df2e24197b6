import { ItemId } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { newItemId } from './itemId.ts';

describe('newItemId', () => {
  it('makes ids the contract accepts, different each time', () => {
    const ids = Array.from({ length: 200 }, () => newItemId());
    for (const id of ids) expect(ItemId.safeParse(id).success, id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('maps every byte to a letter or digit', () => {
    expect(newItemId((b) => b.fill(255))).toBe('3'.repeat(16));
    expect(newItemId((b) => b.fill(35))).toBe('z'.repeat(16));
  });
});
