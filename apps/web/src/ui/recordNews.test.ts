import { describe, expect, it } from 'vitest';
import { isNewer, recordNews } from './recordNews.ts';

describe('recordNews', () => {
  it('reads the change, the revision and the time of a message', () => {
    expect(
      recordNews({ change: 'updated', fields: ['content'], revision: 4, at: '2026-03-10T09:00:00.000Z' }),
    ).toEqual({
      change: 'updated',
      revision: 4,
      at: '2026-03-10T09:00:00.000Z',
    });
  });

  it('ignores what is not news of a change, and values of the wrong type', () => {
    expect(recordNews(null)).toBeNull();
    expect(recordNews('updated')).toBeNull();
    expect(recordNews({ fields: [] })).toBeNull();
    expect(recordNews({ change: 'updated', revision: '4', at: 'yesterday' })).toEqual({
      change: 'updated',
      revision: null,
      at: null,
    });
    expect(recordNews({ change: 'updated', revision: Number.NaN })?.revision).toBeNull();
  });
});

describe('isNewer', () => {
  const mine = { revision: 4, updatedAt: '2026-03-10T09:00:00.000Z' };

  it('compares revisions when the news names one', () => {
    expect(isNewer({ change: 'updated', revision: 5, at: null }, mine)).toBe(true);
    expect(isNewer({ change: 'updated', revision: 4, at: '2030-01-01T00:00:00Z' }, mine)).toBe(false);
  });

  it('else compares the time of the change', () => {
    expect(isNewer({ change: 'updated', revision: null, at: '2026-03-10T09:00:01.000Z' }, mine)).toBe(true);
    expect(isNewer({ change: 'updated', revision: null, at: '2026-03-10T09:00:00.000Z' }, mine)).toBe(false);
    expect(isNewer({ change: 'updated', revision: null, at: null }, mine)).toBe(false);
  });
});
