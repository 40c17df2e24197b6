import { describe, expect, it } from 'vitest';
import { deadlineLabel, deadlineOf, deadlineParts, timeLeft, timeLeftWords } from './deadline.ts';

/** A moment of the reader's own time zone. */
const local = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(y, m - 1, d, h, min, s);

describe('timeLeft', () => {
  it('counts calendar days in the reader’s time zone, however late in the day it is', () => {
    const friday = local(2025, 3, 14, 17).toISOString();
    expect(timeLeft(friday, local(2025, 3, 12, 0, 5))).toEqual({ value: 2, unit: 'day' });
    expect(timeLeft(friday, local(2025, 3, 12, 23, 50))).toEqual({ value: 2, unit: 'day' });
    expect(timeLeft(friday, local(2025, 3, 1, 9))).toEqual({ value: 13, unit: 'day' });
  });

  it('says hours within the last day and minutes within the last hour', () => {
    const friday = local(2025, 3, 14, 17).toISOString();
    expect(timeLeft(friday, local(2025, 3, 13, 22))).toEqual({ value: 19, unit: 'hour' });
    expect(timeLeft(friday, local(2025, 3, 14, 16, 10))).toEqual({ value: 50, unit: 'minute' });
    expect(timeLeft(friday, local(2025, 3, 14, 16, 59, 30))).toEqual({ value: 1, unit: 'minute' });
  });

  it('is nothing once the deadline has passed, or for a deadline that is not a date', () => {
    const friday = local(2025, 3, 14, 17).toISOString();
    expect(timeLeft(friday, local(2025, 3, 14, 17))).toBeNull();
    expect(timeLeft(friday, local(2025, 3, 20))).toBeNull();
    expect(timeLeft('not a date', local(2025, 3, 20))).toBeNull();
  });
});

describe('timeLeftWords', () => {
  it('says what is left in the reader’s language', () => {
    expect(timeLeftWords({ value: 3, unit: 'day' }, 'en')).toBe('in 3 days');
    expect(timeLeftWords({ value: 1, unit: 'day' }, 'en')).toBe('in 1 day');
    expect(timeLeftWords({ value: 3, unit: 'day' }, 'fr')).toBe('dans 3 jours');
    expect(timeLeftWords({ value: 5, unit: 'hour' }, 'it')).toBe('tra 5 ore');
    expect(timeLeftWords({ value: 20, unit: 'minute' }, 'es')).toBe('dentro de 20 minutos');
  });
});

describe('deadlineLabel', () => {
  it('writes the day, the time and the time zone of the reader', () => {
    const label = deadlineLabel('2025-03-14T16:00:00Z', 'en-GB', 'Europe/Paris');
    expect(label).toMatch(/Friday,? 14 March 2025/);
    expect(label).toMatch(/17:00/);
    expect(label).toMatch(/CET|GMT\+1/);
    expect(deadlineLabel('2025-03-14T16:00:00Z', 'fr', 'Europe/Lisbon')).toMatch(
      /vendredi 14 mars 2025.*16:00/,
    );
  });
});

describe('deadlineOf and deadlineParts', () => {
  it('read a date and time typed in the reader’s time zone, and give them back', () => {
    const iso = deadlineOf('2025-03-14', '17:30');
    expect(iso).toBe(local(2025, 3, 14, 17, 30).toISOString());
    expect(deadlineParts(iso ?? '')).toEqual({ date: '2025-03-14', time: '17:30' });
    expect(deadlineParts(local(2024, 12, 31, 23, 59).toISOString())).toEqual({
      date: '2024-12-31',
      time: '23:59',
    });
  });

  it('refuses what is not a real date or time', () => {
    expect(deadlineOf('', '17:00')).toBeNull();
    expect(deadlineOf('2025-02-30', '17:00')).toBeNull();
    expect(deadlineOf('2025-03-14', '25:00')).toBeNull();
    expect(deadlineOf('2025-03-14', '')).toBeNull();
    expect(deadlineOf('14/03/2025', '17:00')).toBeNull();
  });
});
