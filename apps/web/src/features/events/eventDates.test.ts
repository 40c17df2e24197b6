import { describe, expect, it } from 'vitest';
import { deadlineState, isoOfLocalInput, localInputOf, nextYear } from './eventDates.ts';

describe('the dates of an event', () => {
  it('shows a timestamp in a datetime-local field and reads it back to the same moment', () => {
    const iso = '2027-02-09T09:00:00.000Z';
    const local = localInputOf(iso);
    expect(local).toMatch(/^2027-02-09T\d\d:00$/);
    expect(isoOfLocalInput(local)).toBe(iso);
    expect(localInputOf(null)).toBe('');
    expect(localInputOf('not a date')).toBe('');
  });

  it('reads nothing from an empty or half-typed field', () => {
    expect(isoOfLocalInput('')).toBeNull();
    expect(isoOfLocalInput('2027-02-09')).toBeNull();
    expect(isoOfLocalInput('2027-13-45T99:99')).toBeNull();
  });

  it('says where a draft stands against its deadline, and that a submitted plan met it', () => {
    const now = new Date('2027-01-10T00:00:00Z');
    expect(deadlineState(null, 'draft', now)).toBe('none');
    expect(deadlineState('2027-02-01T00:00:00Z', 'draft', now)).toBe('open');
    expect(deadlineState('2027-01-17T00:00:00Z', 'draft', now)).toBe('soon');
    expect(deadlineState('2027-01-09T23:59:00Z', 'draft', now)).toBe('overdue');
    expect(deadlineState('2027-01-09T23:59:00Z', 'submitted', now)).toBe('met');
  });

  it('moves a date to next year', () => {
    expect(nextYear('2027-02-09T09:00:00.000Z')).toBe('2028-02-09T09:00:00.000Z');
  });
});
