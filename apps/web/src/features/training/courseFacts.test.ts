import { describe, expect, it } from 'vitest';
import {
  courseDays,
  enrolmentStanding,
  hoursText,
  percent,
  placesLeft,
  placesMessage,
  sessionWhen,
} from './courseFacts.ts';
import { course } from './test-support/course.ts';

/** A text with the narrow and thin spaces `Intl` writes as plain spaces. */
const plain = (text: string): string => text.replace(/\s/g, ' ');

describe('the places of a course', () => {
  it('counts those left, never below none', () => {
    expect(placesLeft(course({ places: 24, taken: 5 }))).toBe(19);
    expect(placesLeft(course({ places: 10, taken: 12 }))).toBe(0);
  });

  it('says closed before full, full before open', () => {
    expect(enrolmentStanding(course({ places: 2, taken: 1 }))).toBe('open');
    expect(enrolmentStanding(course({ places: 2, taken: 2 }))).toBe('full');
    expect(enrolmentStanding(course({ places: 2, taken: 2, enrolmentOpen: false }))).toBe('closed');
    expect(enrolmentStanding(course({ places: 2, taken: 0, enrolmentOpen: false }))).toBe('closed');
  });

  it('words the places by where enrolment stands', () => {
    expect(placesMessage(course({ places: 24, taken: 5 }))).toEqual({
      key: 'course.placesLeft',
      left: 19,
      taken: 5,
      places: 24,
    });
    expect(placesMessage(course({ places: 5, taken: 5 })).key).toBe('course.placesFull');
    expect(placesMessage(course({ places: 24, taken: 5, enrolmentOpen: false })).key).toBe(
      'course.placesTaken',
    );
  });
});

describe('dates and numbers of a course in the reader’s language', () => {
  it('gives its days as one day or a range, in the reader’s time zone', () => {
    const days = (from: string, to: string, locale: string, zone: string) =>
      plain(courseDays(from, to, locale, zone));
    expect(days('2027-03-03T08:00:00Z', '2027-03-04T11:30:00Z', 'en-GB', 'Europe/Paris')).toBe(
      '3 – 4 Mar 2027',
    );
    expect(days('2027-03-03T08:00:00Z', '2027-03-03T11:30:00Z', 'en-GB', 'Europe/Paris')).toBe('3 Mar 2027');
    expect(days('2027-02-28T08:00:00Z', '2027-03-02T11:30:00Z', 'fr', 'Europe/Paris')).toBe(
      '28 févr. – 2 mars 2027',
    );
    // Late on 3 March in New York is already 4 March in Paris.
    expect(days('2027-03-04T02:00:00Z', '2027-03-04T03:00:00Z', 'en-GB', 'America/New_York')).toBe(
      '3 Mar 2027',
    );
  });

  it('gives a session’s day and hours', () => {
    expect(plain(sessionWhen('2027-03-03T08:00:00Z', '2027-03-03T11:30:00Z', 'en-GB', 'Europe/Paris'))).toBe(
      'Wed, 3 Mar 2027, 09:00–12:30',
    );
  });

  it('writes shares and hours as the language does', () => {
    expect(percent(2 / 3, 'en')).toBe('67%');
    expect(plain(percent(1, 'fr'))).toBe('100 %');
    expect([hoursText(6.5, 'en'), hoursText(6.5, 'it'), hoursText(12, 'fr')]).toEqual(['6.5', '6,5', '12']);
  });
});
