import { describe, expect, it } from 'vitest';
import { capInstant, dateProblem } from './dates.ts';

describe('CAP date-times', () => {
  it('read the instant with its offset', () => {
    expect(capInstant('2003-04-02T14:39:01-05:00')).toBe(Date.UTC(2003, 3, 2, 19, 39, 1));
    expect(capInstant('2003-04-02T14:39:01+05:30')).toBe(Date.UTC(2003, 3, 2, 9, 9, 1));
    expect(capInstant('2013-01-05T09:01:16-00:00')).toBe(Date.UTC(2013, 0, 5, 9, 1, 16));
    expect(capInstant('2024-02-29T00:00:00+00:00')).toBe(Date.UTC(2024, 1, 29));
  });

  it.each([
    ['2003-04-02T19:39:01Z', /ends in Z/],
    ['2003-04-02T19:39:01', /no offset/],
    ['2003-04-02T19:39:01.5-05:00', /fractions of a second/],
    ['2023-02-29T00:00:00+00:00', /does not exist/],
    ['2003-13-02T19:39:01-05:00', /does not exist/],
    ['2003-04-02T24:00:00-05:00', /does not exist/],
    ['2003-04-02T19:39:01-15:00', /does not exist/],
    ['2003-04-02 19:39:01-05:00', /not of the form/],
    ['', /is empty/],
    ['1e309', /not of the form/],
  ])('refuse %j', (text, why) => {
    expect(capInstant(text)).toBeNull();
    expect(dateProblem(text)).toMatch(why);
  });
});
