import { describe, expect, it } from 'vitest';
import { isoAfterHours, isoOfLocal, localOfIso, type OffsetOf } from './localTime.ts';

/** Paris: +01:00 in winter, +02:00 from the last Sunday of March (01:00 UTC) to the last of October. */
const paris: OffsetOf = (d) => {
  const t = d.getTime();
  return t >= Date.UTC(2026, 2, 29, 1) && t < Date.UTC(2026, 9, 25, 1) ? 120 : 60;
};

describe('datetime-local fields and ISO times with their offset', () => {
  it('writes a local time with the offset of that very moment', () => {
    expect(isoOfLocal('2026-07-14T22:30', paris)).toBe('2026-07-14T22:30:00+02:00');
    expect(isoOfLocal('2026-01-10T08:05', paris)).toBe('2026-01-10T08:05:00+01:00');
    expect(isoOfLocal('2026-07-14T22:30:15', () => -330)).toBe('2026-07-14T22:30:15-05:30');
    expect(isoOfLocal('2026-07-14T22:30', () => 0)).toBe('2026-07-14T22:30:00+00:00');
  });

  it('refuses what is empty or not a time that exists', () => {
    for (const value of ['', '2026-02-31T10:00', '2026-07-14T25:00', '2026-07-14', 'tomorrow', '0050-01-01T00:00'])
      expect(isoOfLocal(value, paris), value).toBeNull();
  });

  it('shows an ISO time in the local zone, and back again', () => {
    expect(localOfIso('2026-07-14T20:30:00-00:00', paris)).toBe('2026-07-14T22:30');
    expect(localOfIso('2026-07-14T20:30:00.000Z', paris)).toBe('2026-07-14T22:30');
    expect(localOfIso(null, paris)).toBe('');
    expect(localOfIso('not a time', paris)).toBe('');
    const iso = isoOfLocal('2026-12-24T18:00', paris) ?? '';
    expect(localOfIso(iso, paris)).toBe('2026-12-24T18:00');
  });

  it('gives the moment some hours ahead, to the minute, with its offset', () => {
    const now = new Date('2026-03-29T00:30:20Z');
    expect(isoAfterHours(now, 2, paris)).toBe('2026-03-29T04:30:00+02:00');
  });
});
