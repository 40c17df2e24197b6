import { SaveCourse } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { draftOf, emptySession, saveOf, type CourseDraft } from './courseDraft.ts';
import {
  courseProblems,
  curriculumProblems,
  isSaveable,
  sessionProblems,
  trainerProblems,
} from './courseProblems.ts';

const session = { ...emptySession(), key: 'day-1', title: 'Day 1', date: '2027-05-10' };

const complete = (over: Partial<CourseDraft> = {}): CourseDraft => ({
  ...draftOf(null, 'en'),
  title: 'Crowd management',
  theme: 'crowd-management',
  sessions: [session],
  ...over,
});

describe('the problems of a course draft', () => {
  it('finds none in a complete draft, which the API accepts', () => {
    const draft = complete({ curriculum: [{ title: 'Densities', hours: '2,5', objectives: '' }] });
    expect(isSaveable(draft)).toBe(true);
    expect(SaveCourse.safeParse(saveOf(draft)).success).toBe(true);
  });

  it('asks for a title, one to six languages, at least one session, places and a share of attendance', () => {
    const draft = complete({
      title: ' ',
      languages: [],
      sessions: [],
      places: '0',
      attendanceRequired: '120',
    });
    expect(courseProblems(draft)).toEqual(['title', 'languages', 'sessions', 'places', 'attendanceRequired']);
    expect(courseProblems(complete({ languages: ['en', 'fr', 'es', 'it', 'de', 'nl', 'pt'] }))).toEqual([
      'languages',
    ]);
    expect(courseProblems(complete({ places: '12.5' }))).toEqual(['places']);
    expect(isSaveable(draft)).toBe(false);
  });

  it('asks the share to attend only of a course that gives certificates', () => {
    expect(courseProblems(complete({ certificate: false, attendanceRequired: '' }))).toEqual([]);
    expect(courseProblems(complete({ certificate: true, attendanceRequired: '' }))).toEqual([
      'attendanceRequired',
    ]);
    expect(saveOf(complete({ certificate: false, attendanceRequired: '' })).attendanceRequired).toBe(80);
  });

  it('refuses a closing date that is not a real date and time', () => {
    expect(courseProblems(complete({ closesDate: '2027-13-01', closesTime: '17:00' }))).toEqual(['closes']);
    expect(courseProblems(complete({ closesDate: '2027-04-30', closesTime: '17:00' }))).toEqual([]);
  });

  it('checks each session: its key, unique, its title, its day and a time of end after its start', () => {
    const draft = complete({
      sessions: [
        session,
        { ...session, title: '' },
        { ...session, key: 'Day 3' },
        { ...session, key: 'day-4', date: '' },
        { ...session, key: 'day-5', starts: '14:00', ends: '09:00' },
        { ...session, key: 'day-6', ends: '25:00' },
      ],
    });
    expect(sessionProblems(draft)).toEqual([
      [],
      ['duplicate', 'title'],
      ['key'],
      ['date'],
      ['times'],
      ['times'],
    ]);
  });

  it('checks each topic’s hours: half hours from ½ to 200', () => {
    const draft = complete({
      curriculum: [
        { title: 'A', hours: '0,5', objectives: '' },
        { title: 'B', hours: '0.25', objectives: '' },
        { title: 'C', hours: '201', objectives: '' },
        { title: '', hours: '', objectives: '' },
      ],
    });
    expect(curriculumProblems(draft)).toEqual([[], ['hours'], ['hours'], ['title', 'hours']]);
  });

  it('asks each trainer’s name', () => {
    const draft = complete({
      trainers: [
        { name: 'Sophie Moreau', organisation: '', expertise: '' },
        { name: ' ', organisation: 'Efus', expertise: '' },
      ],
    });
    expect(trainerProblems(draft)).toEqual([[], ['name']]);
    expect(isSaveable(draft)).toBe(false);
  });
});
