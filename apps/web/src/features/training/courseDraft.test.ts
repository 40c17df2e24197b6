import { SaveCourse } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { deadlineOf } from '../network/calls/deadline.ts';
import {
  closesOf,
  draftOf,
  emptySession,
  hoursOf,
  saveOf,
  withSessionKey,
  withSessionTitle,
  type CourseDraft,
} from './courseDraft.ts';
import { course } from './test-support/course.ts';

const complete = (over: Partial<CourseDraft> = {}): CourseDraft => ({
  ...draftOf(null, 'fr'),
  title: 'Communication de crise',
  sessions: [
    { ...emptySession(), key: 'jour-1', title: 'Jour 1', date: '2027-05-10', starts: '09:00', ends: '12:30' },
  ],
  ...over,
});

describe('draftOf', () => {
  it('starts a new course taught in the reader’s language, with one session to date and a certificate at 80 %', () => {
    const draft = draftOf(null, 'it');
    expect(draft.languages).toEqual(['it']);
    expect(draft.sessions).toHaveLength(1);
    expect(draft.sessions[0]?.keyEdited).toBe(false);
    expect([draft.certificate, draft.attendanceRequired, draft.public]).toEqual([true, '80', true]);
    expect(closesOf(draft)).toBeNull();
  });

  it('gives back every field of a saved course, which saves as it was', () => {
    const saved = course({
      enrolmentCloses: '2027-02-20T16:00:00.000Z',
      activityId: '7d2a4c1e-0000-4000-8000-0000000000c1',
    });
    const draft = draftOf(saved, 'en');
    // Saved sessions keep their keys: attendance is filed under them.
    expect(draft.sessions.map((s) => [s.key, s.keyEdited])).toEqual([
      ['the-method', true],
      ['site-visit', true],
    ]);
    expect(draft.curriculum.map((c) => c.hours)).toEqual(['3', '3.5']);
    const body = SaveCourse.parse(saveOf(draft));
    expect(body).toEqual({
      title: saved.title,
      theme: saved.theme,
      description: saved.description,
      languages: saved.languages,
      curriculum: saved.curriculum,
      trainers: saved.trainers,
      sessions: saved.sessions,
      places: saved.places,
      enrolmentCloses: saved.enrolmentCloses,
      public: saved.public,
      certificate: saved.certificate,
      attendanceRequired: saved.attendanceRequired,
      activityId: saved.activityId,
    });
  });

  it('writes hours with the reader’s decimal comma', () => {
    expect(draftOf(course(), 'fr').curriculum.map((c) => c.hours)).toEqual(['3', '3,5']);
  });
});

describe('session keys in the editor', () => {
  it('follow the title of a new session, unique in the course', () => {
    let sessions = withSessionTitle([emptySession(), emptySession()], 0, 'Visite de site');
    sessions = withSessionTitle(sessions, 1, 'Visite de site');
    expect(sessions.map((s) => s.key)).toEqual(['visite-de-site', 'visite-de-site-2']);
    sessions = withSessionTitle(sessions, 1, 'Exercice sur table');
    expect(sessions[1]?.key).toBe('exercice-sur-table');
  });

  it('stay as written once changed by hand, and on saved sessions', () => {
    let sessions = withSessionKey([emptySession()], 0, 'jour-1');
    sessions = withSessionTitle(sessions, 0, 'Premier jour');
    expect(sessions[0]).toMatchObject({ key: 'jour-1', title: 'Premier jour', keyEdited: true });
    const saved = withSessionTitle(draftOf(course(), 'en').sessions, 0, 'Method and scoring');
    expect(saved[0]?.key).toBe('the-method');
  });
});

describe('saveOf', () => {
  it('sends the session’s day and times as instants of the reader’s time zone', () => {
    const body = saveOf(complete());
    expect(body.sessions[0]).toEqual({
      id: 'jour-1',
      title: 'Jour 1',
      startsAt: deadlineOf('2027-05-10', '09:00'),
      endsAt: deadlineOf('2027-05-10', '12:30'),
      place: '',
    });
    expect(SaveCourse.safeParse(body).success).toBe(true);
  });

  it('sends hours typed with a comma, trimmed texts, no activity as null, and the closing instant', () => {
    const body = saveOf(
      complete({
        title: '  Communication de crise ',
        curriculum: [{ title: ' Porte-parole ', hours: '1,5', objectives: '' }],
        closesDate: '2027-05-01',
        closesTime: '18:00',
      }),
    );
    expect(body.title).toBe('Communication de crise');
    expect(body.curriculum).toEqual([{ title: 'Porte-parole', hours: 1.5, objectives: '' }]);
    expect(body.activityId).toBeNull();
    expect(body.enrolmentCloses).toBe(deadlineOf('2027-05-01', '18:00'));
  });
});

describe('hoursOf and closesOf', () => {
  it('read hours with a point or a comma, and nothing else', () => {
    expect([hoursOf('2'), hoursOf('2.5'), hoursOf(' 0,5 ')]).toEqual([2, 2.5, 0.5]);
    expect([hoursOf(''), hoursOf('two'), hoursOf('1.5h'), hoursOf('-1')]).toEqual([null, null, null, null]);
  });

  it('tell no closing date (null) from an impossible one (undefined)', () => {
    expect(closesOf({ closesDate: '', closesTime: '' })).toBeNull();
    expect(closesOf({ closesDate: '2027-02-30', closesTime: '12:00' })).toBeUndefined();
    expect(closesOf({ closesDate: '2027-02-20', closesTime: '' })).toBeUndefined();
  });
});
