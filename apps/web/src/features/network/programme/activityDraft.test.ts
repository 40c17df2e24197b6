import type { Activity } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { dayOf, draftOf, draftProblems, saveOf, withPrecision, type ActivityDraft } from './activityDraft.ts';

const draft = (over: Partial<ActivityDraft>): ActivityDraft => ({
  ...draftOf(null),
  title: 'Police academy',
  ...over,
});

const madrid: Activity = {
  id: '0b5f3c1e-0000-4000-8000-000000000001',
  networkSlug: 'pactesur-2',
  kind: 'academy',
  title: 'Police academy, Madrid',
  description: 'Crowd management at mass events.',
  startsOn: '2024-11-01',
  endsOn: '2024-11-30',
  precision: 'month',
  city: 'Madrid',
  country: 'ES',
  location: null,
  massEvent: '',
  public: false,
  places: 30,
  taken: 4,
  mine: null,
  registrations: [],
  canManage: true,
};

describe('dayOf', () => {
  it('gives the first and last day of a month, leap years included', () => {
    expect(dayOf('2024-02', 'month', 'start')).toBe('2024-02-01');
    expect(dayOf('2024-02', 'month', 'end')).toBe('2024-02-29');
    expect(dayOf('2025-02', 'month', 'end')).toBe('2025-02-28');
    expect(dayOf('2024-11', 'month', 'end')).toBe('2024-11-30');
  });

  it('gives the first and last day of a year, and a day as itself', () => {
    expect(dayOf('2025', 'year', 'start')).toBe('2025-01-01');
    expect(dayOf('2025', 'year', 'end')).toBe('2025-12-31');
    expect(dayOf('2023-11-14', 'day', 'end')).toBe('2023-11-14');
  });
});

describe('an activity through its draft', () => {
  it('comes back as it was saved', () => {
    const back = saveOf(draftOf(madrid));
    expect(back).toEqual({
      kind: 'academy',
      title: 'Police academy, Madrid',
      description: 'Crowd management at mass events.',
      startsOn: '2024-11-01',
      endsOn: '2024-11-30',
      precision: 'month',
      city: 'Madrid',
      country: 'ES',
      massEvent: '',
      public: false,
      places: 30,
    });
    expect(draftOf(madrid).start).toBe('2024-11');
    expect(draftOf(madrid).end).toBe('');
  });

  it('ends the day it starts when no end is given, and takes no registration without places', () => {
    const save = saveOf(draft({ start: '2023-11-14', city: ' Paris ', country: 'FR' }));
    expect(save).toMatchObject({ startsOn: '2023-11-14', endsOn: '2023-11-14', city: 'Paris', places: null });
  });

  it('keeps the mass event only for an exchange of officers', () => {
    expect(
      saveOf(draft({ kind: 'exchange', start: '2025-02', precision: 'month', massEvent: 'Carnival of Nice' }))
        .massEvent,
    ).toBe('Carnival of Nice');
    expect(
      saveOf(draft({ kind: 'workshop', start: '2025-02-10', massEvent: 'Carnival of Nice' })).massEvent,
    ).toBe('');
  });
});

describe('withPrecision', () => {
  it('rewrites the dates to the month, then the year, then back to days', () => {
    const days = draft({ start: '2024-11-14', end: '2024-12-02' });
    const months = withPrecision(days, 'month');
    expect([months.start, months.end]).toEqual(['2024-11', '2024-12']);
    const years = withPrecision(months, 'year');
    expect([years.start, years.end]).toEqual(['2024', '2024']);
    const back = withPrecision(years, 'day');
    expect([back.start, back.end]).toEqual(['2024-01-01', '2024-12-31']);
  });

  it('drops dates that were not complete', () => {
    const months = withPrecision(draft({ start: '2024-1', end: '' }), 'month');
    expect([months.start, months.end]).toEqual(['', '']);
  });
});

describe('draftProblems', () => {
  it('finds nothing wrong with a complete draft', () => {
    expect(draftProblems(draft({ start: '2024-05-13', end: '2024-05-17', places: '25' }))).toEqual([]);
  });

  it('asks for a title and a start written as precisely as chosen', () => {
    expect(draftProblems(draft({ title: '  ', start: '2024-05' }))).toEqual(['title', 'start']);
  });

  it('refuses an end before the start, within the same month too', () => {
    expect(draftProblems(draft({ start: '2024-05-13', end: '2024-05-12' }))).toEqual(['end']);
    expect(draftProblems(draft({ precision: 'month', start: '2024-05', end: '2024-05' }))).toEqual([]);
    expect(draftProblems(draft({ precision: 'month', start: '2024-05', end: '2024-04' }))).toEqual(['end']);
  });

  it('takes places as a whole number from 1 to 10,000, or none', () => {
    const ok = { start: '2024-05-13' };
    expect(draftProblems(draft({ ...ok, places: '' }))).toEqual([]);
    expect(draftProblems(draft({ ...ok, places: '0' }))).toEqual(['places']);
    expect(draftProblems(draft({ ...ok, places: '2.5' }))).toEqual(['places']);
    expect(draftProblems(draft({ ...ok, places: '10001' }))).toEqual(['places']);
    expect(draftProblems(draft({ ...ok, places: '10000' }))).toEqual([]);
  });
});
