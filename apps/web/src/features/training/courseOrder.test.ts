import { CourseTheme } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { coursesShown, networksOf, themesOf } from './courseOrder.ts';
import { course } from './test-support/course.ts';

const later = course({ id: 'later', title: 'Later', startsAt: '2027-06-01T08:00:00Z' });
const sooner = course({
  id: 'sooner',
  title: 'Sooner',
  startsAt: '2027-04-01T08:00:00Z',
  theme: 'crisis-communication',
});
const running = course({
  id: 'running',
  title: 'Running',
  stage: 'running',
  startsAt: '2026-12-01T08:00:00Z',
});
const ended = course({ id: 'ended', title: 'Ended', stage: 'ended', startsAt: '2026-05-01T08:00:00Z' });
const endedLast = course({
  id: 'ended-last',
  title: 'Ended last',
  stage: 'ended',
  startsAt: '2026-10-01T08:00:00Z',
  networkSlug: 'pactesur-2',
  networkName: 'PACTESUR 2',
});
const all = [ended, later, endedLast, sooner, running];
const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

describe('coursesShown', () => {
  it('lists those under way or to come first, soonest first, then those over, latest first', () => {
    expect(ids(coursesShown(all, { network: '', theme: '' }))).toEqual([
      'running',
      'sooner',
      'later',
      'ended-last',
      'ended',
    ]);
  });

  it('keeps the courses of the network and the theme chosen', () => {
    expect(ids(coursesShown(all, { network: 'pactesur-2', theme: '' }))).toEqual(['ended-last']);
    expect(ids(coursesShown(all, { network: 'pactesur', theme: 'crisis-communication' }))).toEqual([
      'sooner',
    ]);
    expect(coursesShown(all, { network: 'pactesur-2', theme: 'crisis-communication' })).toEqual([]);
  });
});

describe('the choices of the filter', () => {
  it('offers each network once, by name', () => {
    expect(networksOf(all)).toEqual([
      { slug: 'pactesur', name: 'PACTESUR' },
      { slug: 'pactesur-2', name: 'PACTESUR 2' },
    ]);
  });

  it('offers the themes the courses have, in the contract’s order', () => {
    expect(themesOf(all, CourseTheme.options)).toEqual(['vulnerability-assessment', 'crisis-communication']);
  });
});
