import { describe, expect, it } from 'vitest';
import { activityDateLabel, isTentative } from './activityDates.ts';

describe('activityDateLabel', () => {
  it('shows a single day as that day, in the reader language', () => {
    const day = { startsOn: '2023-11-14', endsOn: '2023-11-14', precision: 'day' } as const;
    expect(activityDateLabel(day, 'fr')).toBe('14 nov. 2023');
    expect(activityDateLabel(day, 'en')).toBe('Nov 14, 2023');
  });

  it('shows several days as one range', () => {
    const label = activityDateLabel({ startsOn: '2024-05-13', endsOn: '2024-05-17', precision: 'day' }, 'fr');
    expect(label).toMatch(/^13\s*–\s*17 mai 2024$/);
  });

  it('shows a month to be confirmed as the month and year, not days', () => {
    const month = { startsOn: '2024-11-01', endsOn: '2024-11-30', precision: 'month' } as const;
    expect(activityDateLabel(month, 'fr')).toBe('novembre 2024');
    expect(activityDateLabel(month, 'es')).toMatch(/^noviembre (de )?2024$/);
    expect(activityDateLabel(month, 'it')).toBe('novembre 2024');
    expect(activityDateLabel(month, 'en')).toBe('November 2024');
  });

  it('shows a span of months as a range of months', () => {
    const label = activityDateLabel(
      { startsOn: '2025-05-01', endsOn: '2025-06-30', precision: 'month' },
      'en',
    );
    expect(label).toMatch(/May\s*–\s*June 2025/);
    expect(label).not.toMatch(/\b1\b|30/);
  });

  it('shows a year to be confirmed as the year alone, and a span of years as a range', () => {
    expect(activityDateLabel({ startsOn: '2025-01-01', endsOn: '2025-12-31', precision: 'year' }, 'it')).toBe(
      '2025',
    );
    expect(
      activityDateLabel({ startsOn: '2024-01-01', endsOn: '2025-12-31', precision: 'year' }, 'en'),
    ).toMatch(/^2024\s*–\s*2025$/);
  });

  it('keeps the calendar day whatever the time zone', () => {
    expect(activityDateLabel({ startsOn: '2024-01-01', endsOn: '2024-01-01', precision: 'day' }, 'en')).toBe(
      'Jan 1, 2024',
    );
  });
});

describe('isTentative', () => {
  it('is true only when the days are not known', () => {
    expect(isTentative({ startsOn: '2024-11-01', endsOn: '2024-11-30', precision: 'month' })).toBe(true);
    expect(isTentative({ startsOn: '2025-01-01', endsOn: '2025-12-31', precision: 'year' })).toBe(true);
    expect(isTentative({ startsOn: '2024-11-14', endsOn: '2024-11-14', precision: 'day' })).toBe(false);
  });
});
