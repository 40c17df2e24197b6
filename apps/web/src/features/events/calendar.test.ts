import type { CalendarEvent } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { mergeCalendars } from './calendar.ts';

const entry = (id: string, name: string, startsAt: string): CalendarEvent => ({
  id,
  name,
  kind: 'carnival',
  orgId: 'o',
  orgName: 'Ville de Nice',
  country: 'FR',
  siteName: 'Place Masséna',
  at: null,
  startsAt,
  endsAt: startsAt,
});

describe('the network calendar', () => {
  it('lists each event once, soonest first, then by name', () => {
    const carnival = entry('1', 'Carnaval de Nice', '2027-02-13T14:00:00Z');
    const ardentes = entry('2', 'Les Ardentes', '2027-07-08T12:00:00Z');
    const fireworks = entry('3', '14 juillet', '2027-07-08T12:00:00Z');
    expect(
      mergeCalendars([
        [ardentes, carnival],
        [carnival, fireworks],
      ]).map((e) => e.name),
    ).toEqual(['Carnaval de Nice', '14 juillet', 'Les Ardentes']);
    expect(mergeCalendars([])).toEqual([]);
  });
});
