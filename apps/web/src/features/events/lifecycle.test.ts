import { describe, expect, it } from 'vitest';
import { filterEvents, lifecycle } from './lifecycle.ts';

describe('the life of a plan', () => {
  it('marks the steps before the status passed, the status current, the rest to come', () => {
    expect(lifecycle('draft').map((s) => s.state)).toEqual([
      'current',
      'todo',
      'todo',
      'todo',
      'todo',
      'todo',
    ]);
    expect(lifecycle('approved').map((s) => `${s.status}:${s.state}`)).toEqual([
      'draft:done',
      'submitted:done',
      'under-review:done',
      'approved:current',
      'live:todo',
      'debriefed:todo',
    ]);
    expect(lifecycle('debriefed').at(-1)?.state).toBe('current');
  });

  it('filters plans by status, soonest first then by name', () => {
    const events = [
      { name: 'B', status: 'draft', startsAt: '2027-07-01T10:00:00Z' },
      { name: 'A', status: 'approved', startsAt: '2027-02-09T10:00:00Z' },
      { name: 'C', status: 'draft', startsAt: '2027-02-09T10:00:00Z' },
      { name: 'A2', status: 'draft', startsAt: '2027-02-09T10:00:00Z' },
    ] as const;
    expect(filterEvents(events, 'all').map((e) => e.name)).toEqual(['A', 'A2', 'C', 'B']);
    expect(filterEvents(events, 'draft').map((e) => e.name)).toEqual(['A2', 'C', 'B']);
    expect(filterEvents(events, 'live')).toEqual([]);
  });
});
