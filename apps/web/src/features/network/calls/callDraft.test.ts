import type { Call } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import {
  callProblems,
  criterionProblems,
  draftOf,
  emptyCriterion,
  isSaveable,
  keyOf,
  saveOf,
  withLabel,
  type CallDraft,
} from './callDraft.ts';
import { deadlineOf } from './deadline.ts';

const NOW = new Date(2025, 0, 10, 9, 0);

const complete = (over: Partial<CallDraft> = {}): CallDraft => ({
  ...draftOf(null),
  title: 'Associated cities 2025',
  criteria: [
    { key: 'mass-events', label: 'Mass events', guidance: 'Which ones, how many people', weight: '3' },
  ],
  deadlineDate: '2025-03-14',
  deadlineTime: '17:00',
  places: '11',
  ...over,
});

const call: Call = {
  id: '0b5f3c1e-0000-4000-8000-000000000001',
  networkSlug: 'pactesur-2',
  networkName: 'PACTESUR 2',
  title: 'Associated cities 2025',
  description: 'Cities that host mass events in public spaces.',
  criteria: [
    { id: 'mass-events', label: 'Mass events', guidance: 'Which ones', weight: 3 },
    { id: 'commitment', label: 'Commitment', guidance: '', weight: 1 },
  ],
  deadline: new Date(2025, 2, 14, 17, 0).toISOString(),
  places: 11,
  joinAs: 'associated',
  published: true,
  stage: 'open',
  decidedAt: null,
  decisionNote: '',
  applicationCount: 0,
  mine: null,
  applications: [],
  canManage: true,
  canReview: true,
  canApply: false,
};

describe('keyOf', () => {
  it('writes a label as a key: lower case, without accents, words joined by "-"', () => {
    expect(keyOf('Expérience des grands événements')).toBe('experience-des-grands-evenements');
    expect(keyOf('  Crowd safety & HVM (2024)  ')).toBe('crowd-safety-hvm-2024');
    expect(keyOf('')).toBe('');
  });

  it('keeps at most 40 characters, never ending on "-"', () => {
    const key = keyOf('Commitment of the mayor and of the local police to the whole programme');
    expect(key.length).toBeLessThanOrEqual(40);
    expect(key).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
  });
});

describe('withLabel', () => {
  it('lets the key follow the label until it is changed by hand', () => {
    const typed = withLabel(withLabel(emptyCriterion(), 'Mass'), 'Mass events');
    expect(typed.key).toBe('mass-events');
    const kept = withLabel({ ...typed, key: 'events' }, 'Mass events hosted');
    expect(kept.key).toBe('events');
  });
});

describe('a call through its draft', () => {
  it('comes back as it was saved, the deadline at the same instant', () => {
    const draft = draftOf(call);
    expect([draft.deadlineDate, draft.deadlineTime]).toEqual(['2025-03-14', '17:00']);
    expect(saveOf(draft)).toEqual({
      title: call.title,
      description: call.description,
      criteria: call.criteria,
      deadline: call.deadline,
      places: 11,
      joinAs: 'associated',
      published: true,
    });
  });

  it('trims what was typed and reads the numbers', () => {
    const save = saveOf(
      complete({
        title: '  Call 2025 ',
        criteria: [{ key: ' mass-events ', label: ' Mass events ', guidance: ' Which ', weight: '4' }],
        places: '3',
      }),
    );
    expect(save).toMatchObject({
      title: 'Call 2025',
      criteria: [{ id: 'mass-events', label: 'Mass events', guidance: 'Which', weight: 4 }],
      places: 3,
      deadline: deadlineOf('2025-03-14', '17:00'),
    });
  });

  it('starts a new call as an unpublished draft with one empty criterion', () => {
    const draft = draftOf(null);
    expect(draft).toMatchObject({ published: false, joinAs: 'associated', deadlineTime: '17:00' });
    expect(draft.criteria).toEqual([emptyCriterion()]);
  });
});

describe('callProblems', () => {
  it('finds nothing wrong with a complete draft', () => {
    expect(callProblems(complete(), NOW)).toEqual([]);
    expect(isSaveable(complete(), NOW)).toBe(true);
  });

  it('asks for a title, a criterion, a real deadline and places from 1 to 100', () => {
    expect(callProblems(complete({ title: ' ', criteria: [], deadlineDate: '', places: '0' }), NOW)).toEqual([
      'title',
      'criteria',
      'deadline',
      'places',
    ]);
    expect(callProblems(complete({ places: '101' }), NOW)).toEqual(['places']);
    expect(callProblems(complete({ places: '2.5' }), NOW)).toEqual(['places']);
    expect(callProblems(complete({ places: '100' }), NOW)).toEqual([]);
  });

  it('refuses a deadline already passed, unless it is the one the call keeps', () => {
    const past = complete({ deadlineDate: '2025-01-09' });
    expect(callProblems(past, NOW)).toEqual(['deadlinePast']);
    expect(callProblems(past, NOW, deadlineOf('2025-01-09', '17:00'))).toEqual([]);
  });
});

describe('criterionProblems', () => {
  it('asks each row for a key of the allowed letters, once, a label and a weight from 1 to 5', () => {
    const draft = complete({
      criteria: [
        { key: 'mass-events', label: 'Mass events', guidance: '', weight: '1' },
        { key: 'Mass events', label: 'Other', guidance: '', weight: '5' },
        { key: 'mass-events', label: ' ', guidance: '', weight: '6' },
        { key: '-lead', label: 'Lead', guidance: '', weight: '0' },
      ],
    });
    expect(criterionProblems(draft)).toEqual([
      [],
      ['key'],
      ['duplicate', 'label', 'weight'],
      ['key', 'weight'],
    ]);
    expect(isSaveable(draft, NOW)).toBe(false);
  });
});
