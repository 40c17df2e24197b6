// The news of an assessment's live channel as the page reads it (`recordNews`, then `isNewer`): whatever a
// message holds, news or null, never an exception, within bounded time and memory.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzz, hostileJson, jsonBytes, mutatedJson } from '../../../../fuzz/harness.mjs';
import { isNewer, recordNews } from './recordNews.ts';

/** Messages as the server sends them on `record:assessment:<id>`. */
const SEEDS: readonly unknown[] = [
  { change: 'updated', fields: ['content', 'step'], revision: 7, at: '2026-03-10T09:00:00.000Z' },
  { change: 'updated', fields: ['comments'] },
  { change: 'deleted' },
];

const mine = { revision: 5, updatedAt: '2026-03-10T08:00:00.000Z' };

function check(payload: unknown): void {
  const news = recordNews(payload);
  if (news === null) return;
  expect(typeof news.change).toBe('string');
  expect(news.revision === null || Number.isFinite(news.revision)).toBe(true);
  expect(news.at === null || !Number.isNaN(Date.parse(news.at))).toBe(true);
  expect(typeof isNewer(news, mine)).toBe('boolean');
}

describe('recordNews on hostile messages', () => {
  it('reads the seeds', () => {
    expect(SEEDS.map((s) => recordNews(s)?.change)).toEqual(['updated', 'updated', 'deleted']);
    const first = recordNews(SEEDS[0]);
    expect(first && isNewer(first, mine)).toBe(true);
  });

  it('gives news or null, for mutations of real messages', () =>
    fuzz(
      'record-news',
      fc.constantFrom(...SEEDS).chain((s) => mutatedJson(s, { maxRepeat: 3_000 })),
      check,
      {
        runs: 300,
        encode: jsonBytes,
        ext: '.json',
      },
    ));

  it('gives news or null, for arbitrary JSON', () =>
    fuzz('record-news', hostileJson, check, { runs: 300, encode: jsonBytes, ext: '.json' }));
});
