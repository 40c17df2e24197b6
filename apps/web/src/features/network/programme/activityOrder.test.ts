import { describe, expect, it } from 'vitest';
import { calendarDay, programmeOn } from './activityOrder.ts';

const activity = (
  title: string,
  startsOn: string,
  endsOn: string,
  precision: 'day' | 'month' | 'year' = 'day',
) => ({
  title,
  startsOn,
  endsOn,
  precision,
});

describe('programmeOn', () => {
  const kickOff = activity('Kick-off', '2023-11-14', '2023-11-14');
  const niceAcademy = activity('Nice academy', '2024-05-13', '2024-05-17');
  const madridAcademy = activity('Madrid academy', '2024-11-01', '2024-11-30', 'month');
  const finalEvent = activity('Final event', '2025-01-01', '2025-12-31', 'year');
  const all = [finalEvent, kickOff, madridAcademy, niceAcademy];

  it('puts what is to come soonest first and what is over latest first', () => {
    const { upcoming, past } = programmeOn(all, '2024-06-01');
    expect(upcoming.map((a) => a.title)).toEqual(['Madrid academy', 'Final event']);
    expect(past.map((a) => a.title)).toEqual(['Nice academy', 'Kick-off']);
  });

  it('keeps an activity under way, and one known only by its month, upcoming until its last day is over', () => {
    expect(programmeOn(all, '2024-05-17').upcoming[0]?.title).toBe('Nice academy');
    expect(programmeOn(all, '2024-05-18').upcoming[0]?.title).toBe('Madrid academy');
    expect(programmeOn(all, '2024-11-30').upcoming.map((a) => a.title)).toContain('Madrid academy');
    expect(programmeOn(all, '2024-12-01').past[0]?.title).toBe('Madrid academy');
  });

  it('orders activities starting the same day by their last day, then their title', () => {
    const a = activity('B workshop', '2025-02-10', '2025-02-12');
    const b = activity('A visit', '2025-02-10', '2025-02-12');
    const c = activity('Short', '2025-02-10', '2025-02-10');
    expect(programmeOn([a, b, c], '2025-01-01').upcoming.map((x) => x.title)).toEqual([
      'Short',
      'A visit',
      'B workshop',
    ]);
  });

  it('does not change the list it is given', () => {
    const copy = [...all];
    programmeOn(all, '2024-06-01');
    expect(all).toEqual(copy);
  });
});

describe('calendarDay', () => {
  it('writes the local day with two-digit month and day', () => {
    expect(calendarDay(new Date(2024, 4, 7, 23, 30))).toBe('2024-05-07');
    expect(calendarDay(new Date(2025, 11, 31, 0, 0))).toBe('2025-12-31');
  });
});
